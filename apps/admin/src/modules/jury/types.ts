import type { JurySessionQuery, JurySessionRowFragment } from "../../shared/graphql/generated/graphql.ts";

/** Shapes of the jury queries (jury.documents.ts), as codegen types them. */

/** A row of the jury sessions list (the `JurySessionRow` fragment). */
export type JurySessionRow = JurySessionRowFragment;
/** One dossier presented to a session, with its decision (the `JurySession` query). */
export type JurySubmissionRow = NonNullable<JurySessionQuery["jurySession"]>["submissions"][number];
