import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types of the SPA's GraphQL operations, generated from the schema the API emits and that is
 * committed (packages/schema/schema.graphql): no network, no running API, the same output for the
 * same inputs (`.ci/run` regenerates and fails on a difference).
 *
 * Operations and fragments are written with the generated `graphql()` function in
 * `src/**\/documents/*.documents.ts` (static strings: fragments are spread by name, never
 * interpolated); `graphql()` returns a TypedDocumentNode, so `useQuery(DOC)` infers its result and
 * variables. Fragment masking is off: a query's type includes the fields of the fragments it spreads.
 */
const config: CodegenConfig = {
  schema: "../../packages/schema/schema.graphql",
  documents: ["src/**/*.documents.ts"],
  ignoreNoDocuments: false,
  generates: {
    "src/shared/graphql/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        onlyOperationTypes: true,
        enumsAsTypes: true,
        skipTypename: true,
        dedupeFragments: true,
        strictScalars: true,
        scalars: {
          ID: "string",
          LocalDate: "string",
          DateTimeISO: "string",
          JSONObject: "Record<string, unknown>",
        },
      },
    },
  },
  hooks: {
    // The generated files take TypedDocumentNode from `@graphql-typed-document-node/core`, which the
    // SPA does not depend on directly (pnpm keeps it among @apollo/client's own dependencies).
    // Apollo Client re-exports that very type: import it from there (`@apollo/client/core`, never
    // the bare entry point, which needs React). Type-only: nothing of it reaches the bundle.
    beforeOneFileWrite: (_path: string, content: string) =>
      content.replaceAll("'@graphql-typed-document-node/core'", "'@apollo/client/core'"),
  },
};

export default config;
