/**
 * Habilitation periods of one establishment, certification and role never overlap — checked by
 * the service (a CONFLICT naming the other period) and by the database (trigger
 * `habilitation_period_no_overlap`), which holds the rule when writes race. RENEW creates the next
 * period, from the day after the renewed one ends.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayInFrance } from "../../core/dates.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import {
  changeStatus,
  countRows,
  createEstablishment,
  createHabilitation,
  createNetwork,
  createOrganisation,
  ok,
} from "../../test/organisation-fixtures.js";

let api: TestApi;
let organisation: { id: string; siren: string };
let nic = 1;
const freshEstablishment = () => createEstablishment(api, organisation, { name: `Centre périodes ${nic}`, nic: nic++ });

beforeAll(async () => {
  api = await createTestApi();
  const network = await createNetwork(api, "Réseau des périodes", "APP");
  organisation = await createOrganisation(api, network.id, "APP Périodes");
});
afterAll(async () => {
  await api?.close();
});

const RENEW = `mutation($id: ID!, $i: RenewHabilitationInput!) {
  renewHabilitation(id: $id, input: $i) { id status allowedActions startDate endDate decisionDate decisionReference role certification { code } establishment { id } } }`;
const renew = (id: string, i: Record<string, unknown>) => api.gql(RENEW, { id, i });

/** A GRANTED habilitation of a fresh establishment, with the given period. */
async function granted(period: { startDate: string; endDate: string }, establishmentId?: string) {
  const e = establishmentId ?? (await freshEstablishment()).id;
  const h = await createHabilitation(api, e, "CLEA", "EVALUATOR");
  const res = await changeStatus(api, h.id, "GRANT", { ...period, decisionReference: "CP-1" });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { id: h.id, establishmentId: e };
}

describe("overlapping periods, refused by the service", () => {
  it("refuses to grant a period overlapping an expired one of the same key, naming it, and changes nothing", async () => {
    const first = await granted({ startDate: "2020-01-01", endDate: "2099-12-31" });
    // Make it expired (a period in force in the past), then request again.
    await api.ds.query(`UPDATE habilitation SET "endDate" = '2022-12-31' WHERE id = $1`, [first.id]);
    const second = await createHabilitation(api, first.establishmentId, "CLEA", "EVALUATOR");
    const res = await changeStatus(api, second.id, "GRANT", { startDate: "2022-06-01", endDate: "2099-12-31" });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      field: "startDate",
      otherHabilitationId: first.id,
      otherStartDate: "2020-01-01",
      otherEndDate: "2022-12-31",
    });
    expect(res.errors?.[0]?.message).toBe(
      "La période du 01/06/2022 au 31/12/2099 chevauche celle d'une autre habilitation de cet établissement pour la même " +
        "certification et le même rôle (du 01/01/2020 au 31/12/2022, décision CP-1).",
    );
    const [{ storedStatus }] = await api.ds.query(`SELECT "storedStatus" FROM habilitation WHERE id = $1`, [second.id]);
    expect(storedStatus).toBe("REQUESTED");
    // The day after is fine: bounds are inclusive, so 2023-01-01 does not overlap.
    const next = await changeStatus(api, second.id, "GRANT", { startDate: "2023-01-01", endDate: "2099-12-31" });
    expect(next.errors).toBeUndefined();
  });

  it("refuses to move a granted period's dates over another one, but other roles and certifications do not count", async () => {
    const a = await granted({ startDate: "2025-01-01", endDate: "2099-12-31" });
    await api.ds.query(`UPDATE habilitation SET "endDate" = '2025-12-31' WHERE id = $1`, [a.id]);
    const b = await createHabilitation(api, a.establishmentId, "CLEA", "EVALUATOR");
    expect((await changeStatus(api, b.id, "GRANT", { startDate: "2026-01-01", endDate: "2099-12-31" })).errors).toBeUndefined();
    const moved = await api.gql(`mutation($id: ID!) { updateHabilitation(id: $id, input: { startDate: "2025-12-01" }) { id } }`, {
      id: b.id,
    });
    expect(moved.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    // Same dates, another role: no overlap rule between them.
    const trainer = await createHabilitation(api, a.establishmentId, "CLEA", "TRAINER");
    expect((await changeStatus(api, trainer.id, "GRANT", { startDate: "2025-01-01", endDate: "2099-12-31" })).errors).toBeUndefined();
  });

  it("is also refused by the database itself, whatever the service did", async () => {
    const a = await granted({ startDate: "2025-01-01", endDate: "2099-12-31" });
    const [row] = await api.ds.query(`SELECT "networkId", "certificationId" FROM habilitation WHERE id = $1`, [a.id]);
    const insert = api.ds.query(
      `INSERT INTO habilitation ("establishmentId", "networkId", "certificationId", role, "storedStatus", "startDate", "endDate")
       VALUES ($1, $2, $3, 'EVALUATOR', 'GRANTED', '2030-01-01', '2031-12-31')`,
      [a.establishmentId, row.networkId, row.certificationId],
    );
    await expect(insert).rejects.toMatchObject({ driverError: { code: "23P01", constraint: "EXC_habilitation_period_no_overlap" } });
    // A request (no period in force) with the same dates is fine.
    await api.ds.query(
      `INSERT INTO habilitation ("establishmentId", "networkId", "certificationId", role, "storedStatus", "startDate", "endDate")
       VALUES ($1, $2, $3, 'EVALUATOR', 'REQUESTED', '2030-01-01', '2031-12-31')`,
      [a.establishmentId, row.networkId, row.certificationId],
    );
  });

  it("holds under two concurrent transactions: the second waits for the first, then is refused", async () => {
    const e = await freshEstablishment();
    const h = await createHabilitation(api, e.id, "CLEA_NUMERIQUE", "EVALUATOR");
    const [row] = await api.ds.query(`SELECT "networkId", "certificationId" FROM habilitation WHERE id = $1`, [h.id]);
    const insert = `INSERT INTO habilitation ("establishmentId", "networkId", "certificationId", role, "storedStatus", "startDate", "endDate")
                    VALUES ($1, $2, $3, 'EVALUATOR', 'GRANTED', $4, $5)`;
    const one = new pg.Client({ connectionString: api.url });
    const two = new pg.Client({ connectionString: api.url });
    await one.connect();
    await two.connect();
    try {
      await one.query("BEGIN");
      await two.query("BEGIN");
      await one.query(insert, [e.id, row.networkId, row.certificationId, "2030-01-01", "2030-12-31"]);
      // Neither sees the other's uncommitted row: without the lock, both would commit.
      const second = two.query(insert, [e.id, row.networkId, row.certificationId, "2030-06-01", "2031-05-31"]).then(
        () => "inserted",
        (err: { code?: string }) => err.code,
      );
      await new Promise((r) => setTimeout(r, 200));
      await one.query("COMMIT");
      expect(await second).toBe("23P01");
      await two.query("ROLLBACK");
    } finally {
      await one.end();
      await two.end();
    }
    const [{ n }] = await api.ds.query(
      `SELECT count(*)::int AS n FROM habilitation WHERE "establishmentId" = $1 AND "storedStatus" = 'GRANTED'`,
      [e.id],
    );
    expect(n).toBe(1);
  });
});

describe("renewing a habilitation", () => {
  it("creates the next GRANTED period from the day after the current end, keeping the current one, audited", async () => {
    const today = todayInFrance();
    const end = addDays(today, 30);
    const current = await granted({ startDate: "2024-01-01", endDate: end });
    const res = await renew(current.id, { endDate: "2099-12-31", decisionReference: "CP-2026-7", decisionDate: today });
    expect(res.errors).toBeUndefined();
    const next = res.data.renewHabilitation;
    expect(next).toMatchObject({
      status: "GRANTED",
      startDate: addDays(end, 1),
      endDate: "2099-12-31",
      decisionDate: today,
      decisionReference: "CP-2026-7",
      role: "EVALUATOR",
      certification: { code: "CLEA" },
      establishment: { id: current.establishmentId },
    });
    expect(next.id).not.toBe(current.id);
    const [kept] = await api.ds.query(
      `SELECT "storedStatus", "startDate"::text AS "startDate", "endDate"::text AS "endDate" FROM habilitation WHERE id = $1`,
      [current.id],
    );
    expect(kept).toEqual({ storedStatus: "GRANTED", startDate: "2024-01-01", endDate: end });
    const events = await api.ds.query(
      `SELECT action, "changedFields" FROM audit_event WHERE "entityType" = 'Habilitation' AND "entityId" = $1`,
      [next.id],
    );
    expect(events).toEqual([
      {
        action: "CREATE",
        changedFields: ["certificationId", "decisionDate", "decisionReference", "endDate", "role", "startDate", "status"],
      },
    ]);
    // Renewing the same period again would overlap the new one.
    const again = await renew(current.id, { endDate: "2099-12-31" });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", otherHabilitationId: next.id });
  });

  it("renews an EXPIRED habilitation from the day after its end, decision dated today by default", async () => {
    const current = await granted({ startDate: "2020-01-01", endDate: "2099-12-31" });
    await api.ds.query(`UPDATE habilitation SET "endDate" = '2023-06-30' WHERE id = $1`, [current.id]);
    const next = (await ok(api, RENEW, { id: current.id, i: { endDate: "2099-06-30" } })).renewHabilitation;
    expect(next).toMatchObject({ status: "GRANTED", startDate: "2023-07-01", endDate: "2099-06-30", decisionDate: todayInFrance() });
  });

  it("refuses a status RENEW cannot start from, an end before the new start, and RENEW through changeHabilitationStatus", async () => {
    const e = await freshEstablishment();
    const requested = await createHabilitation(api, e.id, "CLEA_MANAGEMENT", "EVALUATOR");
    const fromRequested = await renew(requested.id, { endDate: "2099-12-31" });
    expect(fromRequested.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_TRANSITION", status: "REQUESTED", action: "RENEW" });
    expect(fromRequested.errors?.[0]?.message).toBe(
      "Action « Renouveler » impossible sur une habilitation au statut « Demandée » (possible : Accorder, Refuser).",
    );
    const current = await granted({ startDate: "2025-01-01", endDate: "2098-12-31" });
    const before = await countRows(api, "habilitation");
    const early = await renew(current.id, { endDate: "2098-06-30" });
    expect(early.errors?.[0]?.extensions?.problems).toEqual([
      {
        field: "endDate",
        message: "La nouvelle date de fin doit être postérieure ou égale au 01/01/2099, lendemain de la fin de la période renouvelée.",
      },
    ]);
    const viaStatus = await changeStatus(api, current.id, "RENEW");
    expect(viaStatus.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "action" });
    expect(await countRows(api, "habilitation")).toBe(before);
  });

  it("lets exactly one of two concurrent renewals of the same period win", async () => {
    const current = await granted({ startDate: "2025-01-01", endDate: addDays(todayInFrance(), 10) });
    const results = await Promise.all([1, 2, 3].map(() => renew(current.id, { endDate: "2099-12-31" })));
    expect(results.filter((r) => r.data?.renewHabilitation)).toHaveLength(1);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(2);
    for (const r of refused) expect(r.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM habilitation WHERE "establishmentId" = $1`, [
      current.establishmentId,
    ]);
    expect(n).toBe(2);
  });

  it("is refused to a manager of another network as NOT_FOUND", async () => {
    const { actAs } = await import("../../test/auth-fixtures.js");
    const elsewhere = await createNetwork(api, "Réseau voisin des périodes", "GRETA");
    const manager = await actAs(api, [{ role: "NETWORK_MANAGER" as never, networkId: elsewhere.id }]);
    const current = await granted({ startDate: "2025-01-01", endDate: "2098-12-31" });
    const res = await manager.gql(RENEW, { id: current.id, i: { endDate: "2099-12-31" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
