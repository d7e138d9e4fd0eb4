/**
 * Query-cost budgets (core/cost-budget.ts, ADR 0016), over real HTTP on the real PostgreSQL:
 * each signed-in caller's operations are charged their cost before they run, the answer tells
 * what is left, the bucket refills with time, an operation the bucket cannot pay is refused
 * before anything runs, the sizes come per role, and parallel requests — through two API
 * instances sharing the database — cannot spend more than the bucket holds.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs, adminGrant, type Actor } from "../test/auth-fixtures.js";
import { createTestApi, type GqlResult, type TestApi } from "../test/helpers.js";
import { countRows, createEstablishment, createNetwork, createOrganisation } from "../test/organisation-fixtures.js";
import { budgetForRoles, costBudgetsFromEnv, DEFAULT_COST_BUDGETS, type CostBudgets } from "./cost-budget.js";
import { DEFAULT_GRAPHQL_LIMITS } from "./graphql-limits.js";
import { createApp } from "./server.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ referentials: false });
});
afterAll(async () => {
  await api?.close();
});

const code = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;

/** A page of `n` networks: costs 1 + n (see costEstimator). */
const networks = (n: number) => `{ networks(first: ${n}) { edges { node { id } } } }`;
const ME = `{ me { id } }`; // costs 1

/** Another API instance on the same database, with its own budgets, listening on a free port. */
async function instance(budgets: CostBudgets | false) {
  const { apollo, listen } = await createApp({ ds: api.ds, limits: { budgets } });
  const server: Server = await listen(0, "127.0.0.1");
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    async gql(who: Actor | undefined, query: string, variables?: Record<string, unknown>): Promise<GqlResult & { headers: Headers }> {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...who?.headers },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await res.json()) as GqlResult), status: res.status, headers: res.headers };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await apollo.stop();
    },
  };
}
type Instance = Awaited<ReturnType<typeof instance>>;

/** Small buckets that barely refill (1 unit a minute) unless a role says otherwise. */
const small = (over: Partial<CostBudgets> = {}): CostBudgets => ({
  ...(Object.fromEntries(Object.values(Role).map((r) => [r, { capacity: 100, refillPerMinute: 1 }])) as CostBudgets),
  ...over,
});

/** Moves the user's bucket back in time, as if its last charge was `seconds` ago. */
const age = (userId: string, seconds: number) =>
  api.ds.query(`UPDATE query_budget SET "updatedAt" = "updatedAt" - make_interval(secs => $2) WHERE "userId" = $1`, [userId, seconds]);
const setTokens = (userId: string, tokens: number) =>
  api.ds.query(`UPDATE query_budget SET tokens = $2, "updatedAt" = now() WHERE "userId" = $1`, [userId, tokens]);

describe("with the default budgets", () => {
  it("answers each operation's cost and the caller's remaining budget in extensions", async () => {
    const analyst = await actAs(api, [{ role: Role.ANALYST }]);
    const before = Date.now();
    const r = await analyst.gql(networks(10));
    expect(r.errors).toBeUndefined();
    const { capacity, refillPerMinute } = DEFAULT_COST_BUDGETS.ANALYST;
    expect(r.extensions?.cost).toEqual({ requested: 11, maximum: DEFAULT_GRAPHQL_LIMITS.maxCost });
    expect(r.extensions?.budget).toMatchObject({ remaining: capacity - 11, capacity, refillPerMinute });
    // Full again once the 11 units are back: 11 / 50 000 of a minute, a few milliseconds.
    const resetAt = Date.parse(r.extensions?.budget.resetAt);
    expect(resetAt).toBeGreaterThanOrEqual(before - 1000);
    expect(resetAt).toBeLessThan(Date.now() + 1000);
  });

  it("sizes the budget by role: an ANALYST's is larger than an EVALUATOR's, the ADMIN's the largest", async () => {
    const network = await createNetwork(api, "Réseau des budgets");
    const organisation = await createOrganisation(api, network.id, "Organisme des budgets");
    const establishment = await createEstablishment(api, organisation, { name: "Centre des budgets" });
    const evaluator = await actAs(api, [{ role: Role.EVALUATOR, networkId: network.id, establishmentId: establishment.id }]);
    const analyst = await actAs(api, [{ role: Role.ANALYST }]);
    const admin = await actAs(api, [adminGrant]);
    const capacities = [];
    for (const who of [evaluator, analyst, admin]) {
      const r = await who.gql(ME);
      expect(r.errors).toBeUndefined();
      capacities.push(r.extensions?.budget.capacity);
    }
    expect(capacities).toEqual([
      DEFAULT_COST_BUDGETS.EVALUATOR.capacity,
      DEFAULT_COST_BUDGETS.ANALYST.capacity,
      DEFAULT_COST_BUDGETS.ADMIN.capacity,
    ]);
    expect(capacities[0]).toBeLessThan(capacities[1]);
    expect(capacities[1]).toBeLessThan(capacities[2]);
  });

  it("does not charge anonymous operations, nor an operation that costs nothing", async () => {
    const rows = await countRows(api, "query_budget");
    const anonymous = await api.anonymousGql(`{ verifyCertificate(number: "CLEA-0000-0000-0000") { holderInitials } }`);
    expect(anonymous.extensions?.cost?.requested).toBeGreaterThan(0);
    expect(anonymous.extensions?.budget).toBeUndefined();
    const analyst = await actAs(api, [{ role: Role.ANALYST }]);
    const free = await analyst.gql(`{ __typename apiVersion }`);
    expect(free.extensions?.cost).toEqual({ requested: 0, maximum: DEFAULT_GRAPHQL_LIMITS.maxCost });
    expect(free.extensions?.budget).toBeUndefined();
    expect(await countRows(api, "query_budget")).toBe(rows);
  });
});

describe("with small budgets", () => {
  let one: Instance;
  let two: Instance;
  beforeAll(async () => {
    const budgets = small({ EVALUATOR: { capacity: 40, refillPerMinute: 1 }, JURY: { capacity: 100, refillPerMinute: 60 } });
    one = await instance(budgets);
    two = await instance(budgets);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  it("takes each operation's cost from the budget", async () => {
    const analyst = await actAs(api, [{ role: Role.ANALYST }]);
    const remaining = [];
    for (const q of [networks(10), networks(5), ME]) remaining.push((await one.gql(analyst, q)).extensions?.budget.remaining);
    expect(remaining).toEqual([100 - 11, 100 - 11 - 6, 100 - 11 - 6 - 1]);
  });

  it("refills with time, up to the capacity and no further", async () => {
    const jury = await actAs(api, [{ role: Role.JURY }]); // 100, refilled by 60 a minute
    expect((await one.gql(jury, networks(29))).extensions?.budget).toMatchObject({ remaining: 70, capacity: 100, refillPerMinute: 60 });
    await age(jury.id, 10); // 10 s at 1 a second: 10 units back
    expect((await one.gql(jury, networks(9))).extensions?.budget.remaining).toBe(70 + 10 - 10);
    await age(jury.id, 3600); // an hour: full, not 3 600 units more
    expect((await one.gql(jury, ME)).extensions?.budget.remaining).toBe(100 - 1);
  });

  it("refuses an operation the budget cannot pay before it runs (the mutation is not applied), saying when enough will be back", async () => {
    const admin = await actAs(api, [adminGrant]); // 100, refilled by 1 a minute
    expect((await one.gql(admin, ME)).errors).toBeUndefined();
    await setTokens(admin.id, 5);
    const before = await countRows(api, "network");
    const r = await one.gql(
      admin,
      `mutation { createNetwork(input: { name: "Réseau de trop", kind: APP }) { id organisations(first: 5) { edges { node { id } } } } }`,
    );
    expect(r.status).toBe(429);
    expect(code(r)).toBe("QUERY_BUDGET_EXHAUSTED");
    expect(r.data ?? null).toBeNull();
    expect(await countRows(api, "network")).toBe(before);
    // 7 asked for, 5 left, 1 a minute: 2 minutes to wait.
    expect(r.errors?.[0]?.message).toMatch(/^Budget de requêtes épuisé : cette requête coûte 7 et il vous reste 5 sur 100\./);
    expect(r.errors?.[0]?.message).toMatch(/il suffira pour cette requête dans 2 minutes\./);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      retryAfterSeconds: 120,
      cost: { requested: 7, maximum: DEFAULT_GRAPHQL_LIMITS.maxCost },
      budget: { remaining: 5, capacity: 100, refillPerMinute: 1 },
    });
    expect(Date.parse(r.errors?.[0]?.extensions?.retryAt) - Date.now()).toBeGreaterThan(110_000);
    expect(r.headers.get("retry-after")).toBe("120");
    expect(r.extensions).toMatchObject({ cost: { requested: 7 }, budget: { remaining: 5, capacity: 100 } });
    // Nothing was taken by the refusal: what is left still pays a smaller operation.
    expect((await one.gql(admin, networks(4))).extensions?.budget.remaining).toBe(0);
    expect(code(await one.gql(admin, ME))).toBe("QUERY_BUDGET_EXHAUSTED");
  });

  it("gives the message in seconds when the wait is short", async () => {
    const jury = await actAs(api, [{ role: Role.JURY }]); // 60 a minute
    expect((await one.gql(jury, ME)).errors).toBeUndefined();
    await setTokens(jury.id, 0);
    const r = await one.gql(jury, networks(10)); // 11 at 1 a second
    expect(code(r)).toBe("QUERY_BUDGET_EXHAUSTED");
    expect(r.errors?.[0]?.message).toMatch(/il suffira pour cette requête dans 11 secondes\./);
  });

  it("refuses with QUERY_TOO_COSTLY an operation costing more than the whole bucket (waiting would not help)", async () => {
    const analyst = await actAs(api, [{ role: Role.ANALYST }]);
    const r = await one.gql(analyst, networks(100));
    expect(r.status).toBe(400);
    expect(code(r)).toBe("QUERY_TOO_COSTLY");
    expect(r.errors?.[0]?.extensions).toMatchObject({ maximum: 100, found: 101 });
    expect(r.errors?.[0]?.message).toMatch(/pour votre budget/);
  });

  it("sizes the bucket by role, the most generous of a user's roles winning", async () => {
    const network = await createNetwork(api, "Réseau des petits budgets");
    const organisation = await createOrganisation(api, network.id, "Organisme des petits budgets");
    const establishment = await createEstablishment(api, organisation, { name: "Centre des petits budgets" });
    const evaluatorGrant = { role: Role.EVALUATOR, networkId: network.id, establishmentId: establishment.id };
    const evaluator = await actAs(api, [evaluatorGrant]);
    const analyst = await actAs(api, [{ role: Role.ANALYST }]);
    const both = await actAs(api, [evaluatorGrant, { role: Role.ANALYST }]);
    expect((await one.gql(evaluator, ME)).extensions?.budget).toMatchObject({ remaining: 39, capacity: 40 });
    expect((await one.gql(analyst, ME)).extensions?.budget).toMatchObject({ remaining: 99, capacity: 100 });
    expect((await one.gql(both, ME)).extensions?.budget).toMatchObject({ remaining: 99, capacity: 100 });
    // 50 is within the analyst's bucket, not within the evaluator's.
    expect(code(await one.gql(evaluator, networks(49)))).toBe("QUERY_TOO_COSTLY");
    expect((await one.gql(analyst, networks(49))).errors).toBeUndefined();
  });

  it("keeps each user's budget apart", async () => {
    const spent = await actAs(api, [{ role: Role.ANALYST }]);
    const other = await actAs(api, [{ role: Role.ANALYST }]);
    expect((await one.gql(spent, ME)).errors).toBeUndefined();
    await setTokens(spent.id, 0);
    expect(code(await one.gql(spent, ME))).toBe("QUERY_BUDGET_EXHAUSTED");
    expect((await one.gql(other, networks(10))).extensions?.budget.remaining).toBe(89);
  });

  it("lets 20 parallel requests through two API instances spend no more than the bucket holds", async () => {
    const analyst = await actAs(api, [{ role: Role.ANALYST }]); // 100, refilled by 1 a minute
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).gql(analyst, networks(10)))); // 11 each
    const accepted = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(refused.every((r) => code(r) === "QUERY_BUDGET_EXHAUSTED")).toBe(true);
    expect(accepted.length * 11).toBeLessThanOrEqual(100);
    expect(accepted).toHaveLength(9); // 9 × 11 = 99: every unit that could be spent was
    const [{ tokens }] = await api.ds.query(`SELECT tokens FROM query_budget WHERE "userId" = $1`, [analyst.id]);
    expect(tokens).toBeGreaterThanOrEqual(1);
    expect(tokens).toBeLessThan(2);
    // Each accepted answer saw a distinct remaining budget: no two spent the same units.
    expect(new Set(accepted.map((r) => r.extensions?.budget.remaining)).size).toBe(9);
  });

  it("charges nothing when budgets are off (GRAPHQL_BUDGETS=off)", async () => {
    const off = await instance(false);
    try {
      const analyst = await actAs(api, [{ role: Role.ANALYST }]);
      const r = await off.gql(analyst, networks(10));
      expect(r.errors).toBeUndefined();
      expect(r.extensions?.cost).toEqual({ requested: 11, maximum: DEFAULT_GRAPHQL_LIMITS.maxCost });
      expect(r.extensions?.budget).toBeUndefined();
      const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM query_budget WHERE "userId" = $1`, [analyst.id]);
      expect(n).toBe(0);
    } finally {
      await off.close();
    }
  });
});

describe("configuration", () => {
  it("reads each role's budget from GRAPHQL_BUDGET_<ROLE> and refuses a malformed one", () => {
    expect(costBudgetsFromEnv({})).toEqual(DEFAULT_COST_BUDGETS);
    expect(costBudgetsFromEnv({ GRAPHQL_BUDGETS: "off" })).toBe(false);
    const b = costBudgetsFromEnv({ GRAPHQL_BUDGET_ANALYST: "500000/100000", GRAPHQL_BUDGET_TRAINER: " 5000 / 1000 " });
    expect(b && b.ANALYST).toEqual({ capacity: 500_000, refillPerMinute: 100_000 });
    expect(b && b.TRAINER).toEqual({ capacity: 5000, refillPerMinute: 1000 });
    expect(b && b.ADMIN).toEqual(DEFAULT_COST_BUDGETS.ADMIN);
    for (const raw of ["500000", "0/10", "10/0", "-5/10", "1.5/10", "lots/10"])
      expect(() => costBudgetsFromEnv({ GRAPHQL_BUDGET_EVALUATOR: raw }), raw).toThrow(/GRAPHQL_BUDGET_EVALUATOR/);
    expect(() => costBudgetsFromEnv({ GRAPHQL_BUDGETS: "maybe" })).toThrow(/GRAPHQL_BUDGETS/);
  });

  it("gives the defaults in order: centre staff < network manager < analyst < admin", () => {
    const d = DEFAULT_COST_BUDGETS;
    for (const staff of [d.TRAINER, d.EVALUATOR, d.ADVISOR, d.CENTRE_MANAGER])
      expect(staff.capacity).toBeLessThan(d.NETWORK_MANAGER.capacity);
    expect(d.NETWORK_MANAGER.capacity).toBeLessThan(d.ANALYST.capacity);
    expect(d.ANALYST.capacity).toBeLessThan(d.ADMIN.capacity);
    // Every role can run one operation at the maximum cost.
    for (const b of Object.values(d)) expect(b.capacity).toBeGreaterThanOrEqual(DEFAULT_GRAPHQL_LIMITS.maxCost);
  });

  it("gives a user with several roles the most generous, and one with none the smallest", () => {
    const b = small({ ANALYST: { capacity: 500, refillPerMinute: 5 }, EVALUATOR: { capacity: 50, refillPerMinute: 50 } });
    expect(budgetForRoles(b, [Role.EVALUATOR, Role.ANALYST])).toEqual({ capacity: 500, refillPerMinute: 50 });
    expect(budgetForRoles(b, [])).toEqual({ capacity: 50, refillPerMinute: 1 });
  });
});
