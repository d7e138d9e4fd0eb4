import type { DossierQuery, DossierRowFragment } from "../../shared/graphql/generated/graphql.ts";

/** Shapes of the dossier queries (docs/adr/0010-dossier-process.md, "The GraphQL contract"), as codegen types them. */

/** A dossier as the page reads it (the `Dossier` query of dossier.documents.ts). */
export type DossierDetail = NonNullable<DossierQuery["dossier"]>;
/** A row of the dossiers lists (the `DossierRow` fragment). */
export type DossierRow = DossierRowFragment;
/** One step of the dossier's history (the timeline). */
export type DossierEventRow = DossierDetail["history"][number];
