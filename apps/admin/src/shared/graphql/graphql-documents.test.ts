// @vitest-environment node
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, parse, validate, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { sessionOperations } from "../../session/session.ts";
import * as generated from "./generated/graphql.ts";

/**
 * Every operation the SPA sends is valid against the schema the API emits
 * (packages/schema/schema.graphql): a renamed field or argument fails here, not in a browser.
 * The documents are those `graphql()` returns (written by codegen, fragments included) and, to
 * catch a document written outside the codegen, every export of the `*.documents.ts` files.
 * The session's own operations (sign-in, refresh, sign-out, invitation) are plain strings sent
 * with fetch: they are parsed and checked the same way.
 */
const sdl = readFileSync(fileURLToPath(new URL("../../../../../packages/schema/schema.graphql", import.meta.url)), "utf8");
const schema = buildSchema(sdl);
const isDocument = (doc: unknown): doc is DocumentNode =>
  typeof doc === "object" && doc !== null && (doc as DocumentNode).kind === "Document";
const isOperation = (doc: DocumentNode) => doc.definitions.some((d) => d.kind === "OperationDefinition");

const modules = import.meta.glob<Record<string, unknown>>("../../**/*.documents.ts", { eager: true });
const documents: Record<string, DocumentNode> = {
  ...Object.fromEntries(Object.entries(generated).filter((e): e is [string, DocumentNode] => isDocument(e[1]))),
  ...Object.fromEntries(
    Object.entries(modules).flatMap(([file, exports]) =>
      Object.entries(exports).flatMap(([name, doc]) => (isDocument(doc) && isOperation(doc) ? [[`${file}: ${name}`, doc] as const] : [])),
    ),
  ),
  ...Object.fromEntries(Object.entries(sessionOperations).map(([k, v]) => [k, parse(v)])),
};

describe("GraphQL documents of the SPA", () => {
  it("finds the documents", () => {
    expect(Object.keys(modules).length).toBeGreaterThan(15);
    expect(Object.keys(documents).length).toBeGreaterThan(100);
  });
  for (const [name, doc] of Object.entries(documents)) {
    if (!isOperation(doc)) continue;
    it(`${name} is valid against schema.graphql`, () => {
      const errors = validate(schema, doc).map((e) => e.message);
      expect(errors).toEqual([]);
    });
  }
});
