/**
 * Candidates, through the real HTTP API on a real PostgreSQL: who sees which rows, who reads which
 * fields (personal data), the audit of every read of personal data, likely duplicates,
 * idempotency and validation.
 */
import { getNamedType, isObjectType, type GraphQLObjectType } from "graphql";
import { CANDIDATE_PERSONAL_FIELDS, Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERSONAL_DATA_FORBIDDEN, personalDataOf } from "../../core/personal-data.js";
import { getSchema } from "../../core/schema.js";
import { actAs, type Actor } from "../../test/auth-fixtures.js";
import { createTestApi, type GqlResult, type TestApi } from "../../test/helpers.js";
import { countRows, createEstablishment, createNetwork, createOrganisation, ok, siretOf } from "../../test/organisation-fixtures.js";

let api: TestApi;
const est = {} as Record<"a1" | "a2" | "b1" | "closed", { id: string; networkId: string }>;
const who = {} as Record<
  | "analyst"
  | "analystA"
  | "managerA"
  | "managerB"
  | "centreManagerA1"
  | "advisorA1"
  | "evaluatorA1"
  | "trainerA1"
  | "advisorA2"
  | "advisorB1",
  Actor
>;
/** Candidates created in beforeAll: two in A1, one in A2, one in B1. */
const cand = {} as Record<"a1" | "a1bis" | "a2" | "b1", { id: string; pseudonym: string }>;

const EMPLOYER_SIRET = siretOf("732829320", 1);

const person = (establishmentId: string, overrides: Record<string, unknown> = {}) => ({
  establishmentId,
  lastName: "Dupré",
  usualName: "Lefèvre",
  firstNames: "Élodie Marie",
  birthDate: "1990-04-12",
  birthPlace: "Quimper",
  bornAbroad: false,
  gender: "FEMALE",
  email: "elodie.dupre@exemple.fr",
  phone: "06 12 34 56 78",
  address: { line: "4 rue des Lilas", postalCode: "35000", city: "Rennes" },
  entryStatus: "JOB_SEEKER",
  qualificationLevel: "LEVEL_3_CAP_BEP",
  prescriber: "FRANCE_TRAVAIL",
  employerSiret: EMPLOYER_SIRET,
  ...overrides,
});

const CREATE = `mutation($i: CreateCandidateInput!, $key: String, $confirm: Boolean) {
  createCandidate(input: $i, idempotencyKey: $key, confirmLikelyDuplicate: $confirm) { id pseudonym establishmentId networkId ageBand } }`;

const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

async function create(input: Record<string, unknown>, as?: Actor, extra: Record<string, unknown> = {}) {
  const res = as ? await as.gql(CREATE, { i: input, ...extra }) : await api.gql(CREATE, { i: input, ...extra });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.createCandidate as { id: string; pseudonym: string; establishmentId: string; networkId: string; ageBand: string };
}

let personalFields: { name: string; selection: string }[];

beforeAll(async () => {
  api = await createTestApi();
  const netA = await createNetwork(api, "Réseau candidats A");
  const netB = await createNetwork(api, "Réseau candidats B");
  const orgA = await createOrganisation(api, netA.id, "Organisme A");
  const orgB = await createOrganisation(api, netB.id, "Organisme B");
  est.a1 = await createEstablishment(api, orgA, { name: "Centre A1", nic: 1 });
  est.a2 = await createEstablishment(api, orgA, { name: "Centre A2", nic: 2 });
  est.closed = await createEstablishment(api, orgA, { name: "Centre A fermé", nic: 3 });
  est.b1 = await createEstablishment(api, orgB, { name: "Centre B1", nic: 1 });
  await api.ds.query(`UPDATE establishment SET status = 'CLOSED', "closedOn" = '2024-06-30' WHERE id = $1`, [est.closed.id]);

  const staff = (role: Role, e: { id: string; networkId: string }) => actAs(api, [{ role, networkId: e.networkId, establishmentId: e.id }]);
  Object.assign(who, {
    analyst: await actAs(api, [{ role: Role.ANALYST }]),
    analystA: await actAs(api, [{ role: Role.ANALYST, networkId: netA.id }]),
    managerA: await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: netA.id }]),
    managerB: await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: netB.id }]),
    centreManagerA1: await staff(Role.CENTRE_MANAGER, est.a1),
    advisorA1: await staff(Role.ADVISOR, est.a1),
    evaluatorA1: await staff(Role.EVALUATOR, est.a1),
    trainerA1: await staff(Role.TRAINER, est.a1),
    advisorA2: await staff(Role.ADVISOR, est.a2),
    advisorB1: await staff(Role.ADVISOR, est.b1),
  });

  cand.a1 = await create(person(est.a1.id), who.advisorA1);
  cand.a1bis = await create(
    person(est.a1.id, {
      lastName: "Nguyen",
      firstNames: "Thomas",
      gender: "MALE",
      email: "thomas.nguyen@exemple.fr",
      birthDate: "1975-09-30",
    }),
    who.centreManagerA1,
  );
  cand.a2 = await create(person(est.a2.id, { lastName: "Bernard", firstNames: "Luc", email: "luc.bernard@exemple.fr" }), who.managerA);
  cand.b1 = await create(person(est.b1.id, { lastName: "Moreau", firstNames: "Inès", email: "ines.moreau@exemple.fr" }));

  // The personal fields, as the schema marks them (never listed by hand).
  const type = (await getSchema()).getType("Candidate") as GraphQLObjectType;
  personalFields = Object.values(type.getFields())
    .filter((f) => personalDataOf(f))
    .map((f) => {
      const named = getNamedType(f.type);
      const selection = isObjectType(named) ? `${f.name} { ${Object.keys(named.getFields()).join(" ")} }` : f.name;
      return { name: f.name, selection };
    });
});
afterAll(async () => {
  await api?.close();
});

const READ_ONE = (selection: string) => `query($id: ID!) { candidate(id: $id) { id pseudonym ${selection} } }`;
const readEvents = async (candidateId: string): Promise<{ actorId: string; changedFields: string[]; requestId: string }[]> =>
  api.ds.query(
    `SELECT "actorId", "changedFields", "requestId" FROM audit_event WHERE action = 'READ_PERSONAL_DATA' AND "entityId" = $1 ORDER BY "occurredAt"`,
    [candidateId],
  );

describe("the Candidate type", () => {
  it("marks exactly the shared list of personal fields, each nullable", async () => {
    expect(personalFields.map((f) => f.name).sort()).toEqual([...CANDIDATE_PERSONAL_FIELDS].sort());
    const type = (await getSchema()).getType("Candidate") as GraphQLObjectType;
    for (const f of personalFields) expect(String(type.getFields()[f.name]!.type)).not.toMatch(/!$/);
  });
});

describe("personal fields are an allow-list", () => {
  for (const reader of ["analyst", "analystA", "managerA"] as const) {
    it(`${reader} sees the row but never a personal field: FORBIDDEN on each, no value in the response`, async () => {
      const before = await countRows(api, "audit_event");
      for (const f of personalFields) {
        const res = await who[reader].gql(READ_ONE(f.selection), { id: cand.a1.id });
        expect(res.data?.candidate?.pseudonym).toBe(cand.a1.pseudonym);
        expect(res.data?.candidate?.[f.name]).toBeNull();
        expect(res.errors).toHaveLength(1);
        expect(res.errors![0]!.path).toEqual(["candidate", f.name]);
        expect(res.errors![0]!.extensions?.code).toBe("FORBIDDEN");
        expect(res.errors![0]!.message).toBe(PERSONAL_DATA_FORBIDDEN);
        expect(res.errors![0]!.message.startsWith("Donnée personnelle : accès réservé")).toBe(true);
        const body = JSON.stringify(res);
        for (const value of ["Dupré", "Élodie", "1990-04-12", "elodie.dupre", "Quimper", "Lilas", "06 12", EMPLOYER_SIRET, "Lefèvre"])
          expect(body).not.toContain(value);
      }
      // And in a list, every personal field at once: each one refused on each row.
      const all = personalFields.map((f) => f.selection).join(" ");
      const list = await who[reader].gql(`{ candidates(first: 100) { totalCount edges { node { pseudonym ${all} } } } }`);
      expect(list.data.candidates.edges.length).toBeGreaterThan(0);
      for (const { node } of list.data.candidates.edges) for (const f of personalFields) expect(node[f.name]).toBeNull();
      expect(new Set(list.errors!.map((e) => e.extensions?.code))).toEqual(new Set(["FORBIDDEN"]));
      expect(list.errors).toHaveLength(personalFields.length * list.data.candidates.edges.length);
      // Nothing was read, so nothing is recorded as read.
      expect(await countRows(api, "audit_event")).toBe(before);
    });
  }

  for (const reader of ["admin", "centreManagerA1", "advisorA1", "evaluatorA1", "trainerA1"] as const) {
    it(`${reader} reads every personal field of the establishment's candidate`, async () => {
      const all = personalFields.map((f) => f.selection).join(" ");
      const res =
        reader === "admin" ? await api.gql(READ_ONE(all), { id: cand.a1.id }) : await who[reader].gql(READ_ONE(all), { id: cand.a1.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.candidate).toEqual({
        id: cand.a1.id,
        pseudonym: cand.a1.pseudonym,
        lastName: "Dupré",
        usualName: "Lefèvre",
        firstNames: "Élodie Marie",
        birthDate: "1990-04-12",
        birthPlace: "Quimper",
        bornAbroad: false,
        email: "elodie.dupre@exemple.fr",
        phone: "06 12 34 56 78",
        address: { line: "4 rue des Lilas", complement: null, postalCode: "35000", city: "Rennes" },
        employerSiret: EMPLOYER_SIRET,
      });
    });
  }

  it("staff of another establishment and another network's manager get NOT_FOUND, as for a missing id", async () => {
    const missing = await who.advisorA2.gql(READ_ONE("lastName"), { id: "5f1c1a8e-0000-4000-8000-000000000000" });
    for (const reader of ["advisorA2", "managerB", "advisorB1"] as const) {
      const res = await who[reader].gql(READ_ONE("lastName"), { id: cand.a1.id });
      expect(code(res)).toBe("NOT_FOUND");
      expect(res.data).toBeNull();
      expect(res.errors).toEqual(missing.errors);
    }
  });

  it("the manager of the network sees the row's non-personal fields", async () => {
    const res = await who.managerA.gql(
      `query($id: ID!) { candidate(id: $id) { pseudonym gender ageBand entryStatus qualificationLevel prescriber establishment { name } network { name } } }`,
      { id: cand.a1.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.candidate).toMatchObject({
      pseudonym: cand.a1.pseudonym,
      gender: "FEMALE",
      entryStatus: "JOB_SEEKER",
      qualificationLevel: "LEVEL_3_CAP_BEP",
      prescriber: "FRANCE_TRAVAIL",
      establishment: { name: "Centre A1" },
      network: { name: "Réseau candidats A" },
    });
    expect(["<26", "26-44", "45+"]).toContain(res.data.candidate.ageBand);
  });
});

describe("candidate lists", () => {
  const COUNT = `query($f: CandidateFilter) { candidates(filter: $f) { totalCount edges { node { id } } } }`;
  const count = async (a: Actor | "admin", f?: Record<string, unknown>) => {
    const res = a === "admin" ? await api.gql(COUNT, { f }) : await a.gql(COUNT, { f });
    expect(res.errors).toBeUndefined();
    expect(res.data.candidates.edges).toHaveLength(Math.min(res.data.candidates.totalCount, 20));
    return res.data.candidates.totalCount as number;
  };

  it("count only the rows in the caller's scope", async () => {
    const mine = async (a: Actor, e: { id: string }) => count(a, { establishmentId: { eq: e.id } });
    expect(await mine(who.advisorA1, est.a1)).toBe(await count("admin", { establishmentId: { eq: est.a1.id } }));
    expect(await mine(who.advisorA1, est.a2)).toBe(0);
    expect(await mine(who.advisorA2, est.a1)).toBe(0);
    expect(await mine(who.managerB, est.a1)).toBe(0);
    expect(await count(who.managerA, { networkId: { eq: est.b1.networkId } })).toBe(0);
    expect(await count(who.analystA, { networkId: { eq: est.b1.networkId } })).toBe(0);
    expect(await count(who.analyst)).toBe(await count("admin"));
    expect(await count(who.managerA)).toBe(await count("admin", { networkId: { eq: est.a1.networkId } }));
    expect(await count(who.analystA)).toBe(await count("admin", { networkId: { eq: est.a1.networkId } }));
    expect(await count(who.advisorB1)).toBe(await count("admin", { establishmentId: { eq: est.b1.id } }));
  });

  it("search names only where the caller may read them; the pseudonym for everyone", async () => {
    const search = (text: string) => ({ or: [{ search: { contains: text } }, { pseudonym: { contains: text } }] });
    expect(await count(who.advisorA1, search("dupre"))).toBeGreaterThan(0);
    expect(await count("admin", search("DUPRÉ"))).toBeGreaterThan(0);
    for (const a of [who.analyst, who.analystA, who.managerA, who.advisorA2]) expect(await count(a, search("Dupré"))).toBe(0);
    expect(await count(who.analyst, search(cand.a1.pseudonym))).toBe(1);
  });

  it("identity fields find only the rows whose identity the caller may read; statistical fields find them for everyone", async () => {
    const byName = { birthLastName: { eq: "Dupré" }, establishmentId: { eq: est.a1.id } };
    const inA1 = await count("admin", byName);
    expect(inA1).toBeGreaterThan(0);
    expect(await count(who.centreManagerA1, byName)).toBe(inA1);
    expect(await count("admin", byName)).toBe(inA1);
    for (const a of [who.analyst, who.analystA, who.managerA]) {
      expect(await count(a, byName)).toBe(0);
      expect(await count(a, { birthDate: { eq: "1990-04-12" }, establishmentId: { eq: est.a1.id } })).toBe(0);
      // Negated, the condition still tells nothing: every row of the scope passes, whatever the name.
      expect(await count(a, { not: { birthLastName: { eq: "Dupré" } }, establishmentId: { eq: est.a1.id } })).toBe(
        await count("admin", { establishmentId: { eq: est.a1.id } }),
      );
    }
    const statistical = { gender: { eq: "FEMALE" }, prescriber: { in: ["FRANCE_TRAVAIL"] }, establishmentId: { eq: est.a1.id } };
    expect(await count(who.analyst, statistical)).toBe(await count("admin", statistical));
    expect(await count(who.analyst, statistical)).toBeGreaterThan(0);
  });

  it("combines conditions and pages through two pages in the order asked, within the caller's scope", async () => {
    const PAGE = `query($f: CandidateFilter, $after: String) {
      candidates(filter: $f, first: 1, after: $after, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id networkId createdAt } } } }`;
    const f = {
      or: [{ establishmentId: { eq: est.a1.id } }, { establishmentId: { eq: est.b1.id } }],
      not: { entryStatus: { eq: "OTHER" } },
    };
    const first = await who.managerA.gql(PAGE, { f });
    expect(first.errors).toBeUndefined();
    const total = first.data.candidates.totalCount as number;
    // Network B's candidate is out of network A's manager's scope.
    expect(total).toBe(await count("admin", { establishmentId: { eq: est.a1.id }, entryStatus: { ne: "OTHER" } }));
    expect(total).toBeGreaterThanOrEqual(2);
    const second = await who.managerA.gql(PAGE, { f, after: first.data.candidates.pageInfo.endCursor });
    expect(second.errors).toBeUndefined();
    const [a, b] = [first.data.candidates.edges[0].node, second.data.candidates.edges[0].node];
    expect(a.id).not.toBe(b.id);
    expect([a.networkId, b.networkId]).toEqual([est.a1.networkId, est.a1.networkId]);
    expect(Date.parse(a.createdAt)).toBeGreaterThanOrEqual(Date.parse(b.createdAt));
  });

  it("refuses a malformed id filter with BAD_USER_INPUT", async () => {
    const res = await api.gql(COUNT, { f: { establishmentId: { eq: "nope" } } });
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.extensions?.field).toBe("filter.establishmentId.eq");
  });
});

describe("the audit of personal data read", () => {
  it("records one READ_PERSONAL_DATA event per candidate per request, with the field names read", async () => {
    const before1 = (await readEvents(cand.a1.id)).length;
    const before2 = (await readEvents(cand.a1bis.id)).length;
    const res = await who.advisorA1.gql(
      `query($f: CandidateFilter) { candidates(filter: $f) { edges { node { id lastName firstNames again: lastName email } } }
        one: candidate(id: "${cand.a1.id}") { birthDate } }`,
      { f: { establishmentId: { eq: est.a1.id } } },
    );
    expect(res.errors).toBeUndefined();
    const e1 = await readEvents(cand.a1.id);
    const e2 = await readEvents(cand.a1bis.id);
    expect(e1).toHaveLength(before1 + 1);
    expect(e2).toHaveLength(before2 + 1);
    expect(e1.at(-1)).toMatchObject({ actorId: who.advisorA1.id, changedFields: ["birthDate", "email", "firstNames", "lastName"] });
    expect(e2.at(-1)).toMatchObject({ actorId: who.advisorA1.id, changedFields: ["email", "firstNames", "lastName"] });
    expect(e1.at(-1)!.requestId).toBe(e2.at(-1)!.requestId);
    const [row] = await api.ds.query(
      `SELECT "networkId", "establishmentId", "entityType" FROM audit_event WHERE action = 'READ_PERSONAL_DATA' AND "entityId" = $1 ORDER BY "occurredAt" DESC LIMIT 1`,
      [cand.a1.id],
    );
    expect(row).toEqual({ networkId: est.a1.networkId, establishmentId: est.a1.id, entityType: "Candidate" });
  });

  it("records nothing for a query with no personal field", async () => {
    const before = await countRows(api, "audit_event");
    const res = await who.advisorA1.gql(`{ candidates { edges { node { id pseudonym gender ageBand establishment { name } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(await countRows(api, "audit_event")).toBe(before);
  });
});

describe("registering a candidate", () => {
  it("is refused to evaluators, trainers and analysts (FORBIDDEN), outside the scope (NOT_FOUND), in a closed establishment", async () => {
    const before = await countRows(api, "candidate");
    for (const a of [who.evaluatorA1, who.trainerA1, who.analyst, who.analystA])
      expect(code(await a.gql(CREATE, { i: person(est.a1.id, { lastName: "Refusé" }) }))).toBe("FORBIDDEN");
    for (const a of [who.managerB, who.advisorA2])
      expect(code(await a.gql(CREATE, { i: person(est.a1.id, { lastName: "Refusé" }) }))).toBe("NOT_FOUND");
    const closed = await api.gql(CREATE, { i: person(est.closed.id, { lastName: "Refusé" }) });
    expect(code(closed)).toBe("BAD_USER_INPUT");
    expect(closed.errors![0]!.extensions?.field).toBe("establishmentId");
    expect(await countRows(api, "candidate")).toBe(before);
  });

  it("flags a likely duplicate in the network (accents and case ignored), then creates it when confirmed", async () => {
    const twin = person(est.a2.id, { lastName: "DUPRE", firstNames: "elodie-marie", email: "autre@exemple.fr" });
    const before = await countRows(api, "candidate");
    const asAdmin = await api.gql(CREATE, { i: twin });
    expect(code(asAdmin)).toBe("LIKELY_DUPLICATE");
    expect(asAdmin.errors![0]!.extensions?.duplicates).toEqual([cand.a1.id]);
    // An advisor of A2 is warned too, but is not told the id of a candidate they may not see.
    const asA2 = await who.advisorA2.gql(CREATE, { i: twin });
    expect(code(asA2)).toBe("LIKELY_DUPLICATE");
    expect(asA2.errors![0]!.extensions?.duplicates).toEqual([]);
    // Another network: not a duplicate.
    const other = await create(person(est.b1.id, { email: "homonyme@exemple.fr" }), who.advisorB1);
    expect(await countRows(api, "candidate")).toBe(before + 1);
    const confirmed = await create(twin, who.advisorA2, { confirm: true });
    expect(confirmed.establishmentId).toBe(est.a2.id);
    expect(confirmed.pseudonym).not.toBe(cand.a1.pseudonym);
    expect(other.id).not.toBe(confirmed.id);
  });

  it("gives the same candidate for the same idempotency key, one after the other", async () => {
    const input = person(est.a1.id, { lastName: "Idem", firstNames: "Potent", email: "idem@exemple.fr" });
    const first = await create(input, who.advisorA1, { key: "form-123" });
    const second = await create(input, who.advisorA1, { key: "form-123" });
    expect(second.id).toBe(first.id);
    const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM candidate WHERE "birthLastName" = 'Idem'`);
    expect(n).toBe(1);
    const creations = await api.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'CREATE' AND "entityId" = $1`, [
      first.id,
    ]);
    expect(creations[0].n).toBe(1);
  });

  it("gives one candidate for five concurrent creations with one key", async () => {
    const input = person(est.a1.id, { lastName: "Concurrent", firstNames: "Cinq", email: "cinq@exemple.fr" });
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => who.centreManagerA1.gql(CREATE, { i: input, key: "parallel-key" })));
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(new Set(results.map((r) => r.data.createCandidate.id)).size).toBe(1);
    const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM candidate WHERE "birthLastName" = 'Concurrent'`);
    expect(n).toBe(1);
  });

  it("lets one of three concurrent registrations of the same person through, the others are flagged", async () => {
    const input = person(est.a2.id, { lastName: "Simultané", firstNames: "Trois", email: "trois@exemple.fr" });
    const results = await Promise.all([1, 2, 3].map(() => who.advisorA2.gql(CREATE, { i: input })));
    expect(results.filter((r) => r.data?.createCandidate)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(code)).toEqual(["LIKELY_DUPLICATE", "LIKELY_DUPLICATE"]);
  });

  it("refuses invalid fields all at once with BAD_USER_INPUT, writing nothing", async () => {
    const candidates = await countRows(api, "candidate");
    const events = await countRows(api, "audit_event");
    const refused = async (overrides: Record<string, unknown>) => {
      const res = await who.advisorA1.gql(CREATE, { i: person(est.a1.id, { lastName: "Invalide", ...overrides }) });
      expect(code(res)).toBe("BAD_USER_INPUT");
      return res.errors![0]!.extensions!.problems as { field: string; message: string }[];
    };
    expect(await refused({ birthDate: "2099-01-01" })).toEqual([
      { field: "birthDate", message: "La date de naissance doit être dans le passé." },
    ]);
    expect(await refused({ birthDate: "2020-01-01" })).toEqual([
      { field: "birthDate", message: "Le candidat doit avoir au moins 16 ans." },
    ]);
    expect((await refused({ birthDate: "1900-01-01" }))[0]!.field).toBe("birthDate");
    expect(await refused({ email: "pas-un-email" })).toEqual([{ field: "email", message: "Adresse e-mail invalide." }]);
    expect(await refused({ employerSiret: "12345678901234" })).toEqual([
      { field: "employerSiret", message: "Ce SIRET n'est pas valide (clé de contrôle incorrecte)." },
    ]);
    const many = await refused({
      lastName: " ",
      firstNames: "",
      email: "x",
      phone: "12",
      address: { line: "1 rue", postalCode: "abc", city: "Rennes" },
    });
    expect(many.map((p) => p.field).sort()).toEqual(["address.postalCode", "email", "firstNames", "lastName", "phone"]);
    expect(many.find((p) => p.field === "lastName")?.message).toBe("Le nom de naissance est obligatoire.");
    expect(await countRows(api, "candidate")).toBe(candidates);
    expect(await countRows(api, "audit_event")).toBe(events);
  });

  it("audits the creation with field names only: no name, email or birth date anywhere in the trail", async () => {
    const c = await create(
      person(est.a1.id, {
        lastName: "Zélie-Traçable",
        firstNames: "Anaïs",
        email: "anais.tracable@exemple.fr",
        birthDate: "1968-02-29",
        phone: "0799887766",
      }),
      who.advisorA1,
    );
    const [event] = await api.ds.query(`SELECT * FROM audit_event WHERE action = 'CREATE' AND "entityId" = $1`, [c.id]);
    expect(event).toMatchObject({
      entityType: "Candidate",
      actorId: who.advisorA1.id,
      networkId: est.a1.networkId,
      establishmentId: est.a1.id,
    });
    expect(event.changedFields).toEqual(expect.arrayContaining(["birthLastName", "firstNames", "birthDate", "email", "establishmentId"]));
    const trail = JSON.stringify(await api.ds.query(`SELECT * FROM audit_event`));
    for (const value of ["Zélie", "Traçable", "Anaïs", "anais.tracable", "1968-02-29", "0799887766", "Dupré", "elodie.dupre"])
      expect(trail).not.toContain(value);
  });
});

describe("updating a candidate", () => {
  const UPDATE = `mutation($id: ID!, $i: UpdateCandidateInput!) { updateCandidate(id: $id, input: $i) { id email phone usualName } }`;

  it("changes the given fields and audits their names only", async () => {
    const res = await who.advisorA1.gql(UPDATE, { id: cand.a1bis.id, i: { email: "Thomas.N@exemple.fr", phone: null } });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateCandidate).toMatchObject({ email: "thomas.n@exemple.fr", phone: null });
    const [event] = await api.ds.query(
      `SELECT "changedFields" FROM audit_event WHERE action = 'UPDATE' AND "entityId" = $1 ORDER BY "occurredAt" DESC LIMIT 1`,
      [cand.a1bis.id],
    );
    expect(event.changedFields).toEqual(["email", "phone"]);
  });

  it("is FORBIDDEN to analysts and evaluators, NOT_FOUND outside the scope, and refuses bad input", async () => {
    expect(code(await who.analyst.gql(UPDATE, { id: cand.a1.id, i: { phone: null } }))).toBe("FORBIDDEN");
    expect(code(await who.evaluatorA1.gql(UPDATE, { id: cand.a1.id, i: { phone: null } }))).toBe("FORBIDDEN");
    expect(code(await who.advisorA2.gql(UPDATE, { id: cand.a1.id, i: { phone: null } }))).toBe("NOT_FOUND");
    expect(code(await who.managerB.gql(UPDATE, { id: cand.a1.id, i: { phone: null } }))).toBe("NOT_FOUND");
    const bad = await who.advisorA1.gql(UPDATE, { id: cand.a1.id, i: { birthDate: "2030-01-01" } });
    expect(code(bad)).toBe("BAD_USER_INPUT");
    const read = await ok(api, READ_ONE("birthDate phone"), { id: cand.a1.id });
    expect(read.candidate).toMatchObject({ birthDate: "1990-04-12", phone: "06 12 34 56 78" });
  });
});
