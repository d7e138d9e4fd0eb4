// ESLint flat config for the whole workspace (`pnpm lint` runs it, then `prettier --check`).
// Real problems only: Prettier owns the layout (eslint-config-prettier, last, turns off every
// rule that would fight it). `.mjs` because the root package.json has no "type": "module".
// Not type-aware: with `projectService` (for no-floating-promises) the run took 1 min 40 s instead
// of about 25 s on our 2-core machines, and found no floating promise; TypeScript's own checks stay
// in `pnpm typecheck`.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import vue from "eslint-plugin-vue";
import globals from "globals";
import tseslint from "typescript-eslint";
import vueParser from "vue-eslint-parser";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.data/**",
      "**/.turbo/**",
      "**/coverage/**",
      "**/.ci-out/**",
      "apps/admin/src/shared/graphql/generated/**",
      "**/generated/**",
      "packages/schema/schema.graphql",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs["flat/recommended"],
  {
    files: ["**/*.vue"],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, ecmaVersion: "latest", sourceType: "module", extraFileExtensions: [".vue"] },
      globals: { ...globals.browser },
    },
  },
  {
    files: ["apps/admin/**/*.{ts,vue}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["apps/api/**/*.{ts,js,mjs}", "packages/schema/**/*.ts", "*.{js,mjs,cjs}", "**/*.config.{ts,js,mjs}", "apps/*/e2e/**", ".ci/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      // `_name` says "deliberately unused" (an Express error handler's `next`, a skipped element).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      // TypeORM migrations and the index of migrations type classes as `Function`.
      "@typescript-eslint/no-unsafe-function-type": "off",
      // Order of attributes and component options is style, not a problem.
      "vue/attributes-order": "off",
      "vue/order-in-components": "off",
    },
  },
  {
    // Tests and benchmarks read untyped JSON answers (`res.data.x`, `(e: any) => …`): `any` is the
    // honest type there. Application code has none, and must keep it so.
    files: ["**/*.test.ts", "**/test/**/*.ts", "**/e2e/**/*.ts", "**/test-utils.ts", "apps/api/src/bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Written by `pnpm migration:generate` (which escapes `$` in SQL) and never edited once landed.
    files: ["apps/api/src/db/migrations/**/*.ts"],
    rules: { "no-useless-escape": "off" },
  },
  prettier,
);
