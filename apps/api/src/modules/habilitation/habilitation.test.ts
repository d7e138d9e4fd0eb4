import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs } from "../../test/auth-fixtures.js";
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
import { todayInFrance } from "../../core/dates.js";

let api: TestApi;
let network: { id: string };
let establishment: { id: string };
let nic = 1;
/** A fresh establishment per test, so that each habilitation story starts clean. */
async function freshEstablishment() {
  return createEstablishment(api, organisation, { name: `Centre ${nic}`, nic: nic++ });
}
let organisation: { id: string; siren: string };

beforeAll(async () => {
  api = await createTestApi();
  network = await createNetwork(api, "Réseau des habilitations", "APP");
  organisation = await createOrganisation(api, network.id, "APP Habilitations");
  establishment = await freshEstablishment();
});
afterAll(async () => {
  await api?.close();
});

const VALID = { startDate: "2025-01-01", endDate: "2099-12-31" };
const HAB = `query($id: ID!) { establishment(id: $id) { habilitations { id status allowedActions startDate endDate decisionDate decisionReference role
  networkId establishmentId certification { code name } establishment { id } } } }`;

describe("requesting a habilitation", () => {
  it("creates it REQUESTED, in the establishment's network, with the actions a decision allows", async () => {
    const h = await createHabilitation(api, establishment.id, "CLEA_NUMERIQUE", "TRAINER");
    expect(h).toMatchObject({ status: "REQUESTED", networkId: network.id, allowedActions: ["GRANT", "REFUSE"] });
    const [read] = (await ok(api, HAB, { id: establishment.id })).establishment.habilitations;
    expect(read).toMatchObject({ role: "TRAINER", certification: { code: "CLEA_NUMERIQUE" }, establishment: { id: establishment.id } });
  });

  it("refuses an end date before the start date, and writes nothing", async () => {
    const before = await countRows(api, "habilitation");
    const res = await api.gql(`mutation($i: CreateHabilitationInput!) { createHabilitation(input: $i) { id } }`, {
      i: {
        establishmentId: establishment.id,
        certificationCode: "CLEA",
        role: "EVALUATOR",
        startDate: "2025-06-01",
        endDate: "2025-05-31",
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ field: "endDate", message: "La date de fin doit être postérieure ou égale à la date de début." }],
    });
    expect(await countRows(api, "habilitation")).toBe(before);
  });

  it("refuses a second open request for the same certification and role with CONFLICT", async () => {
    const e = await freshEstablishment();
    await createHabilitation(api, e.id, "CLEA");
    const res = await api.gql(
      `mutation($e: ID!) { createHabilitation(input: { establishmentId: $e, certificationCode: CLEA, role: EVALUATOR }) { id } }`,
      { e: e.id },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0]?.message).toContain("Demandée");
  });

  it("answers NOT_FOUND for an unknown establishment", async () => {
    const res = await api.gql(
      `mutation { createHabilitation(input: { establishmentId: "6f1c2a9e-0000-4000-8000-000000000000", certificationCode: CLEA, role: EVALUATOR }) { id } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("habilitation life cycle", () => {
  it("grants, suspends, reinstates and withdraws, offering at each step only the allowed actions", async () => {
    const e = await freshEstablishment();
    const h = await createHabilitation(api, e.id, "CLEA");
    const granted = await changeStatus(api, h.id, "GRANT", { ...VALID, decisionReference: "CP-2025-0042" });
    expect(granted.errors).toBeUndefined();
    expect(granted.data.changeHabilitationStatus).toMatchObject({
      status: "GRANTED",
      allowedActions: ["SUSPEND", "WITHDRAW", "RENEW"],
      startDate: "2025-01-01",
      endDate: "2099-12-31",
      decisionDate: todayInFrance(),
    });
    expect((await changeStatus(api, h.id, "SUSPEND")).data.changeHabilitationStatus).toMatchObject({
      status: "SUSPENDED",
      allowedActions: ["REINSTATE", "WITHDRAW"],
    });
    expect((await changeStatus(api, h.id, "REINSTATE")).data.changeHabilitationStatus.status).toBe("GRANTED");
    expect((await changeStatus(api, h.id, "WITHDRAW")).data.changeHabilitationStatus).toMatchObject({
      status: "WITHDRAWN",
      allowedActions: [],
    });
  });

  it("refuses a transition the life cycle does not allow with INVALID_TRANSITION, changing nothing", async () => {
    const e = await freshEstablishment();
    const h = await createHabilitation(api, e.id, "CLEA");
    const suspend = await changeStatus(api, h.id, "SUSPEND");
    expect(suspend.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_TRANSITION",
      status: "REQUESTED",
      allowedActions: ["GRANT", "REFUSE"],
    });
    expect(suspend.errors?.[0]?.message).toBe(
      "Action « Suspendre » impossible sur une habilitation au statut « Demandée » (possible : Accorder, Refuser).",
    );
    expect((await changeStatus(api, h.id, "REFUSE")).data.changeHabilitationStatus.status).toBe("REFUSED");
    const grant = await changeStatus(api, h.id, "GRANT", VALID);
    expect(grant.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
    const [read] = (await ok(api, HAB, { id: e.id })).establishment.habilitations;
    expect(read).toMatchObject({ status: "REFUSED", startDate: null, endDate: null });
  });

  it("requires the start and end dates to grant, naming both fields", async () => {
    const e = await freshEstablishment();
    const h = await createHabilitation(api, e.id, "CLEA");
    const res = await changeStatus(api, h.id, "GRANT");
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.problems.map((p: any) => p.field)).toEqual(["startDate", "endDate"]);
    const past = await changeStatus(api, h.id, "GRANT", { startDate: "2019-01-01", endDate: "2020-01-01" });
    expect(past.errors?.[0]?.extensions?.problems).toEqual([
      { field: "endDate", message: "La date de fin est passée : l'habilitation serait aussitôt expirée." },
    ]);
    const [read] = (await ok(api, HAB, { id: e.id })).establishment.habilitations;
    expect(read.status).toBe("REQUESTED");
  });
});

describe("expiry", () => {
  it("shows a granted habilitation past its end date as EXPIRED, with only renewal left", async () => {
    const e = await freshEstablishment();
    const h = await createHabilitation(api, e.id, "CLEA_MANAGEMENT");
    await changeStatus(api, h.id, "GRANT", VALID);
    const updated = await ok(
      api,
      `mutation($id: ID!) { updateHabilitation(id: $id, input: { startDate: "2020-01-01", endDate: "2022-12-31" }) { status allowedActions } }`,
      {
        id: h.id,
      },
    );
    expect(updated.updateHabilitation).toEqual({ status: "EXPIRED", allowedActions: ["RENEW"] });
    const [{ storedStatus }] = await api.ds.query(`SELECT "storedStatus" FROM habilitation WHERE id = $1`, [h.id]);
    expect(storedStatus).toBe("GRANTED");
    const withdraw = await changeStatus(api, h.id, "WITHDRAW");
    expect(withdraw.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_TRANSITION", status: "EXPIRED" });
  });

  it("keeps a granted habilitation's dates: clearing one is refused", async () => {
    const e = await freshEstablishment();
    const h = await createHabilitation(api, e.id, "CLEA");
    await changeStatus(api, h.id, "GRANT", VALID);
    const res = await api.gql(`mutation($id: ID!) { updateHabilitation(id: $id, input: { endDate: null }) { id } }`, { id: h.id });
    expect(res.errors?.[0]?.extensions?.problems).toEqual([
      { field: "endDate", message: "La date de fin est obligatoire pour une habilitation accordée ou suspendue." },
    ]);
  });
});

describe("habilitation list", () => {
  it("filters by effective status, network and establishment", async () => {
    const otherNetwork = await createNetwork(api, "Réseau filtré", "GRETA");
    const org = await createOrganisation(api, otherNetwork.id, "GRETA filtré");
    const e = await createEstablishment(api, org, { name: "Filtré", nic: 1 });
    const active = await createHabilitation(api, e.id, "CLEA");
    await changeStatus(api, active.id, "GRANT", VALID);
    const expired = await createHabilitation(api, e.id, "CLEA_NUMERIQUE");
    await changeStatus(api, expired.id, "GRANT", VALID);
    await api.ds.query(`UPDATE habilitation SET "startDate" = '2020-01-01', "endDate" = '2021-01-01' WHERE id = $1`, [expired.id]);
    const requested = await createHabilitation(api, e.id, "CLEA_MANAGEMENT");

    const LIST = `query($f: HabilitationFilter) { habilitations(filter: $f) { totalCount edges { node { id status } } } }`;
    const ids = async (f: Record<string, unknown>) =>
      (await ok(api, LIST, { f })).habilitations.edges.map((edge: any) => edge.node.id).sort();
    const n = { networkId: { eq: otherNetwork.id } };
    expect(await ids(n)).toEqual([active.id, expired.id, requested.id].sort());
    expect(await ids({ ...n, status: { eq: "GRANTED" } })).toEqual([active.id]);
    expect(await ids({ ...n, status: { eq: "EXPIRED" } })).toEqual([expired.id]);
    expect(await ids({ establishmentId: { eq: e.id }, status: { eq: "REQUESTED" } })).toEqual([requested.id]);
    expect(await ids({ ...n, status: { in: ["GRANTED", "REQUESTED"] }, not: { certificationCode: { eq: "CLEA" } } })).toEqual([
      requested.id,
    ]);
    expect(
      await ids({
        establishment: { name: { eq: "Filtré" }, network: { kind: { eq: "GRETA" } } },
        certificationCode: { eq: "CLEA_NUMERIQUE" },
      }),
    ).toEqual([expired.id]);
    const expiredNodes = (await ok(api, LIST, { f: { status: { eq: "EXPIRED" } } })).habilitations.edges;
    expect(expiredNodes.every((edge: any) => edge.node.status === "EXPIRED")).toBe(true);
  });

  it("sorts by end date and pages through it; a network manager sees only their network", async () => {
    const sorted = await createNetwork(api, "Réseau trié", "APP");
    const org = await createOrganisation(api, sorted.id, "APP trié");
    const e = await createEstablishment(api, org, { name: "Trié", nic: 1 });
    const ends = ["2031-01-01", "2029-06-30", "2030-03-15"];
    const byEnd: string[] = [];
    for (const [i, code] of ["CLEA", "CLEA_NUMERIQUE", "CLEA_MANAGEMENT"].entries()) {
      const h = await createHabilitation(api, e.id, code);
      await changeStatus(api, h.id, "GRANT", { startDate: "2025-01-01", endDate: ends[i]! });
      byEnd.push(h.id);
    }
    const trainer = await createHabilitation(api, e.id, "CLEA", "TRAINER"); // requested: no end date, last
    const PAGE = `query($f: HabilitationFilter, $o: [HabilitationOrder!], $after: String) {
      habilitations(filter: $f, orderBy: $o, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id endDate } } } }`;
    const args = { f: { establishmentId: { eq: e.id } }, o: [{ field: "END_DATE", direction: "ASC" }] };
    const first = (await ok(api, PAGE, args)).habilitations;
    const second = (await ok(api, PAGE, { ...args, after: first.pageInfo.endCursor })).habilitations;
    expect([...first.edges, ...second.edges].map((edge: any) => edge.node.id)).toEqual([byEnd[1], byEnd[2], byEnd[0], trainer.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
    const seen = await manager.gql(PAGE, { f: { or: [{ networkId: { eq: sorted.id } }, { establishment: { name: { eq: "Trié" } } }] } });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.habilitations.totalCount).toBe(0);
  });
});
