import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { JSONObjectResolver } from "graphql-scalars";
import { BaseRow } from "../../core/db/columns.js";
import { Network } from "../network/index.js";
import { User } from "../user/index.js";
import { Scoped } from "../../core/scope.js";
import { savedReportScope } from "./saved-report.scope.js";

export const SavedReportVisibility = { PRIVATE: "PRIVATE", NETWORK: "NETWORK", PUBLIC: "PUBLIC" } as const;
export type SavedReportVisibility = (typeof SavedReportVisibility)[keyof typeof SavedReportVisibility];

registerEnumType(SavedReportVisibility, {
  name: "SavedReportVisibility",
  description: "Qui voit et exécute un rapport enregistré",
  valuesConfig: {
    PRIVATE: { description: "Son auteur seulement" },
    NETWORK: { description: "Les utilisateurs ayant un rôle dans le réseau du rapport" },
    PUBLIC: { description: "Tous les utilisateurs connectés" },
  },
});

export const SAVED_REPORT_NAME_MAX = 120;
export const SAVED_REPORT_DOCUMENT_MAX = 20_000;
export const SAVED_REPORT_VARIABLES_MAX = 20_000;
export const SAVED_REPORT_DESCRIPTION_MAX = 2_000;

/**
 * A saved report (ADR 0018): a GraphQL query with its variables, named, owned by a user and
 * shared with nobody, a network or everyone. Running it executes the document as the caller,
 * within the caller's own scope.
 */
@ObjectType({ description: "Un rapport enregistré : une requête GraphQL nommée, avec ses variables" })
@Scoped(savedReportScope)
@Entity("saved_report")
@Check("CHK_saved_report_visibility", `"visibility" IN ('PRIVATE','NETWORK','PUBLIC')`)
@Check("CHK_saved_report_network", `("visibility" = 'NETWORK') = ("networkId" IS NOT NULL)`)
export class SavedReport extends BaseRow {
  @Field()
  @Column({ type: "varchar", length: SAVED_REPORT_NAME_MAX })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field({ description: "Le texte de l'opération GraphQL (une requête, jamais une mutation)" })
  @Column({ type: "text" })
  document: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: "Les variables enregistrées (remplaçables à l'exécution)" })
  @Column({ type: "jsonb", nullable: true })
  variables: Record<string, unknown> | null;

  @Field(() => SavedReportVisibility)
  @Column({ type: "varchar", length: 10 })
  visibility: SavedReportVisibility;

  @Field(() => ID, { nullable: true, description: "Le réseau avec lequel le rapport est partagé (visibilité NETWORK)" })
  @Index("IDX_saved_report_network")
  @Column({ type: "uuid", nullable: true })
  networkId: string | null;

  @ManyToOne(() => Network, { onDelete: "CASCADE" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_saved_report_network" })
  network?: Relation<Network>;

  @Field(() => ID)
  @Index("IDX_saved_report_owner")
  @Column({ type: "uuid" })
  ownerId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "ownerId", foreignKeyConstraintName: "FK_saved_report_owner" })
  owner?: Relation<User>;
}
