import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { registerLabelledEnum } from "../../core/graphql-enums.js";
import { Field, ID, ObjectType } from "type-graphql";
import { FunderType, FundingStatus, FundingStep, dossierLabels } from "@clea/schema";
import { BaseRow } from "../../core/db/columns.js";
import { Dossier, dossierChildRule } from "../dossier/index.js";
import { Establishment } from "../establishment/index.js";
import { Network } from "../network/index.js";
import { Scoped } from "../../core/scope.js";

registerLabelledEnum(FundingStep, "FundingStep", dossierLabels.FundingStep);
registerLabelledEnum(FunderType, "FunderType", dossierLabels.FunderType);
registerLabelledEnum(FundingStatus, "FundingStatus", dossierLabels.FundingStatus);

const list = (o: object) =>
  Object.values(o)
    .map((v) => `'${v}'`)
    .join(",");

/**
 * A funding line of a dossier for one step. The amount is an exact decimal in euros (numeric(12,2)),
 * read and written as a string ("1250.50"), never a float.
 */
@ObjectType({ description: "Ligne de financement d'un dossier" })
@Scoped(dossierChildRule)
@Entity("funding_line")
@Check("CHK_funding_line_step", `"step" IN (${list(FundingStep)})`)
@Check("CHK_funding_line_funder_type", `"funderType" IN (${list(FunderType)})`)
@Check("CHK_funding_line_status", `"status" IN (${list(FundingStatus)})`)
@Check("CHK_funding_line_amount_not_negative", `"amount" >= 0`)
@Index("IDX_funding_line_dossier", ["dossierId", "step"])
@Index("IDX_funding_line_network_funder", ["networkId", "funderType"])
export class FundingLine extends BaseRow {
  @Field(() => ID)
  @Column({ type: "uuid" })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "dossierId", foreignKeyConstraintName: "FK_funding_line_dossier" })
  dossier?: Relation<Dossier>;

  @Field(() => ID)
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_funding_line_network" })
  network?: Relation<Network>;

  @Field(() => ID)
  @Index("IDX_funding_line_establishment")
  @Column({ type: "uuid" })
  establishmentId: string;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishmentId", foreignKeyConstraintName: "FK_funding_line_establishment" })
  establishment?: Relation<Establishment>;

  @Field(() => FundingStep)
  @Column({ type: "varchar", length: 14 })
  step: FundingStep;

  @Field(() => FunderType)
  @Column({ type: "varchar", length: 16 })
  funderType: FunderType;

  @Field(() => String, { nullable: true, description: "Référence chez le financeur (n° de dossier CPF/EDOF, accord OPCO…)" })
  @Column({ type: "varchar", length: 100, nullable: true })
  funderReference: string | null;

  @Field({ description: 'Montant en euros, décimal exact (ex. "1250.50")' })
  @Column({ type: "numeric", precision: 12, scale: 2 })
  amount: string;

  @Field(() => FundingStatus)
  @Column({ type: "varchar", length: 10 })
  status: FundingStatus;
}
