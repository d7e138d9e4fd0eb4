// @vitest-environment node
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { EXAMPLES, parseVariables } from "./explorer.ts";

/**
 * The explorer's examples are valid against the schema the API emits (packages/schema/schema.graphql),
 * like every other document of the SPA (graphql-documents.test.ts): a renamed field or filter
 * fails here, not in front of an analyst.
 */
const schema = buildSchema(readFileSync(fileURLToPath(new URL("../../../../../packages/schema/schema.graphql", import.meta.url)), "utf8"));

describe("explorer examples", () => {
  for (const ex of EXAMPLES) {
    it(`${ex.id} is valid against schema.graphql, with JSON variables`, () => {
      expect(validate(schema, parse(ex.query)).map((e) => e.message)).toEqual([]);
      expect(parseVariables(ex.variables).ok).toBe(true);
    });
  }
});
