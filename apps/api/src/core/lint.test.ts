/**
 * The linters bite: the repository's own ESLint config (eslint.config.mjs) refuses a planted
 * problem in API and SPA code, and its Prettier config refuses badly laid-out code, so that
 * `pnpm lint` (run first by `pnpm test`) fails on them. Nothing is written to disk.
 */
import { join } from "node:path";
import { ESLint } from "eslint";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./config.js";

const eslint = new ESLint({ cwd: repoRoot });
const lint = async (text: string, file: string) => (await eslint.lintText(text, { filePath: join(repoRoot, file) }))[0]!.messages;
const errors = (messages: ESLint.LintResult["messages"]) => messages.filter((m) => m.severity === 2).map((m) => m.ruleId);

describe("ESLint", () => {
  it("refuses an unused variable in API code, and lets an `_`-prefixed one be", async () => {
    const file = "apps/api/src/core/planted-violation.ts";
    expect(errors(await lint(`export function f(): number {\n  const unused = 1;\n  return 2;\n}\n`, file))).toEqual([
      "@typescript-eslint/no-unused-vars",
    ]);
    expect(errors(await lint(`export function f(_unused: number): number {\n  return 2;\n}\n`, file))).toEqual([]);
  }, 60_000);

  it("refuses `any` in application code, not in tests", async () => {
    const text = `export const parse = (s: string): any => JSON.parse(s);\n`;
    expect(errors(await lint(text, "packages/schema/src/planted-violation.ts"))).toEqual(["@typescript-eslint/no-explicit-any"]);
    expect(errors(await lint(text, "apps/api/src/core/planted-violation.test.ts"))).toEqual([]);
  }, 60_000);

  it("lints the SPA's single-file components (eslint-plugin-vue, TypeScript in <script>)", async () => {
    const sfc = `<script setup lang="ts">\nconst items: string[] = [];\nconst unused = 1;\n</script>\n\n<template>\n  <li v-for="i in items" v-if="i" :key="i">{{ i }}</li>\n</template>\n`;
    expect(errors(await lint(sfc, "apps/admin/src/components/PlantedViolation.vue")).sort()).toEqual([
      "@typescript-eslint/no-unused-vars",
      "vue/no-use-v-if-with-v-for",
    ]);
  }, 60_000);

  it("ignores built and generated files", async () => {
    expect(await eslint.isPathIgnored(join(repoRoot, "apps/api/dist/main.js"))).toBe(true);
    expect(await eslint.isPathIgnored(join(repoRoot, "apps/admin/src/shared/graphql/generated/graphql.ts"))).toBe(true);
  });
});

describe("Prettier", () => {
  const file = join(repoRoot, "apps/api/src/core/planted-violation.ts");

  it("refuses code not laid out by it, accepts the same code once formatted", async () => {
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    const bad = `export const  f = ( a:number )=>{ return a*2 }`;
    expect(await prettier.check(bad, options)).toBe(false);
    expect(await prettier.check(await prettier.format(bad, options), options)).toBe(true);
    expect(options.printWidth).toBe(140);
  });

  it("leaves generated files alone", async () => {
    const ignorePath = join(repoRoot, ".prettierignore");
    for (const generated of ["packages/schema/schema.graphql", "pnpm-lock.yaml", "apps/api/dist/main.js"])
      expect((await prettier.getFileInfo(join(repoRoot, generated), { ignorePath })).ignored, generated).toBe(true);
  });
});
