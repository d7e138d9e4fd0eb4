// @vitest-environment node
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, parse, validate, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import * as audit from "./modules/audit/views/audit.documents.ts";
import * as auth from "./modules/auth/auth.documents.ts";
import * as candidate from "./modules/candidate/views/candidate.documents.ts";
import * as certificate from "./modules/certificate/views/certificate.documents.ts";
import * as dashboard from "./modules/dashboard/views/dashboard.documents.ts";
import * as dossier from "./modules/dossier/views/dossier.documents.ts";
import * as funding from "./modules/dossier/components/panels/funding.documents.ts";
import * as exportJobs from "./modules/export/export.documents.ts";
import * as establishment from "./modules/establishment/views/establishment.documents.ts";
import * as bulkImport from "./modules/import/views/import.documents.ts";
import * as jury from "./modules/jury/views/jury.documents.ts";
import * as network from "./modules/network/views/network.documents.ts";
import * as referential from "./modules/referential/views/referential.documents.ts";
import * as report from "./modules/report/report.documents.ts";
import * as user from "./modules/user/views/user.documents.ts";
import { sessionOperations } from "./session/session.ts";

/**
 * Every operation the SPA sends is valid against the schema the API emits
 * (packages/schema/schema.graphql): a renamed field or argument fails here, not in a browser.
 * The session's own operations (sign-in, refresh, sign-out, invitation) are plain strings sent
 * with fetch: they are parsed and checked the same way.
 */
const sdl = readFileSync(fileURLToPath(new URL("../../../packages/schema/schema.graphql", import.meta.url)), "utf8");
const schema = buildSchema(sdl);
const documents: Record<string, unknown> = {
  ...referential,
  ...network,
  ...establishment,
  ...bulkImport,
  ...auth,
  ...user,
  ...audit,
  ...candidate,
  ...dossier,
  ...jury,
  ...certificate,
  ...dashboard,
  ...funding,
  ...report,
  ...exportJobs,
  ...Object.fromEntries(Object.entries(sessionOperations).map(([k, v]) => [k, parse(v)])),
};

describe("GraphQL documents of the SPA", () => {
  for (const [name, doc] of Object.entries(documents)) {
    if (typeof doc !== "object" || !doc || (doc as DocumentNode).kind !== "Document") continue;
    it(`${name} is valid against schema.graphql`, () => {
      const errors = validate(schema, doc as DocumentNode).map((e) => e.message);
      expect(errors).toEqual([]);
    });
  }
});
