import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../core/config.js";
import { schemaSdl } from "./index.js";

describe("packages/schema/schema.graphql", () => {
  it("is exactly the schema the API serves (run `pnpm schema:emit` after changing the API)", async () => {
    const committed = readFileSync(resolve(repoRoot, "packages/schema/schema.graphql"), "utf8");
    expect(committed).toBe(await schemaSdl());
  });
});
