/**
 * `orderBy` on a list (the dossiers): any declared field and direction, several at once, the id
 * last; keyset pages forwards and backwards give exactly the rows of one ORDER BY, whatever the
 * page size, and stay stable when rows are inserted meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../test/helpers.js";
import { generateDossierData } from "../seed/generator/dossier-data.js";
import { generateOrganisationData } from "../seed/generator/organisation-data.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await generateOrganisationData(api.ctx, { scale: 1, seed: 5 });
  await generateDossierData(api.ctx, { seed: 5, dossiers: 150, years: 6 });
}, 120_000);
afterAll(() => api?.close());

const LIST = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: [DossierOrder!]) {
  dossiers(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } } }`;

async function walk(orderBy: unknown, size: number, backwards = false): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (;;) {
    const vars: Record<string, unknown> = backwards ? { last: size, before: cursor, orderBy } : { first: size, after: cursor, orderBy };
    const res: { data?: any; errors?: unknown } = await api.gql(LIST, vars);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const page: any = res.data.dossiers;
    const pageIds = page.edges.map((e: any) => e.node.id);
    if (backwards) ids.unshift(...pageIds);
    else ids.push(...pageIds);
    const more = backwards ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) return ids;
    cursor = backwards ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }
}

const sql = async (order: string): Promise<string[]> =>
  (await api.ds.query(`SELECT id FROM dossier d ORDER BY ${order}`)).map((r: { id: string }) => r.id);

describe("orderBy", () => {
  it("orders by several fields with their own directions, the id breaking ties, across pages of any size", async () => {
    const orderBy = [
      { field: "STATE", direction: "ASC" },
      { field: "WINDOW_ENDS_ON", direction: "DESC" },
    ];
    // Dossiers without a window end (no préalable yet) come last whichever the direction.
    const expected = await sql(`d.state ASC, d."windowEndsOn" DESC NULLS LAST, d.id DESC`);
    expect(expected).toHaveLength(150);
    expect(await walk(orderBy, 7)).toEqual(expected);
    expect(await walk(orderBy, 100)).toEqual(expected);
    expect(await walk(orderBy, 13, true)).toEqual(expected);
  });

  it("puts rows without the date last in both directions (the order field's description)", async () => {
    const [{ missing }] = await api.ds.query(`SELECT count(*)::int AS missing FROM dossier WHERE "windowEndsOn" IS NULL`);
    expect(missing).toBeGreaterThan(0);
    for (const direction of ["ASC", "DESC"]) {
      const expected = await sql(`d."windowEndsOn" ${direction} NULLS LAST, d.id ${direction}`);
      expect(await walk([{ field: "WINDOW_ENDS_ON", direction }], 11)).toEqual(expected);
      expect(await walk([{ field: "WINDOW_ENDS_ON", direction }], 17, true)).toEqual(expected);
    }
  });

  it("defaults to the newest first, and refuses a cursor of another order or too many terms", async () => {
    expect(await walk(null, 40)).toEqual(await sql(`date_trunc('milliseconds', d."createdAt") DESC, d.id DESC`));
    const first = await api.gql(LIST, { first: 2, orderBy: [{ field: "OPENED_ON", direction: "ASC" }] });
    const wrong = await api.gql(LIST, {
      first: 2,
      after: first.data.dossiers.pageInfo.endCursor,
      orderBy: [{ field: "OPENED_ON" }, { field: "STATE" }],
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const many = await api.gql(LIST, {
      first: 2,
      orderBy: ["OPENED_ON", "STATE", "WINDOW_ENDS_ON", "CREATED_AT"].map((field) => ({ field, direction: "ASC" })),
    });
    expect(many.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps its place when rows are inserted before the cursor meanwhile", async () => {
    const orderBy = [{ field: "OPENED_ON", direction: "ASC" }];
    const firstPage = (await api.gql(LIST, { first: 10, orderBy })).data.dossiers;
    const seen = firstPage.edges.map((e: any) => e.node.id);
    // A new dossier opened long ago sorts before the cursor: the next page does not repeat or skip rows.
    await generateDossierData(api.ctx, { seed: 99, dossiers: 5, years: 10 });
    const rest = await walk(orderBy, 25);
    const next = (await api.gql(LIST, { first: 10, after: firstPage.pageInfo.endCursor, orderBy })).data.dossiers.edges.map(
      (e: any) => e.node.id,
    );
    const afterCursor = rest.slice(rest.indexOf(seen.at(-1)) + 1, rest.indexOf(seen.at(-1)) + 11);
    expect(next).toEqual(afterCursor);
    for (const id of next) expect(seen).not.toContain(id);
  });
});
