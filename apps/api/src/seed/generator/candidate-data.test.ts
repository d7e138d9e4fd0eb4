import { birthDateProblem, emailProblem, siretProblem } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, createTestDb, type TestApi } from "../../test/helpers.js";
import { loadDemoDataIfEmpty } from "../demo.js";
import { generateDemoCandidates } from "./candidate-data.js";
import { generateOrganisationData } from "./organisation-data.js";

describe("demo candidates", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("come with the demo data, in the open establishments of the demo networks only, and are valid", async () => {
    await loadDemoDataIfEmpty(api.ctx);
    const rows: { birthDate: string; email: string; employerSiret: string | null; network: string; status: string; identityKey: string }[] =
      await api.ds
        .query(`SELECT c."birthDate"::text AS "birthDate", c.email, c."employerSiret", c."identityKey", n.name AS network, e.status
                          FROM candidate c JOIN establishment e ON e.id = c."establishmentId" JOIN network n ON n.id = c."networkId"`);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.network))).toEqual(new Set(["GRETA Demo", "Réseau APP Demo"]));
    for (const r of rows) {
      expect(r.status).toBe("OPEN");
      expect(birthDateProblem(r.birthDate, new Date().toISOString().slice(0, 10))).toBeNull();
      expect(emailProblem(r.email)).toBeNull();
      if (r.employerSiret) expect(siretProblem(r.employerSiret)).toBeNull();
      expect(r.identityKey).toMatch(/^[a-z' ]+\|[a-z' ]+\|\d{4}-\d{2}-\d{2}$/);
    }
    const res = await api.gql(`{ candidates(first: 3) { totalCount edges { node { pseudonym lastName establishment { name } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.candidates.totalCount).toBe(rows.length);
  });

  it("are the same people for the same seed and day", async () => {
    const names = async () => {
      const db = await createTestDb();
      try {
        await generateOrganisationData(db.ctx, { scale: 1, seed: 7, today: "2026-01-15" });
        await generateDemoCandidates(db.ctx, { seed: 7, today: "2026-01-15" });
        return (await db.ds.query(`SELECT "identityKey" FROM candidate ORDER BY "identityKey"`)).map(
          (r: { identityKey: string }) => r.identityKey,
        );
      } finally {
        await db.drop();
      }
    };
    const first = await names();
    expect(first.length).toBeGreaterThan(0);
    expect(await names()).toEqual(first);
  });
});
