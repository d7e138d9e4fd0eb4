import { Check, Column, Entity } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { NetworkKind } from "@clea/schema";
import { BaseRow } from "../../core/db/columns.js";
import { Scoped } from "../../core/scope.js";
import { networkScope } from "./network.scope.js";

registerEnumType(NetworkKind, { name: "NetworkKind", description: "Famille du réseau de centres" });

@ObjectType({ description: "Un réseau de centres (APP, GRETA, AFPA, privé…)" })
@Scoped(networkScope)
@Entity("network")
@Check("CHK_network_kind", `"kind" IN ('APP','GRETA','AFPA','PRIVATE','OTHER')`)
export class Network extends BaseRow {
  @Field()
  @Column({ type: "varchar", length: 200, unique: true })
  name: string;

  @Field(() => NetworkKind)
  @Column({ type: "varchar", length: 20 })
  kind: NetworkKind;
}
