import { Role, departmentOfPostalCode } from "@clea/schema";
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
  nextSiren,
  ok,
  siretOf,
} from "../../test/organisation-fixtures.js";

let api: TestApi;
let network: { id: string };
let organisation: { id: string; siren: string };
let other: { id: string; siren: string };
beforeAll(async () => {
  api = await createTestApi();
  network = await createNetwork(api, "Réseau des établissements", "GRETA");
  organisation = await createOrganisation(api, network.id, "GRETA Lyon Métropole");
  other = await createOrganisation(api, network.id, "Autre organisme");
});
afterAll(async () => {
  await api?.close();
});

const CREATE = `mutation($i: CreateEstablishmentInput!) { createEstablishment(input: $i) {
  id siret name postalCode city departmentCode regionCode networkId organisationId status
  department { code name region { code name } } region { code name } organisation { legalName } network { name } habilitations { id } } }`;

const valid = (nic: number, overrides: Record<string, unknown> = {}) => ({
  organisationId: organisation.id,
  siret: siretOf(organisation.siren, nic),
  name: "GRETA Lyon – Part-Dieu",
  addressLine: "3 rue de la Villette",
  postalCode: "69003",
  city: "Lyon",
  departmentCode: "69",
  ...overrides,
});

/** Sends a faulty input and returns its problems, after checking that nothing was written. */
async function refused(input: Record<string, unknown>) {
  const before = await countRows(api, "establishment");
  const res = await api.gql(CREATE, { i: input });
  expect(res.data?.createEstablishment ?? null).toBeNull();
  expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(await countRows(api, "establishment")).toBe(before);
  return res.errors![0]!.extensions!.problems as { field: string; message: string }[];
}

describe("creating an establishment", () => {
  it("derives its region from the department and copies its organisation's network", async () => {
    const data = await ok(api, CREATE, { i: valid(1) });
    expect(data.createEstablishment).toMatchObject({
      siret: siretOf(organisation.siren, 1),
      postalCode: "69003",
      departmentCode: "69",
      regionCode: "84",
      networkId: network.id,
      organisationId: organisation.id,
      status: "OPEN",
      department: { code: "69", name: "Rhône", region: { code: "84", name: "Auvergne-Rhône-Alpes" } },
      region: { code: "84", name: "Auvergne-Rhône-Alpes" },
      organisation: { legalName: "GRETA Lyon Métropole" },
      network: { name: "Réseau des établissements" },
      habilitations: [],
    });
    const read = await ok(api, `query($id: ID!) { establishment(id: $id) { name } }`, { id: data.createEstablishment.id });
    expect(read.establishment.name).toBe("GRETA Lyon – Part-Dieu");
  });

  it("refuses a SIRET whose key is wrong", async () => {
    const siret = siretOf(organisation.siren, 2);
    const wrongKey = siret.slice(0, 13) + String((Number(siret[13]) + 1) % 10);
    expect(await refused(valid(2, { siret: wrongKey }))).toEqual([
      { field: "siret", message: "Ce SIRET n'est pas valide (clé de contrôle incorrecte)." },
    ]);
  });

  it("refuses a SIRET that is not 14 digits", async () => {
    expect(await refused(valid(2, { siret: "1234" }))).toEqual([
      { field: "siret", message: "Le SIRET doit comporter exactement 14 chiffres." },
    ]);
  });

  it("refuses a valid SIRET of another organisation's SIREN", async () => {
    const problems = await refused(valid(2, { siret: siretOf(other.siren, 2) }));
    expect(problems).toEqual([{ field: "siret", message: expect.stringContaining(organisation.siren) }]);
  });

  it("refuses a postal code of another department", async () => {
    const problems = await refused(valid(2, { postalCode: "75011" }));
    expect(problems).toEqual([{ field: "postalCode", message: "Ce code postal est celui du département 75 (Paris), pas du 69." }]);
  });

  it("refuses an unknown department", async () => {
    const problems = await refused(valid(2, { departmentCode: "99", postalCode: "69003" }));
    expect(problems).toEqual([{ field: "departmentCode", message: "Ce département n'existe pas." }]);
  });

  it("reports every faulty field at once", async () => {
    const problems = await refused(
      valid(2, { siret: "12345678901234", name: "  ", postalCode: "13001", city: "", addressLine: "x".repeat(301) }),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(["addressLine", "city", "name", "postalCode", "siret"]);
    expect(problems.find((p) => p.field === "name")?.message).toBe("Le nom de l'établissement est obligatoire.");
  });

  it("refuses a SIRET that already exists with CONFLICT", async () => {
    const before = await countRows(api, "establishment");
    const res = await api.gql(CREATE, { i: valid(1, { name: "Doublon" }) });
    expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0]?.message).toBe(
      `Un établissement avec le SIRET ${siretOf(organisation.siren, 1)} existe déjà (GRETA Lyon – Part-Dieu).`,
    );
    expect(await countRows(api, "establishment")).toBe(before);
  });

  it("answers CONFLICT, never an internal error, when two requests create the same SIRET at once", async () => {
    const input = valid(7, { name: "Course" });
    const results = await Promise.all([1, 2, 3].map(() => api.gql(CREATE, { i: input })));
    expect(results.filter((r) => r.data?.createEstablishment)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0]!.extensions!.code)).toEqual(["CONFLICT", "CONFLICT"]);
    const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM establishment WHERE siret = $1`, [input.siret]);
    expect(n).toBe(1);
  });

  it("answers NOT_FOUND for an unknown organisation", async () => {
    const res = await api.gql(CREATE, { i: valid(3, { organisationId: "6f1c2a9e-0000-4000-8000-000000000000" }) });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("updating an establishment", () => {
  const UPDATE = `mutation($id: ID!, $i: UpdateEstablishmentInput!) { updateEstablishment(id: $id, input: $i) { name postalCode city departmentCode regionCode } }`;

  it("moves it to another department, with its region following", async () => {
    const e = await createEstablishment(api, organisation, {
      name: "À déménager",
      nic: 10,
      postalCode: "69003",
      city: "Lyon",
      departmentCode: "69",
    });
    const data = await ok(api, UPDATE, { id: e.id, i: { postalCode: "13001", city: "Marseille", departmentCode: "13" } });
    expect(data.updateEstablishment).toEqual({
      name: "À déménager",
      postalCode: "13001",
      city: "Marseille",
      departmentCode: "13",
      regionCode: "93",
    });
  });

  it("checks a new postal code against the department it keeps, and writes nothing when refused", async () => {
    const e = await createEstablishment(api, organisation, {
      name: "Reste à Lyon",
      nic: 11,
      postalCode: "69003",
      city: "Lyon",
      departmentCode: "69",
    });
    const res = await api.gql(UPDATE, { id: e.id, i: { postalCode: "35000", name: "Nouveau nom" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.problems).toEqual([
      { field: "postalCode", message: "Ce code postal est celui du département 35 (Ille-et-Vilaine), pas du 69." },
    ]);
    const read = await ok(api, `query($id: ID!) { establishment(id: $id) { name postalCode } }`, { id: e.id });
    expect(read.establishment).toEqual({ name: "Reste à Lyon", postalCode: "69003" });
  });
});

describe("establishment list", () => {
  const LIST = `query($filter: EstablishmentFilter, $first: Int, $after: String, $last: Int, $before: String) {
    establishments(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { name siret regionCode departmentCode } } } }`;
  let listNetwork: { id: string };
  const names = (data: any) => data.establishments.edges.map((e: any) => e.node.name);
  /** "Habilitated today for this certification": a habilitation whose effective status is GRANTED. */
  const granted = (code: string) => ({ certificationCode: { eq: code }, status: { eq: "GRANTED" } });

  beforeAll(async () => {
    listNetwork = await createNetwork(api, "Réseau de la liste", "APP");
    const org = await createOrganisation(api, listNetwork.id, "APP Liste", nextSiren());
    const places = [
      { name: "Liste Rennes", postalCode: "35000", city: "Rennes", departmentCode: "35" },
      { name: "Liste Brest", postalCode: "29200", city: "Brest", departmentCode: "29" },
      { name: "Liste Lille", postalCode: "59000", city: "Lille", departmentCode: "59" },
      { name: "Liste 100% Nantes", postalCode: "44000", city: "Nantes", departmentCode: "44" },
      { name: "Liste Ajaccio", postalCode: "20000", city: "Ajaccio", departmentCode: "2A" },
    ];
    const created = [];
    for (const [i, p] of places.entries()) created.push(await createEstablishment(api, org, { ...p, nic: i + 1 }));
    const [rennes, brest, lille, nantes] = created;
    // Rennes: CLEA granted twice (evaluator and trainer) → listed once; Brest: CLEA granted but expired;
    // Lille: CLEA only requested; Nantes: CLEA Numérique granted.
    for (const role of ["EVALUATOR", "TRAINER"]) {
      const h = await createHabilitation(api, rennes!.id, "CLEA", role);
      expect((await changeStatus(api, h.id, "GRANT", { startDate: "2024-01-01", endDate: "2099-12-31" })).errors).toBeUndefined();
    }
    const expired = await createHabilitation(api, brest!.id, "CLEA");
    await changeStatus(api, expired.id, "GRANT", { startDate: "2024-01-01", endDate: "2099-12-31" });
    await ok(
      api,
      `mutation($id: ID!) { updateHabilitation(id: $id, input: { startDate: "2020-01-01", endDate: "2023-12-31" }) { status } }`,
      { id: expired.id },
    );
    await createHabilitation(api, lille!.id, "CLEA");
    const numerique = await createHabilitation(api, nantes!.id, "CLEA_NUMERIQUE");
    await changeStatus(api, numerique.id, "GRANT", { startDate: "2024-01-01", endDate: "2099-12-31" });
    await api.ds.query(`UPDATE establishment SET status = 'CLOSED', "closedOn" = '2024-06-30' WHERE id = $1`, [lille!.id]);
  });

  it("filters by region, by department and by status", async () => {
    const bretagne = await ok(api, LIST, { filter: { networkId: { eq: listNetwork.id }, regionCode: { eq: "53" } } });
    expect(names(bretagne)).toEqual(["Liste Brest", "Liste Rennes"]);
    const finistere = await ok(api, LIST, { filter: { networkId: { eq: listNetwork.id }, departmentCode: { eq: "29" } } });
    expect(names(finistere)).toEqual(["Liste Brest"]);
    const corse = await ok(api, LIST, { filter: { networkId: { eq: listNetwork.id }, regionCode: { eq: "94" } } });
    expect(corse.establishments.edges[0].node).toMatchObject({ name: "Liste Ajaccio", departmentCode: "2A" });
    const closed = await ok(api, LIST, { filter: { networkId: { eq: listNetwork.id }, status: { eq: "CLOSED" } } });
    expect(names(closed)).toEqual(["Liste Lille"]);
  });

  it("filters by certification: a granted, unexpired habilitation, each establishment once", async () => {
    const clea = await ok(api, LIST, { filter: { networkId: { eq: listNetwork.id }, habilitations: granted("CLEA") } });
    expect(names(clea)).toEqual(["Liste Rennes"]);
    expect(clea.establishments.totalCount).toBe(1);
    const numerique = await ok(api, LIST, { filter: { networkId: { eq: listNetwork.id }, habilitations: granted("CLEA_NUMERIQUE") } });
    expect(names(numerique)).toEqual(["Liste 100% Nantes"]);
    const management = await ok(api, LIST, { filter: { networkId: { eq: listNetwork.id }, habilitations: granted("CLEA_MANAGEMENT") } });
    expect(management.establishments.totalCount).toBe(0);
  });

  it("searches name, SIRET and city; a % does not match everything", async () => {
    expect(names(await ok(api, LIST, { filter: { search: { contains: "100%" } } }))).toEqual(["Liste 100% Nantes"]);
    expect((await ok(api, LIST, { filter: { search: { contains: "%" } } })).establishments.totalCount).toBe(1);
    expect((await ok(api, LIST, { filter: { search: { contains: "_" } } })).establishments.totalCount).toBe(0);
    expect(names(await ok(api, LIST, { filter: { search: { contains: "BREST" } } }))).toEqual(["Liste Brest"]);
    const rennes = (await ok(api, LIST, { filter: { search: { contains: "Liste Rennes" } } })).establishments.edges[0].node;
    expect(names(await ok(api, LIST, { filter: { search: { contains: rennes.siret.slice(0, 11) } } }))).toContain("Liste Rennes");
  });

  it("pages forward and backward through the filtered rows", async () => {
    const filter = { networkId: { eq: listNetwork.id } };
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await ok(api, LIST, { filter, first: 2, after });
      expect(page.establishments.totalCount).toBe(5);
      forward.push(...names(page));
      if (!page.establishments.pageInfo.hasNextPage) break;
      after = page.establishments.pageInfo.endCursor;
    }
    expect(forward).toEqual(["Liste 100% Nantes", "Liste Ajaccio", "Liste Brest", "Liste Lille", "Liste Rennes"]);
    const last = await ok(api, LIST, { filter, last: 2 });
    expect(names(last)).toEqual(["Liste Lille", "Liste Rennes"]);
    const before = await ok(api, LIST, { filter, last: 2, before: last.establishments.pageInfo.startCursor });
    expect(names(before)).toEqual(["Liste Ajaccio", "Liste Brest"]);
  });

  it("combines or/not and relations to the organisation and the network", async () => {
    const brestOrNantes = await ok(api, LIST, {
      filter: { networkId: { eq: listNetwork.id }, or: [{ city: { eq: "Brest" } }, { habilitations: granted("CLEA_NUMERIQUE") }] },
    });
    expect(names(brestOrNantes)).toEqual(["Liste 100% Nantes", "Liste Brest"]);
    const notBretagne = await ok(api, LIST, {
      filter: { organisation: { legalName: { eq: "APP Liste" } }, network: { kind: { eq: "APP" } }, not: { regionCode: { eq: "53" } } },
    });
    expect(names(notBretagne)).toEqual(["Liste 100% Nantes", "Liste Ajaccio", "Liste Lille"]);
    // Expired only: a habilitation of Brest is EXPIRED, none is GRANTED.
    const expired = await ok(api, LIST, {
      filter: {
        networkId: { eq: listNetwork.id },
        habilitations: { status: { eq: "EXPIRED" } },
        not: { habilitations: { status: { eq: "GRANTED" } } },
      },
    });
    expect(names(expired)).toEqual(["Liste Brest"]);
  });

  it("sorts by city or department and pages through that order", async () => {
    const args = { filter: { networkId: { eq: listNetwork.id } }, orderBy: [{ field: "DEPARTMENT_CODE", direction: "DESC" }], first: 3 };
    const SORTED = `query($filter: EstablishmentFilter, $orderBy: [EstablishmentOrder!], $first: Int, $after: String) {
      establishments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    const first = await ok(api, SORTED, args);
    expect(names(first)).toEqual(["Liste Lille", "Liste 100% Nantes", "Liste Rennes"]);
    const second = await ok(api, SORTED, { ...args, after: first.establishments.pageInfo.endCursor });
    // Department codes compare as text: "2A" (Corse-du-Sud) comes after "29".
    expect(names(second)).toEqual(["Liste Ajaccio", "Liste Brest"]);
    expect(second.establishments.pageInfo.hasNextPage).toBe(false);
    const byCity = await ok(api, SORTED, { ...args, orderBy: [{ field: "CITY", direction: "ASC" }], first: 10 });
    expect(names(byCity)).toEqual(["Liste Ajaccio", "Liste Brest", "Liste Lille", "Liste 100% Nantes", "Liste Rennes"]);
  });

  it("keeps a network manager to their network's establishments, relations included", async () => {
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: network.id }]);
    const res = await manager.gql(LIST, { filter: { or: [{ search: { contains: "liste" } }, { networkId: { eq: listNetwork.id } }] } });
    expect(res.errors).toBeUndefined();
    expect(res.data.establishments.totalCount).toBe(0);
    const own = await manager.gql(LIST, { filter: { organisation: { legalName: { eq: "GRETA Lyon Métropole" } } }, first: 100 });
    expect(own.data.establishments.totalCount).toBeGreaterThan(0);
  });

  it("lists an organisation's establishments under it", async () => {
    const data = await ok(
      api,
      `query($id: ID!) { organisation(id: $id) { establishmentCount establishments(first: 2) { totalCount edges { node { name } } } } }`,
      {
        id: organisation.id,
      },
    );
    expect(data.organisation.establishmentCount).toBe(data.organisation.establishments.totalCount);
    expect(data.organisation.establishments.edges.length).toBeLessThanOrEqual(2);
  });

  it("every stored postal code belongs to the stored department", async () => {
    const rows: { postalCode: string; departmentCode: string }[] = await api.ds.query(
      `SELECT "postalCode", "departmentCode" FROM establishment`,
    );
    for (const r of rows) expect(departmentOfPostalCode(r.postalCode)?.code).toBe(r.departmentCode);
  });
});
