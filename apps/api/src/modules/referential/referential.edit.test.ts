import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../test/helpers.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

async function ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await api.gql<T>(query, variables);
  expect(r.errors).toBeUndefined();
  return r.data!;
}
async function refused(query: string, variables?: Record<string, unknown>) {
  const r = await api.gql(query, variables);
  expect(r.data?.[Object.keys(r.data ?? {})[0] ?? ""] ?? null).toBeNull();
  expect(r.errors).toHaveLength(1);
  return r.errors![0]!;
}

/** A digest of every référentiel table: equal digests, nothing written. */
async function fingerprint(): Promise<string> {
  const tables = ["certification", "referential", "domain", "sub_domain", "criterion"];
  const rows = await api.ds.query(
    `SELECT ${tables.map((t) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x.id), '')) FROM "${t}" x) AS "${t}"`).join(", ")}`,
  );
  return JSON.stringify(rows[0]);
}

const TREE = `id version status publishedAt domainCount subDomainCount criterionCount
  domains { id code title position subDomains { id code title position thresholdPercent mandatoryCriteria
    criteria { id code title position } } }`;

async function version(id: string) {
  return (await ok(`query($id: ID!) { referential(id: $id) { ${TREE} } }`, { id })).referential;
}
async function current(code: string) {
  return (await ok(`query($code: CertificationCode!) { certification(code: $code) { currentReferential { ${TREE} } } }`, { code }))
    .certification.currentReferential;
}
const sub = (r: any, code: string) => r.domains.flatMap((d: any) => d.subDomains).find((s: any) => s.code === code);
const crit = (r: any, code: string) =>
  r.domains.flatMap((d: any) => d.subDomains.flatMap((s: any) => s.criteria)).find((c: any) => c.code === code);

describe("a published version is immutable", () => {
  it("refuses every change with REFERENTIAL_IMMUTABLE, in French, and writes nothing", async () => {
    const published = await current("CLEA");
    const d = published.domains[0];
    const s = d.subDomains[0];
    const c = s.criteria[0];
    const before = await fingerprint();
    const attempts: [string, Record<string, unknown>][] = [
      [`mutation($id: ID!) { updateReferentialDraft(id: $id, input: { label: "x" }) { id } }`, { id: published.id }],
      [`mutation($id: ID!) { deleteReferentialDraft(id: $id) }`, { id: published.id }],
      [`mutation($id: ID!) { publishReferential(id: $id) { id } }`, { id: published.id }],
      [`mutation($id: ID!) { addDomain(referentialId: $id, input: { code: "D8", title: "Nouveau" }) { id } }`, { id: published.id }],
      [`mutation($id: ID!) { updateDomain(id: $id, input: { title: "Autre" }) { id } }`, { id: d.id }],
      [`mutation($id: ID!) { removeDomain(id: $id) { id } }`, { id: d.id }],
      [`mutation($id: ID!) { moveDomain(id: $id, position: 3) { id } }`, { id: d.id }],
      [`mutation($id: ID!) { addSubDomain(domainId: $id, input: { code: "D1.9" }) { id } }`, { id: d.id }],
      [`mutation($id: ID!) { updateSubDomain(id: $id, input: { thresholdPercent: 50 }) { id } }`, { id: s.id }],
      [`mutation($id: ID!) { removeSubDomain(id: $id) { id } }`, { id: s.id }],
      [`mutation($id: ID!) { moveSubDomain(id: $id, position: 1) { id } }`, { id: s.id }],
      [`mutation($id: ID!) { addCriterion(subDomainId: $id, input: { code: "D1.1.9", title: "Nouveau" }) { id } }`, { id: s.id }],
      [`mutation($id: ID!) { updateCriterion(id: $id, input: { title: "Autre" }) { id } }`, { id: c.id }],
      [`mutation($id: ID!) { removeCriterion(id: $id) { id } }`, { id: c.id }],
      [`mutation($id: ID!) { moveCriterion(id: $id, position: 1) { id } }`, { id: c.id }],
    ];
    for (const [query, variables] of attempts) {
      const e = await refused(query, variables);
      expect(e.extensions?.code, query).toBe("REFERENTIAL_IMMUTABLE");
      expect(e.message).toMatch(/publiée : elle ne peut plus être modifiée/);
    }
    expect(await fingerprint()).toBe(before);
  });
});

describe("a draft: copy, edit, publish", () => {
  let draftId: string;

  it("is a deep copy of the published version, which stays as it was", async () => {
    const published = await current("CLEA");
    const { createReferentialDraft: draft } = await ok(
      `mutation { createReferentialDraft(input: { certificationCode: CLEA, version: "2025", label: "Référentiel CléA 2025" }) { ${TREE} notes } }`,
    );
    draftId = draft.id;
    expect(draft).toMatchObject({
      version: "2025",
      status: "DRAFT",
      publishedAt: null,
      domainCount: 7,
      subDomainCount: 28,
      criterionCount: 107,
    });
    expect(draft.notes.length).toBeGreaterThan(0);
    const shape = (r: any) =>
      r.domains.map((d: any) => [d.code, d.title, d.subDomains.map((s: any) => [s.code, s.criteria.map((c: any) => c.title)])]);
    expect(shape(draft)).toEqual(shape(published));
    expect(draft.domains[0].id).not.toBe(published.domains[0].id);

    await ok(`mutation($id: ID!) { updateDomain(id: $id, input: { title: "Communiquer en français" }) { id } }`, {
      id: draft.domains[0].id,
    });
    expect((await current("CLEA")).domains[0].title).toBe("La communication en français");
  });

  it("refuses a version that exists, and a copy of another certification's version", async () => {
    const e = await refused(`mutation { createReferentialDraft(input: { certificationCode: CLEA, version: "2018", label: "x" }) { id } }`);
    expect(e.extensions?.code).toBe("CONFLICT");
    const numerique = await current("CLEA_NUMERIQUE");
    const e2 = await refused(
      `mutation($from: ID!) { createReferentialDraft(input: { certificationCode: CLEA, version: "autre", label: "x", copyFromId: $from }) { id } }`,
      { from: numerique.id },
    );
    expect(e2.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "copyFromId" });
  });

  it("adds, renames and reorders domains, sub-domains and criteria, keeping positions 0..n-1", async () => {
    const { addDomain: d8 } = await ok(
      `mutation($id: ID!) { addDomain(referentialId: $id, input: { code: "D8", title: "Domaine ajouté", shortTitle: " " }) { id code position shortTitle } }`,
      { id: draftId },
    );
    expect(d8).toMatchObject({ code: "D8", position: 7, shortTitle: null });
    const { addSubDomain: s81 } = await ok(
      `mutation($id: ID!) { addSubDomain(domainId: $id, input: { code: "D8.1", thresholdPercent: 60 }) { id code title thresholdPercent } }`,
      { id: d8.id },
    );
    expect(s81).toMatchObject({ code: "D8.1", title: null, thresholdPercent: 60 });
    for (const [code, title] of [
      ["D8.1.1", "Premier"],
      ["D8.1.2", "Deuxième"],
      ["D8.1.3", "Troisième"],
    ])
      await ok(
        `mutation($id: ID!, $code: String!, $title: String!) { addCriterion(subDomainId: $id, input: { code: $code, title: $title }) { id } }`,
        {
          id: s81.id,
          code,
          title,
        },
      );
    await ok(`mutation($id: ID!) { updateSubDomain(id: $id, input: { title: "Sous-domaine ajouté" }) { id } }`, { id: s81.id });

    // Reorder: D8 first; its last criterion first.
    const { moveDomain } = await ok(`mutation($id: ID!) { moveDomain(id: $id, position: 0) { domains { code position } } }`, { id: d8.id });
    expect(moveDomain.domains.map((d: any) => d.code)).toEqual(["D8", "D1", "D2", "D3", "D4", "D5", "D6", "D7"]);
    expect(moveDomain.domains.map((d: any) => d.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    let r = await version(draftId);
    await ok(`mutation($id: ID!) { moveCriterion(id: $id, position: 0) { id } }`, { id: crit(r, "D8.1.3").id });
    r = await version(draftId);
    expect(sub(r, "D8.1").criteria.map((c: any) => [c.code, c.position])).toEqual([
      ["D8.1.3", 0],
      ["D8.1.1", 1],
      ["D8.1.2", 2],
    ]);
    expect(sub(r, "D8.1").title).toBe("Sous-domaine ajouté");

    // Move a sub-domain down, then remove one: the others close the gap.
    await ok(`mutation($id: ID!) { moveSubDomain(id: $id, position: 4) { id } }`, { id: sub(r, "D1.1").id });
    r = await version(draftId);
    expect(r.domains[1].subDomains.map((s: any) => s.code)).toEqual(["D1.2", "D1.3", "D1.4", "D1.5", "D1.1"]);
    const { removeSubDomain } = await ok(
      `mutation($id: ID!) { removeSubDomain(id: $id) { subDomainCount criterionCount domains { subDomains { code position } } } }`,
      {
        id: sub(r, "D1.3").id,
      },
    );
    expect(removeSubDomain.domains[1].subDomains).toEqual([
      { code: "D1.2", position: 0 },
      { code: "D1.4", position: 1 },
      { code: "D1.5", position: 2 },
      { code: "D1.1", position: 3 },
    ]);
    expect(removeSubDomain).toMatchObject({ subDomainCount: 28, criterionCount: 107 + 3 - 4 });

    // Remove a criterion in the middle, then a whole domain.
    await ok(`mutation($id: ID!) { removeCriterion(id: $id) { id } }`, { id: crit(r, "D2.1.3").id });
    r = await version(draftId);
    expect(sub(r, "D2.1").criteria.map((c: any) => c.position)).toEqual([0, 1, 2, 3, 4, 5]);
    const { removeDomain } = await ok(`mutation($id: ID!) { removeDomain(id: $id) { domainCount domains { code position } } }`, {
      id: r.domains.find((d: any) => d.code === "D4").id,
    });
    expect(removeDomain.domains.map((d: any) => `${d.code}@${d.position}`)).toEqual([
      "D8@0",
      "D1@1",
      "D2@2",
      "D3@3",
      "D5@4",
      "D6@5",
      "D7@6",
    ]);
    expect(
      await api.ds.query(`SELECT count(*)::int AS n FROM criterion WHERE "referentialId" = $1 AND code LIKE 'D4.%'`, [draftId]),
    ).toEqual([{ n: 0 }]);
  });

  it("renumbers the children when a code changes, so every code keeps extending its parent's", async () => {
    let r = await version(draftId);
    await ok(`mutation($id: ID!) { updateSubDomain(id: $id, input: { mandatoryCriteria: ["D8.1.2"] }) { id } }`, { id: sub(r, "D8.1").id });
    const { updateDomain } = await ok(
      `mutation($id: ID!) { updateDomain(id: $id, input: { code: "D9" }) { code subDomains { code mandatoryCriteria criteria { code } } } }`,
      {
        id: r.domains[0].id,
      },
    );
    expect(updateDomain).toEqual({
      code: "D9",
      subDomains: [{ code: "D9.1", mandatoryCriteria: ["D9.1.2"], criteria: [{ code: "D9.1.3" }, { code: "D9.1.1" }, { code: "D9.1.2" }] }],
    });
    r = await version(draftId);
    const { updateSubDomain } = await ok(
      `mutation($id: ID!) { updateSubDomain(id: $id, input: { code: "D9.4" }) { code mandatoryCriteria criteria { code subDomainCode domainCode } } }`,
      {
        id: sub(r, "D9.1").id,
      },
    );
    expect(updateSubDomain.mandatoryCriteria).toEqual(["D9.4.2"]);
    expect(updateSubDomain.criteria[0]).toEqual({ code: "D9.4.3", subDomainCode: "D9.4", domainCode: "D9" });
    r = await version(draftId);
    const { updateCriterion } = await ok(
      `mutation($id: ID!) { updateCriterion(id: $id, input: { code: "D9.4.7", title: "Renommé" }) { code title } }`,
      {
        id: crit(r, "D9.4.2").id,
      },
    );
    expect(updateCriterion).toEqual({ code: "D9.4.7", title: "Renommé" });
    expect(sub(await version(draftId), "D9.4").mandatoryCriteria).toEqual(["D9.4.7"]);
  });

  it("refuses bad codes, duplicates and bad validation rules, naming the field, and writes nothing", async () => {
    const r = await version(draftId);
    const d1 = r.domains.find((d: any) => d.code === "D1");
    const s12 = sub(r, "D1.2");
    const before = await fingerprint();
    const cases: [string, Record<string, unknown>, string, string | undefined][] = [
      [
        `mutation($id: ID!) { addDomain(referentialId: $id, input: { code: "X1", title: "t" }) { id } }`,
        { id: draftId },
        "BAD_USER_INPUT",
        "code",
      ],
      [
        `mutation($id: ID!) { addDomain(referentialId: $id, input: { code: "D2", title: "t" }) { id } }`,
        { id: draftId },
        "CONFLICT",
        "code",
      ],
      [
        `mutation($id: ID!) { addDomain(referentialId: $id, input: { code: "D10", title: "  " }) { id } }`,
        { id: draftId },
        "BAD_USER_INPUT",
        "title",
      ],
      [`mutation($id: ID!) { addSubDomain(domainId: $id, input: { code: "D2.9" }) { id } }`, { id: d1.id }, "BAD_USER_INPUT", "code"],
      [`mutation($id: ID!) { addSubDomain(domainId: $id, input: { code: "D1.2" }) { id } }`, { id: d1.id }, "CONFLICT", "code"],
      [
        `mutation($id: ID!) { addCriterion(subDomainId: $id, input: { code: "D1.3.9", title: "t" }) { id } }`,
        { id: s12.id },
        "BAD_USER_INPUT",
        "code",
      ],
      [
        `mutation($id: ID!) { addCriterion(subDomainId: $id, input: { code: "D1.2.1", title: "t" }) { id } }`,
        { id: s12.id },
        "CONFLICT",
        "code",
      ],
      [`mutation($id: ID!) { updateCriterion(id: $id, input: { code: "D1.2.2" }) { id } }`, { id: s12.criteria[0].id }, "CONFLICT", "code"],
      [`mutation($id: ID!) { updateDomain(id: $id, input: { code: "D2" }) { id } }`, { id: d1.id }, "CONFLICT", "code"],
      [
        `mutation($id: ID!) { updateSubDomain(id: $id, input: { mandatoryCriteria: ["D1.2.1", "D1.3.1"] }) { id } }`,
        { id: s12.id },
        "BAD_USER_INPUT",
        "mandatoryCriteria",
      ],
      [
        `mutation($id: ID!) { updateSubDomain(id: $id, input: { thresholdPercent: 120 }) { id } }`,
        { id: s12.id },
        "BAD_USER_INPUT",
        "thresholdPercent",
      ],
      [`mutation($id: ID!) { moveDomain(id: $id, position: 8) { id } }`, { id: d1.id }, "BAD_USER_INPUT", "position"],
      [
        `mutation($id: ID!) { updateReferentialDraft(id: $id, input: { effectiveFrom: "2025-06-01", effectiveTo: "2025-01-01" }) { id } }`,
        { id: draftId },
        "BAD_USER_INPUT",
        "effectiveTo",
      ],
      [`mutation($id: ID!) { updateReferentialDraft(id: $id, input: { version: "2018" }) { id } }`, { id: draftId }, "CONFLICT", "version"],
    ];
    for (const [query, variables, code, field] of cases) {
      const e = await refused(query, variables);
      expect([e.extensions?.code, e.extensions?.field], query).toEqual([code, field]);
      expect(e.message).not.toMatch(/[Ii]nternal|duplicate key/);
    }
    expect(await fingerprint()).toBe(before);
  });

  it("keeps mandatory criteria as a set of the sub-domain's criteria, and drops a removed one", async () => {
    let r = await version(draftId);
    const s12 = sub(r, "D1.2");
    const { updateSubDomain } = await ok(
      `mutation($id: ID!) { updateSubDomain(id: $id, input: { mandatoryCriteria: ["D1.2.3", "D1.2.1", "D1.2.3"], thresholdPercent: 50 }) { mandatoryCriteria thresholdPercent } }`,
      { id: s12.id },
    );
    expect(updateSubDomain).toEqual({ mandatoryCriteria: ["D1.2.1", "D1.2.3"], thresholdPercent: 50 });
    await ok(`mutation($id: ID!) { removeCriterion(id: $id) { id } }`, { id: crit(r, "D1.2.1").id });
    r = await version(draftId);
    expect(sub(r, "D1.2").mandatoryCriteria).toEqual(["D1.2.3"]);
  });

  it("updates the version's own fields", async () => {
    const { updateReferentialDraft } = await ok(
      `mutation($id: ID!) { updateReferentialDraft(id: $id, input: { label: "CléA 2025 (projet)", effectiveFrom: "2025-09-01", notes: ["  Projet de réforme ", ""] }) { label effectiveFrom effectiveTo notes } }`,
      { id: draftId },
    );
    expect(updateReferentialDraft).toEqual({
      label: "CléA 2025 (projet)",
      effectiveFrom: "2025-09-01",
      effectiveTo: null,
      notes: ["Projet de réforme"],
    });
  });

  it("publishes the draft and retires the version published until then", async () => {
    const previous = await current("CLEA");
    const { publishReferential } = await ok(`mutation($id: ID!) { publishReferential(id: $id) { id status publishedAt } }`, {
      id: draftId,
    });
    expect(publishReferential.status).toBe("PUBLISHED");
    expect(Date.parse(publishReferential.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
    const { certification } = await ok(`{ certification(code: CLEA) { currentReferential { id } referentials { id version status } } }`);
    expect(certification.currentReferential.id).toBe(draftId);
    expect(certification.referentials.map((v: any) => [v.version, v.status])).toEqual([
      ["2025", "PUBLISHED"],
      ["2018", "RETIRED"],
    ]);
    const e = await refused(`mutation($id: ID!) { updateDomain(id: $id, input: { title: "x" }) { id } }`, { id: previous.domains[0].id });
    expect(e.extensions?.code).toBe("REFERENTIAL_IMMUTABLE");
    expect(e.message).toMatch(/retirée/);
    const again = await refused(`mutation($id: ID!) { publishReferential(id: $id) { id } }`, { id: draftId });
    expect(again.extensions?.code).toBe("REFERENTIAL_IMMUTABLE");
  });

  it("refuses to publish a version without any domain, and deletes a draft with its tree", async () => {
    const { createReferentialDraft: draft } = await ok(
      `mutation { createReferentialDraft(input: { certificationCode: CLEA_NUMERIQUE, version: "vide", label: "Vide" }) { id domains { id } } }`,
    );
    expect(draft.domains).toHaveLength(4);
    for (const d of draft.domains) await ok(`mutation($id: ID!) { removeDomain(id: $id) { id } }`, { id: d.id });
    const before = await fingerprint();
    const e = await refused(`mutation($id: ID!) { publishReferential(id: $id) { id } }`, { id: draft.id });
    expect(e.extensions?.code).toBe("INVALID_TRANSITION");
    expect(e.message).toMatch(/sans domaine/);
    expect(await fingerprint()).toBe(before);
    expect((await current("CLEA_NUMERIQUE")).version).toBe("2018");

    const copy = (
      await ok(`mutation { createReferentialDraft(input: { certificationCode: CLEA, version: "à jeter", label: "x" }) { id } }`)
    ).createReferentialDraft;
    expect(await ok(`mutation($id: ID!) { deleteReferentialDraft(id: $id) }`, { id: copy.id })).toEqual({ deleteReferentialDraft: true });
    const left = await api.ds.query(
      `SELECT (SELECT count(*) FROM referential WHERE id = $1)::int r, (SELECT count(*) FROM criterion WHERE "referentialId" = $1)::int c`,
      [copy.id],
    );
    expect(left).toEqual([{ r: 0, c: 0 }]);
  });
});

describe("edits that meet", () => {
  it("keeps positions dense when moves of one draft run at the same time", async () => {
    const { createReferentialDraft: draft } = await ok(
      `mutation { createReferentialDraft(input: { certificationCode: CLEA_MANAGEMENT, version: "concurrence", label: "x" }) { id domains { id } } }`,
    );
    const ids = draft.domains.map((d: any) => d.id);
    const moves = [3, 0, 2, 1, 3, 0, 1, 2].map((position, i) =>
      api.gql(`mutation($id: ID!, $p: Int!) { moveDomain(id: $id, position: $p) { id } }`, { id: ids[i % ids.length], p: position }),
    );
    for (const r of await Promise.all(moves)) expect(r.errors).toBeUndefined();
    const positions = (await version(draft.id)).domains.map((d: any) => d.position);
    expect(positions).toEqual([0, 1, 2, 3]);
  });

  it("shows each mutation of one document the state the previous one left", async () => {
    const { createReferentialDraft: draft } = await ok(
      `mutation { createReferentialDraft(input: { certificationCode: CLEA_MANAGEMENT, version: "enchaînées", label: "x" }) { id domains { id } } }`,
    );
    const [d1, d2] = draft.domains.map((d: any) => d.id);
    const r = await ok(
      `mutation($a: ID!, $b: ID!) {
        first: moveDomain(id: $a, position: 3) { domains { code } }
        second: moveDomain(id: $b, position: 3) { domains { code } } }`,
      { a: d1, b: d2 },
    );
    expect(r.first.domains.map((d: any) => d.code)).toEqual(["D2", "D3", "D4", "D1"]);
    expect(r.second.domains.map((d: any) => d.code)).toEqual(["D3", "D4", "D1", "D2"]);
  });
});
