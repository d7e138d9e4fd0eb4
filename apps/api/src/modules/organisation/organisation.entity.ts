import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseRow, DateColumn } from "../../core/db/columns.js";
import { LocalDate } from "../../core/scalars.js";
import { Network } from "../network/index.js";
import { Scoped } from "../../core/scope.js";
import { organisationScope } from "./organisation.scope.js";

@ObjectType({ description: "Un organisme (personne morale, SIREN) membre d'un réseau" })
@Scoped(organisationScope)
@Entity("organisation")
export class Organisation extends BaseRow {
  @Field(() => ID)
  @Index("IDX_organisation_network")
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_organisation_network" })
  network?: Relation<Network>;

  @Field({ description: "SIREN, 9 chiffres" })
  @Column({ type: "char", length: 9, unique: true })
  siren: string;

  @Field()
  @Column({ type: "varchar", length: 300 })
  legalName: string;

  @Field(() => String, { nullable: true, description: "Numéro de déclaration d'activité (NDA), 11 chiffres" })
  @Column({ type: "char", length: 11, nullable: true })
  trainingDeclarationNumber: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Fin de validité de la certification Qualiopi" })
  @DateColumn({ nullable: true })
  qualiopiValidUntil: string | null;
}
