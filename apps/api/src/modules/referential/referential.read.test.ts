import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestContext } from "../../core/context.js";
import { ensureReferentials } from "../../seed/referentials.js";
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

const DONE_MEANS = `{ certifications { code name referentials { version status domains { code title
  subDomains { code title criteria { code title } } } } } }`;

async function currentId(code: string): Promise<string> {
  const d = await ok(`query($code: CertificationCode!) { certification(code: $code) { currentReferential { id } } }`, { code });
  return d.certification.currentReferential.id;
}

describe("the seeded référentiels (issue 2, « Done means »)", () => {
  it("answers CléA with 7 domains, 28 sub-domains and the 107 criteria of the data, Numérique and Management with 4 domains", async () => {
    const { certifications } = await ok(DONE_MEANS);
    expect(certifications.map((c: any) => [c.code, c.name])).toEqual([
      ["CLEA", "CléA"],
      ["CLEA_NUMERIQUE", "CléA Numérique"],
      ["CLEA_MANAGEMENT", "CléA Management"],
    ]);
    const [clea, numerique, management] = certifications.map((c: any) => c.referentials);
    for (const versions of [clea, numerique, management]) {
      expect(versions).toHaveLength(1);
      expect(versions[0].status).toBe("PUBLISHED");
    }
    const domains = clea[0].domains;
    const subDomains = domains.flatMap((d: any) => d.subDomains);
    const criteria = subDomains.flatMap((s: any) => s.criteria);
    expect(domains.map((d: any) => d.code)).toEqual(["D1", "D2", "D3", "D4", "D5", "D6", "D7"]);
    expect(subDomains).toHaveLength(28);
    expect(criteria).toHaveLength(107);
    expect(new Set(criteria.map((c: any) => c.code)).size).toBe(107);
    // Stable codes: every child extends its parent's code.
    for (const d of domains)
      for (const s of d.subDomains) {
        expect(s.code.startsWith(`${d.code}.`)).toBe(true);
        for (const c of s.criteria) expect(c.code).toMatch(new RegExp(`^${s.code.replace(".", "\\.")}\\.\\d+$`));
      }
    expect(domains[0].subDomains.flatMap((s: any) => s.criteria)).toHaveLength(18); // D1: 5 sub-domains, 18 criteria (Aksis)
    expect(numerique[0].domains).toHaveLength(4);
    expect(numerique[0].domains.every((d: any) => d.subDomains.length === 0)).toBe(true);
    expect(management[0].domains.map((d: any) => d.title)).toEqual([
      "Organiser l'activité au regard des attentes et des contraintes de l'entreprise",
      "Animer et piloter l'équipe de travail",
      "Accompagner les membres de l'équipe et développer leurs compétences",
      "Assurer l'amélioration continue des missions managériales",
    ]);
  });

  it("keeps the sources' uncertainties as data the SPA can show", async () => {
    const d = await ok(`{ certifications { code rsCode notes currentReferential { version label effectiveFrom notes
      domains { code note subDomains { code title note thresholdPercent mandatoryCriteria criteria { code note } } } } } }`);
    const [clea, numerique, management] = d.certifications;
    expect(clea.rsCode).toBeNull();
    expect(clea.notes.join(" ")).toMatch(/RS5080/);
    expect(clea.notes.join(" ")).toMatch(/106.*108.*107/);
    const ref = clea.currentReferential;
    expect(ref).toMatchObject({ version: "2018", label: "Référentiel CléA réaménagé (2018)", effectiveFrom: null });
    const sub = (code: string) => ref.domains.flatMap((x: any) => x.subDomains).find((s: any) => s.code === code);
    expect(sub("D4.1")).toMatchObject({
      title: null,
      note: "Intitulé non trouvé dans les sources ; intitulé probable (à vérifier) : Respecter les règles de vie collective",
    });
    expect(sub("D6.3").title).toBeNull();
    const criterion = (code: string) =>
      ref.domains.flatMap((x: any) => x.subDomains.flatMap((s: any) => s.criteria)).find((c: any) => c.code === code);
    expect(criterion("D3.3.1").note).toMatch(/coquille/);
    expect(criterion("D1.2.2").note).toMatch(/^Formulation de 2016/);
    // Validation rule: unknown per sub-domain, so the default 75 % and no mandatory criterion.
    const all = ref.domains.flatMap((x: any) => x.subDomains);
    expect(all.every((s: any) => s.thresholdPercent === 75 && s.mandatoryCriteria.length === 0)).toBe(true);
    expect(numerique.currentReferential.notes.join(" ")).toMatch(/Sous-domaines|sous-domaines/);
    expect(management.currentReferential.domains.every((x: any) => /non confirm/.test(x.note))).toBe(true);
  });

  it("loads nothing twice: ensureReferentials at every start leaves the data as it is", async () => {
    const before = await api.ds.query(
      `SELECT (SELECT count(*) FROM certification) c, (SELECT count(*) FROM referential) r, (SELECT count(*) FROM criterion) k`,
    );
    await ensureReferentials(new RequestContext(api.ds));
    await ensureReferentials(new RequestContext(api.ds));
    const after = await api.ds.query(
      `SELECT (SELECT count(*) FROM certification) c, (SELECT count(*) FROM referential) r, (SELECT count(*) FROM criterion) k`,
    );
    expect(after).toEqual(before);
    expect(before[0]).toEqual({ c: "3", r: "3", k: "107" });
  });

  it("counts per version and per domain, and gives each criterion its parents' codes", async () => {
    const id = await currentId("CLEA");
    const { referential } = await ok(
      `query($id: ID!) { referential(id: $id) { domainCount subDomainCount criterionCount certification { code }
        domains { code position criterionCount subDomains { position criteria { code subDomainCode domainCode } } } } }`,
      { id },
    );
    expect(referential).toMatchObject({ domainCount: 7, subDomainCount: 28, criterionCount: 107, certification: { code: "CLEA" } });
    expect(referential.domains.map((d: any) => d.criterionCount)).toEqual([18, 20, 20, 11, 11, 11, 16]);
    expect(referential.domains.map((d: any) => d.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const c = referential.domains[2].subDomains[2].criteria[0];
    expect(c).toEqual({ code: "D3.3.1", subDomainCode: "D3.3", domainCode: "D3" });
  });

  it("answers NOT_FOUND for an unknown version, whatever the id looks like", async () => {
    for (const id of ["00000000-0000-0000-0000-000000000000", "not-a-uuid"]) {
      const r = await api.gql(`query($id: ID!) { referential(id: $id) { id } }`, { id });
      expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });
});

describe("searchCriteria", () => {
  const search = async (text: string, id?: string) =>
    (
      await ok(`query($id: ID!, $text: String!) { searchCriteria(referentialId: $id, text: $text) { code title } }`, {
        id: id ?? (await currentId("CLEA")),
        text,
      })
    ).searchCriteria as { code: string; title: string }[];

  it("finds « numérique » typed without accent, in any case, in tree order", async () => {
    const found = await search("numerique");
    expect(found.map((c) => c.code)).toEqual(["D3.1.1", "D3.2.4", "D3.4.1"]);
    expect(found.every((c) => c.title.includes("numérique"))).toBe(true);
    expect((await search("NUMÉRIQUE")).map((c) => c.code)).toEqual(found.map((c) => c.code));
  });

  it("matches codes and folds œ and capital accents", async () => {
    expect((await search("d7.4")).map((c) => c.code)).toEqual(["D7.4.1", "D7.4.2", "D7.4.3", "D7.4.4"]);
    expect((await search("mettre en oeuvre")).map((c) => c.code)).toEqual(["D5.2.1"]);
    expect((await search("a partir de ses objectifs")).map((c) => c.code)).toEqual(["D6.3.4"]); // « À partir… »
  });

  it("treats LIKE wildcards as plain text", async () => {
    expect(await search("%")).toEqual([]);
    expect(await search("_")).toEqual([]);
  });

  it("refuses an empty search", async () => {
    const r = await api.gql(`query($id: ID!) { searchCriteria(referentialId: $id, text: "  ") { code } }`, { id: await currentId("CLEA") });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
  });
});

describe("SQL statements of the tree query", () => {
  /** Counts the statements TypeORM sends while `work` runs. */
  async function statements(work: () => Promise<unknown>): Promise<number> {
    const logger = api.ds.logger as { logQuery: (...args: unknown[]) => void };
    const original = logger.logQuery;
    let n = 0;
    logger.logQuery = (...args) => {
      n++;
      return original.apply(logger, args);
    };
    try {
      await work();
    } finally {
      logger.logQuery = original;
    }
    return n;
  }
  const TREE = `query($id: ID!) { referential(id: $id) { version domainCount subDomainCount criterionCount certification { code }
    domains { code criterionCount subDomains { code criteria { code subDomainCode domainCode } } } } }`;

  it("does not grow with the size of the référentiel (DataLoaders, counts in SQL)", async () => {
    const small = await ok(`mutation($input: ImportReferentialInput!) { importReferential(input: $input) { id criterionCount } }`, {
      input: {
        certificationCode: "CLEA",
        format: "CSV",
        version: "petit",
        label: "Petit référentiel",
        content: "domain_code;domain_title;subdomain_code;criterion_code;criterion_title\nD1;Un domaine;D1.1;D1.1.1;Un critère\n",
      },
    });
    expect(small.importReferential.criterionCount).toBe(1);
    const full = await currentId("CLEA");
    const forSmall = await statements(() => ok(TREE, { id: small.importReferential.id }));
    const forFull = await statements(() => ok(TREE, { id: full }));
    expect(forFull).toBe(forSmall);
    expect(forFull).toBeLessThanOrEqual(13);

    // The whole « Done means » query: the same count with one more full copy of CléA.
    const before = await statements(() => ok(DONE_MEANS));
    await ok(`mutation { createReferentialDraft(input: { certificationCode: CLEA, version: "copie", label: "Copie" }) { id } }`);
    const after = await statements(() => ok(DONE_MEANS));
    expect(after).toBe(before);
    await ok(`mutation($id: ID!) { deleteReferentialDraft(id: $id) }`, { id: small.importReferential.id });
  });
});
