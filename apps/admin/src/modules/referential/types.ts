import type { ReferentialQuery } from "../../shared/graphql/generated/graphql.ts";

/** Shapes of the référentiel queries (docs/graphql-contract-issue-2.md), as codegen types them (the `Referential` query). */
export type ReferentialDetail = NonNullable<ReferentialQuery["referential"]>;
export type DomainNode = ReferentialDetail["domains"][number];
export type SubDomainNode = DomainNode["subDomains"][number];
