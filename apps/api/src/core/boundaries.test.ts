/**
 * The import boundaries of docs/architecture.md ("Boundaries") are checked by dependency-cruiser
 * with the repository's own configuration (.dependency-cruiser.cjs, `pnpm lint:deps`). This shows
 * that each rule bites — on a small tree planted in a temporary folder with the repository's
 * layout — and that the real tree keeps them all.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cruise, type ICruiseResult, type IViolation } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./config.js";

const ROOTS = ["apps/api/src", "apps/admin/src", "packages/schema/src"];

/** Cruises `ROOTS` under `baseDir` with the repository's rules, as `pnpm lint:deps` does. */
async function violationsUnder(baseDir: string): Promise<IViolation[]> {
  const options = await extractDepcruiseOptions(join(repoRoot, ".dependency-cruiser.cjs"));
  // The configuration names its tsconfig relative to the repository root, where `pnpm lint:deps` runs.
  const fileName = join(repoRoot, options.tsConfig?.fileName ?? "tsconfig.json");
  const result = await cruise(ROOTS, { ...options, baseDir, tsConfig: { fileName } }, {}, { tsConfig: extractTSConfig(fileName) });
  return (result.output as ICruiseResult).summary.violations;
}

/** One line per violation: `rule: from → to` (a circle: its files in order). */
const describeViolation = (v: IViolation) =>
  `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(" → ")})` : ""}`;

const planted: Record<string, string> = {
  // A feature module with its public face, and a two-file circle inside it.
  "apps/api/src/modules/alpha/index.ts": `export { a } from "./a.js";\n`,
  "apps/api/src/modules/alpha/a.ts": `import { b } from "./b.js";\nexport const a = () => b;\n`,
  "apps/api/src/modules/alpha/b.ts": `import { a } from "./a.js";\nexport const b = () => a;\n`,
  // core/ importing a feature.
  "apps/api/src/core/generic.ts": `import { a } from "../modules/alpha/index.js";\nexport const generic = a;\n`,
  // Another feature reaching inside alpha instead of through its index, and into the composition root.
  "apps/api/src/modules/beta/beta.service.ts": `import { b } from "../alpha/b.js";\nimport { wired } from "../../app/index.js";\nimport { a } from "../alpha/index.js";\nexport const beta = [a, b, wired];\n`,
  // A test may reach inside another module (not reported).
  "apps/api/src/modules/beta/beta.test.ts": `import { b } from "../alpha/b.js";\nimport { beta } from "./beta.service.js";\nexport const t = [b, beta];\n`,
  "apps/api/src/modules/beta/index.ts": `export { beta } from "./beta.service.js";\n`,
  // The composition root and the entry point.
  "apps/api/src/app/index.ts": `import { generic } from "../core/generic.js";\nimport { beta } from "../modules/beta/index.js";\nexport const wired = [generic, beta];\n`,
  "apps/api/src/main.ts": `import { wired } from "./app/index.js";\nimport { missing } from "./nowhere.js";\nexport const main = [wired, missing];\n`,
  // A file nothing imports.
  "apps/api/src/core/dead.ts": `export const dead = 1;\n`,
  // The SPA importing the API; the shared package importing an app.
  "apps/admin/src/main.ts": `import { generic } from "../../api/src/core/generic.js";\nexport const spa = generic;\n`,
  "packages/schema/src/index.ts": `import { spa } from "../../../apps/admin/src/main.js";\nexport const shared = spa;\n`,
};

describe("import boundaries (dependency-cruiser, .dependency-cruiser.cjs)", () => {
  let fixture: string;
  let found: string[];

  beforeAll(async () => {
    fixture = mkdtempSync(join(tmpdir(), "clea-boundaries-"));
    for (const [path, text] of Object.entries(planted)) {
      mkdirSync(dirname(join(fixture, path)), { recursive: true });
      writeFileSync(join(fixture, path), text);
    }
    found = (await violationsUnder(fixture)).map(describeViolation);
  }, 60_000);
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  const reported = (rule: string, from: string, to: string) =>
    expect(found.filter((v) => v.startsWith(`${rule}: apps/`) || v.startsWith(`${rule}: packages/`))).toContainEqual(
      expect.stringContaining(`${rule}: ${from} → ${to}`),
    );

  it("no-circular: reports an import circle", () => {
    expect(
      found.some((v) => v.startsWith("no-circular: apps/api/src/modules/alpha/") && v.includes("alpha/a.ts") && v.includes("alpha/b.ts")),
    ).toBe(true);
  });

  it("core-knows-no-feature: core/ imports nothing from modules/", () => {
    reported("core-knows-no-feature", "apps/api/src/core/generic.ts", "apps/api/src/modules/alpha/index.ts");
  });

  it("feature-through-public-index: another module only through its index.ts (tests exempt)", () => {
    reported("feature-through-public-index", "apps/api/src/modules/beta/beta.service.ts", "apps/api/src/modules/alpha/b.ts");
    expect(found.filter((v) => v.startsWith("feature-through-public-index: apps/api/src/modules/beta/beta.test.ts"))).toEqual([]);
    expect(found.filter((v) => v.includes("→ apps/api/src/modules/alpha/index.ts") && v.startsWith("feature-through"))).toEqual([]);
  });

  it("feature-not-composition-root: a feature does not import app/", () => {
    reported("feature-not-composition-root", "apps/api/src/modules/beta/beta.service.ts", "apps/api/src/app/index.ts");
  });

  it("admin-not-api and schema-not-apps", () => {
    reported("admin-not-api", "apps/admin/src/main.ts", "apps/api/src/core/generic.ts");
    reported("schema-not-apps", "packages/schema/src/index.ts", "apps/admin/src/main.ts");
  });

  it("not-to-unresolvable and no-orphans", () => {
    reported("not-to-unresolvable", "apps/api/src/main.ts", "./nowhere.js");
    expect(found).toContain("no-orphans: apps/api/src/core/dead.ts → apps/api/src/core/dead.ts");
  });

  it("the repository itself keeps every rule", async () => {
    expect((await violationsUnder(repoRoot)).map(describeViolation)).toEqual([]);
  }, 120_000);
});
