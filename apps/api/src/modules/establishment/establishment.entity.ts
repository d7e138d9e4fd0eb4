import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { EstablishmentStatus } from "@clea/schema";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { LocalDate } from "../../core/scalars.js";
import { Network } from "../network/index.js";
import { Organisation } from "../organisation/index.js";
import { Scoped } from "../../core/scope.js";
import { establishmentScope } from "./establishment.scope.js";

registerEnumType(EstablishmentStatus, { name: "EstablishmentStatus" });

/**
 * An establishment (SIRET) of an organisation. `networkId` repeats the organisation's network so
 * that every large table is reachable by network (scoping, and a later distribution by network).
 */
@ObjectType({ description: "Un établissement (SIRET) d'un organisme" })
@Scoped(establishmentScope)
@Entity("establishment")
@Check("CHK_establishment_status", `"status" IN ('OPEN','CLOSED')`)
export class Establishment extends BaseRow {
  @Field(() => ID)
  @Index("IDX_establishment_organisation")
  @Column({ type: "uuid" })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisationId", foreignKeyConstraintName: "FK_establishment_organisation" })
  organisation?: Relation<Organisation>;

  @Field(() => ID)
  @Index("IDX_establishment_network")
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_establishment_network" })
  network?: Relation<Network>;

  @Field({ description: "SIRET, 14 chiffres, commence par le SIREN de l'organisme" })
  @Column({ type: "char", length: 14, unique: true })
  siret: string;

  @Field()
  @Column({ type: "varchar", length: 300 })
  name: string;

  @Field()
  @Column({ type: "varchar", length: 300 })
  addressLine: string;

  @Field()
  @Column({ type: "char", length: 5 })
  postalCode: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  city: string;

  @Field({ description: "Code INSEE du département (01…95, 2A, 2B, 971…976)" })
  @Index("IDX_establishment_department")
  @Column({ type: "varchar", length: 3 })
  departmentCode: string;

  @Field({ description: "Code INSEE de la région" })
  @Index("IDX_establishment_region")
  @Column({ type: "varchar", length: 2 })
  regionCode: string;

  @Field(() => EstablishmentStatus)
  @Column({ type: "varchar", length: 10, default: EstablishmentStatus.OPEN })
  status: EstablishmentStatus;

  @Field(() => LocalDate, { nullable: true })
  @DateColumn({ nullable: true })
  closedOn: string | null;
}
