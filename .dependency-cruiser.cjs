/**
 * Import boundaries of the monorepo, checked by `pnpm lint:deps` (first step of `pnpm test`).
 * The rules and the reasons for them: docs/architecture.md, section "Boundaries".
 *
 * Paths are relative to the repository root, where the command runs. `.js` suffixes in the API's
 * ESM imports resolve to the `.ts` files (dependency-cruiser tries the TypeScript twin of a `.js`
 * import, as tsc does with NodeNext). The TypeScript options are the workspace's own
 * (tsconfig.depcruise.json extends tsconfig.base.json, which every package's tsconfig extends; none
 * adds paths), plus one path: `@clea/schema` resolves to packages/schema/src, so that the check needs
 * no build (it runs first in `pnpm test`) and sees what the apps use of the shared package.
 *
 * Type-only imports are NOT excluded from `no-circular`: `import type` is erased at run time, but a
 * type circle between two modules still couples them both ways, and the tree has none — keep it so.
 */

/** The feature folder of an API path (`$1` in the rules below). */
const FEATURE = "^apps/api/src/modules/([^/]+)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "An import circle makes initialisation order depend on which file loads first (ESM TDZ errors) and couples " +
        "both sides. Break it: move what both need into a third file, invert it with a callback, or register it " +
        "in the composition root (apps/api/src/app).",
      from: {},
      to: { circular: true },
    },
    {
      name: "core-knows-no-feature",
      severity: "error",
      comment:
        "apps/api/src/core is the generic machinery (context, scope, lists, server, database); it must not know " +
        "any feature. Features are wired in by the composition root, apps/api/src/app.",
      from: { path: "^apps/api/src/core/" },
      to: { path: "^apps/api/src/(modules|app)/" },
    },
    {
      name: "feature-through-public-index",
      severity: "error",
      comment:
        "A feature module uses another one only through its public modules/<name>/index.ts. Tests (*.test.ts) " +
        "may reach inside another module to build fixtures.",
      from: { path: FEATURE, pathNot: "\\.test\\.ts$" },
      to: { path: "^apps/api/src/modules/([^/]+)/", pathNot: ["^apps/api/src/modules/$1/", "^apps/api/src/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "feature-not-composition-root",
      severity: "error",
      comment:
        "apps/api/src/app is the composition root: it imports every feature, so a feature importing it closes a " +
        "circle. Tests may use it (it gives them the assembled API).",
      from: { path: FEATURE, pathNot: "\\.test\\.ts$" },
      to: { path: "^apps/api/src/app/" },
    },
    {
      name: "admin-not-api",
      severity: "error",
      comment: "The SPA talks to the API over HTTP only; what both share lives in packages/schema (@clea/schema).",
      from: { path: "^apps/admin/" },
      to: { path: "^apps/api/" },
    },
    {
      name: "schema-not-apps",
      severity: "error",
      comment: "packages/schema is shared by the apps and imports none of them.",
      from: { path: "^packages/schema/" },
      to: { path: "^apps/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to no file (a typo, a missing dependency, a moved file).",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-orphans",
      severity: "error",
      comment: "A source file nothing imports and that is not an entry point (main, scripts, tests, configs) is dead code.",
      from: {
        orphan: true,
        pathNot: [
          "\\.d\\.ts$",
          "\\.test\\.ts$",
          "(^|/)(vite|vitest|vitest\\.e2e)\\.config\\.ts$",
          "^apps/api/src/(main|seed/cli|app/emit-schema|app/generate-migration|bench/[^/]+)\\.ts$",
          "^apps/api/src/test/(setup|global-setup)\\.ts$",
          // A module's public face may be empty while no other module uses it.
          "^apps/api/src/modules/[^/]+/index\\.ts$",
          "^apps/admin/src/main\\.ts$",
          "^packages/schema/src/index\\.ts$",
        ],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules", "(^|/)dist/"] },
    exclude: { path: ["(^|/)dist/", "(^|/)node_modules/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.depcruise.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
  },
};
