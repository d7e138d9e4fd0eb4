/**
 * Funding lines: per dossier and step, amounts as exact decimal strings (never floats), a CPF line
 * names its EDOF number, written by the dossier's managers and advisors in scope, audited; bad
 * input is refused field by field and writes nothing.
 */
import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs, type Actor } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { countRows, countStatements, ok } from "../../test/organisation-fixtures.js";
import { centreManager, fixtureDossier, juryWorld, type JuryWorld } from "../../test/jury-fixtures.js";

let api: TestApi;
let world: JuryWorld;
let advisor: Actor;

beforeAll(async () => {
  api = await createTestApi();
  world = await juryWorld(api, "Financements");
  advisor = await actAs(api, [{ role: Role.ADVISOR, networkId: world.network.id, establishmentId: world.establishment.id }]);
});
afterAll(() => api?.close());

const ADD = `mutation($i: AddFundingLineInput!) { addFundingLine(input: $i) { id dossierId step funderType funderReference amount status networkId establishmentId } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateFundingLineInput!) { updateFundingLine(id: $id, input: $i) { id step funderType funderReference amount status } }`;
const CANCEL = `mutation($id: ID!) { cancelFundingLine(id: $id) { id status } }`;

const line = (dossierId: string, over: Record<string, unknown> = {}) => ({
  dossierId,
  step: "PRELIMINARY",
  funderType: "REGION",
  amount: "450.00",
  ...over,
});

const snapshot = async () => [await countRows(api, "funding_line"), await countRows(api, "audit_event")];

describe("funding lines", () => {
  it("are added with exact decimal amounts, summed exactly by PostgreSQL, and audited", async () => {
    const d = await fixtureDossier(api, world);
    const a = (await advisor.gql(ADD, { i: line(d.id, { amount: "0.10" }) })).data.addFundingLine;
    expect(a).toMatchObject({
      dossierId: d.id,
      step: "PRELIMINARY",
      funderType: "REGION",
      funderReference: null,
      amount: "0.10",
      status: "REQUESTED",
      networkId: world.network.id,
      establishmentId: world.establishment.id,
    });
    const b = (
      await advisor.gql(ADD, {
        i: line(d.id, { amount: "0.2", step: "TRAINING", funderType: "OPCO", funderReference: "ACC-2026-118", status: "AGREED" }),
      })
    ).data.addFundingLine;
    expect(b.amount).toBe("0.20");
    const [{ total }] = await api.ds.query(`SELECT sum(amount)::text AS total FROM funding_line WHERE "dossierId" = $1`, [d.id]);
    expect(total).toBe("0.30");
    const big = (await advisor.gql(ADD, { i: line(d.id, { amount: "999999999.99" }) })).data.addFundingLine;
    expect(big.amount).toBe("999999999.99");
    const events = await api.ds.query(`SELECT action, "entityType", "establishmentId" FROM audit_event WHERE "entityId" = $1`, [a.id]);
    expect(events).toEqual([{ action: "CREATE", entityType: "FundingLine", establishmentId: world.establishment.id }]);
  });

  it("refuse floats, negatives, too many decimals or too large amounts, unknown enums and a CPF line without its EDOF number — writing nothing", async () => {
    const d = await fixtureDossier(api, world);
    const before = await snapshot();
    for (const amount of ["12.345", "-1", "-0.01", "1000000000", "1e3", "12,50", "", " ", "abc", "1."]) {
      const res = await advisor.gql(ADD, { i: line(d.id, { amount }) });
      expect(res.errors?.[0]?.extensions?.code, amount).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field, amount).toBe("amount");
    }
    // A JSON number is not a string: GraphQL refuses it before the service.
    const float = await advisor.gql(ADD, { i: line(d.id, { amount: 12.5 }) });
    expect(float.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    const unknown = await advisor.gql(ADD, { i: line(d.id, { funderType: "BANK" }) });
    expect(unknown.errors).toBeDefined();
    const cpf = await advisor.gql(ADD, { i: line(d.id, { funderType: "CPF", funderReference: "  " }) });
    expect(cpf.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "funderReference" });
    expect(await snapshot()).toEqual(before);
    const withEdof = await advisor.gql(ADD, { i: line(d.id, { funderType: "CPF", funderReference: "11223344556" }) });
    expect(withEdof.data.addFundingLine.funderReference).toBe("11223344556");
  });

  it("are changed and cancelled, audited with the changed fields; a cancelled line no longer changes", async () => {
    const d = await fixtureDossier(api, world);
    const l = (await ok(api, ADD, { i: line(d.id) })).addFundingLine;
    const manager = await centreManager(api, world);
    const updated = (await manager.gql(UPDATE, { id: l.id, i: { amount: "475.5", status: "PAID", step: "PRELIMINARY" } })).data
      .updateFundingLine;
    expect(updated).toMatchObject({ amount: "475.50", status: "PAID", step: "PRELIMINARY" });
    const [event] = await api.ds.query(`SELECT "changedFields" FROM audit_event WHERE "entityId" = $1 AND action = 'UPDATE'`, [l.id]);
    expect(event.changedFields).toEqual(["amount", "status"]);
    // Switching to CPF needs the EDOF number.
    const cpf = await manager.gql(UPDATE, { id: l.id, i: { funderType: "CPF" } });
    expect(cpf.errors?.[0]?.extensions?.field).toBe("funderReference");
    const bad = await manager.gql(UPDATE, { id: l.id, i: { amount: "475.555" } });
    expect(bad.errors?.[0]?.extensions?.field).toBe("amount");
    const [{ amount }] = await api.ds.query(`SELECT amount::text FROM funding_line WHERE id = $1`, [l.id]);
    expect(amount).toBe("475.50");

    expect((await manager.gql(CANCEL, { id: l.id })).data.cancelFundingLine.status).toBe("CANCELLED");
    expect((await manager.gql(CANCEL, { id: l.id })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await manager.gql(UPDATE, { id: l.id, i: { amount: "1.00" } })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("are written only by managers and advisors of the dossier's scope", async () => {
    const d = await fixtureDossier(api, world);
    const evaluator = await actAs(api, [{ role: Role.EVALUATOR, networkId: world.network.id, establishmentId: world.establishment.id }]);
    const other = await juryWorld(api, "Financements voisins");
    const foreign = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: other.network.id }]);
    const networkManager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: world.network.id }]);
    const before = await snapshot();
    expect((await evaluator.gql(ADD, { i: line(d.id) })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await foreign.gql(ADD, { i: line(d.id) })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
    expect((await networkManager.gql(ADD, { i: line(d.id) })).errors).toBeUndefined();
  });

  it("are listed in scope with filters, and on each dossier without one query per dossier", async () => {
    const d1 = await fixtureDossier(api, world);
    const d2 = await fixtureDossier(api, world);
    await ok(api, ADD, { i: line(d1.id, { funderType: "FRANCE_TRAVAIL", step: "TRAINING", amount: "1200.00" }) });
    await ok(api, ADD, { i: line(d1.id, { funderType: "EMPLOYER", step: "CERTIFICATION", amount: "5.00" }) });
    await ok(api, ADD, { i: line(d2.id, { funderType: "FRANCE_TRAVAIL", step: "PRELIMINARY", amount: "20.00" }) });
    const other = await juryWorld(api, "Financements ailleurs");
    const elsewhere = await fixtureDossier(api, other);
    await ok(api, ADD, { i: line(elsewhere.id, { funderType: "FRANCE_TRAVAIL" }) });

    const LIST = `query($f: FundingLineFilter) { fundingLines(first: 50, filter: $f) { totalCount edges { node { dossierId amount funderType step } } } }`;
    const manager = await centreManager(api, world);
    const ft = (await manager.gql(LIST, { f: { funderType: { eq: "FRANCE_TRAVAIL" } } })).data.fundingLines;
    expect(ft.edges.every((e: any) => e.node.dossierId !== elsewhere.id)).toBe(true);
    expect(ft.edges.map((e: any) => e.node.dossierId)).toEqual(expect.arrayContaining([d1.id, d2.id]));
    const one = (await manager.gql(LIST, { f: { dossierId: { eq: d1.id }, step: { eq: "TRAINING" } } })).data.fundingLines;
    expect(one).toMatchObject({ totalCount: 1, edges: [{ node: { amount: "1200.00", funderType: "FRANCE_TRAVAIL" } }] });
    expect((await manager.gql(LIST, { f: { dossierId: { eq: "pas-un-id" } } })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const DOSSIERS = `query($a: ID!, $b: ID!) { a: dossier(id: $a) { fundingLines { amount step } } b: dossier(id: $b) { fundingLines { amount } } }`;
    const res = await manager.gql(DOSSIERS, { a: d1.id, b: d2.id });
    expect(res.data.a.fundingLines).toEqual([
      { amount: "1200.00", step: "TRAINING" },
      { amount: "5.00", step: "CERTIFICATION" },
    ]);
    expect(res.data.b.fundingLines).toEqual([{ amount: "20.00" }]);
    const statements = await countStatements(api, () => manager.gql(DOSSIERS, { a: d1.id, b: d2.id }));
    expect(statements.filter((s) => /FROM "funding_line"/.test(s))).toHaveLength(1);
  });

  it("filter on their dossier (a relation) and combinations, sort as asked through two pages, within the scope", async () => {
    const refused = await fixtureDossier(api, world, { state: "SUBMITTED_TO_JURY" });
    const open = await fixtureDossier(api, world);
    await ok(api, ADD, { i: line(refused.id, { funderType: "OPCO", amount: "300.00" }) });
    await ok(api, ADD, { i: line(refused.id, { funderType: "REGION", amount: "900.00", status: "AGREED" }) });
    await ok(api, ADD, { i: line(refused.id, { funderType: "CPF", funderReference: "EDOF-1", amount: "150.00" }) });
    await ok(api, ADD, { i: line(open.id, { funderType: "OPCO", amount: "600.00" }) });
    const other = await juryWorld(api, "Financements hors réseau");
    const outside = await fixtureDossier(api, other, { state: "SUBMITTED_TO_JURY" });
    await ok(api, ADD, { i: line(outside.id, { funderType: "OPCO", amount: "5000.00" }) });

    const PAGE = `query($f: FundingLineFilter, $after: String) {
      fundingLines(first: 2, after: $after, filter: $f, orderBy: [{ field: AMOUNT, direction: DESC }]) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { dossierId amount } } } }`;
    const manager = await centreManager(api, world);
    const f = {
      dossier: { state: { eq: "SUBMITTED_TO_JURY" } },
      or: [{ funderType: { in: ["OPCO", "CPF"] } }, { status: { eq: "AGREED" } }],
    };
    const first = (await manager.gql(PAGE, { f })).data.fundingLines;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await manager.gql(PAGE, { f, after: first.pageInfo.endCursor })).data.fundingLines;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const rows = [...first.edges, ...second.edges].map((e: any) => e.node);
    expect(rows.map((n: any) => n.amount)).toEqual(["900.00", "300.00", "150.00"]);
    expect(rows.every((n: any) => n.dossierId === refused.id)).toBe(true);
    const big = (await manager.gql(PAGE, { f: { amount: { gte: "1000.00" }, dossier: { state: { eq: "SUBMITTED_TO_JURY" } } } })).data
      .fundingLines;
    expect(big.totalCount).toBe(0);
    expect(
      (await api.gql(PAGE, { f: { amount: { gte: "1000.00" }, dossier: { state: { eq: "SUBMITTED_TO_JURY" } } } })).data.fundingLines
        .totalCount,
    ).toBeGreaterThan(0);
  });
});
