import { Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { countRows, createNetwork, createOrganisation, nextSiren, ok } from "../../test/organisation-fixtures.js";

let api: TestApi;
let network: { id: string };
beforeAll(async () => {
  api = await createTestApi();
  network = await createNetwork(api, "Réseau des organismes", "PRIVATE");
});
afterAll(async () => {
  await api?.close();
});

const CREATE = `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) {
  id networkId siren legalName trainingDeclarationNumber qualiopiValidUntil establishmentCount network { name } } }`;

async function refused(input: Record<string, unknown>) {
  const before = await countRows(api, "organisation");
  const res = await api.gql(CREATE, { i: input });
  expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(await countRows(api, "organisation")).toBe(before);
  return res.errors![0]!.extensions!.problems as { field: string; message: string }[];
}

describe("organisations", () => {
  it("creates an organisation with its NDA and Qualiopi date, in its network", async () => {
    const siren = nextSiren();
    const data = await ok(api, CREATE, {
      i: {
        networkId: network.id,
        siren,
        legalName: " Formations du Littoral ",
        trainingDeclarationNumber: "53350123435",
        qualiopiValidUntil: "2027-03-31",
      },
    });
    expect(data.createOrganisation).toMatchObject({
      networkId: network.id,
      siren,
      legalName: "Formations du Littoral",
      trainingDeclarationNumber: "53350123435",
      qualiopiValidUntil: "2027-03-31",
      establishmentCount: 0,
      network: { name: "Réseau des organismes" },
    });
  });

  it("refuses a SIREN whose key is wrong", async () => {
    const siren = nextSiren();
    const wrong = siren.slice(0, 8) + String((Number(siren[8]) + 1) % 10);
    expect(await refused({ networkId: network.id, siren: wrong, legalName: "Clé fausse" })).toEqual([
      { field: "siren", message: "Ce SIREN n'est pas valide (clé de contrôle incorrecte)." },
    ]);
  });

  it("reports a bad SIREN, an empty legal name and a bad NDA together", async () => {
    const problems = await refused({ networkId: network.id, siren: "12345", legalName: "", trainingDeclarationNumber: "12-34" });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: "siren", message: "Le SIREN doit comporter exactement 9 chiffres." },
        { field: "legalName", message: "La raison sociale est obligatoire." },
        { field: "trainingDeclarationNumber", message: "Le numéro de déclaration d'activité (NDA) doit comporter exactement 11 chiffres." },
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it("refuses a SIREN that already exists with CONFLICT", async () => {
    const first = await createOrganisation(api, network.id, "Premier", nextSiren());
    const before = await countRows(api, "organisation");
    const res = await api.gql(CREATE, { i: { networkId: network.id, siren: first.siren, legalName: "Second" } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "siren" });
    expect(res.errors?.[0]?.message).toBe(`Un organisme avec le SIREN ${first.siren} existe déjà (Premier).`);
    expect(await countRows(api, "organisation")).toBe(before);
  });

  it("answers NOT_FOUND for an unknown network or organisation", async () => {
    const res = await api.gql(CREATE, {
      i: { networkId: "6f1c2a9e-0000-4000-8000-000000000000", siren: nextSiren(), legalName: "Orphelin" },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const read = await api.gql(`{ organisation(id: "6f1c2a9e-0000-4000-8000-000000000000") { id } }`);
    expect(read.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("updates the given fields only, and null clears an optional one", async () => {
    const o = await createOrganisation(api, network.id, "À modifier");
    const UPDATE = `mutation($id: ID!, $i: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $i) { legalName trainingDeclarationNumber qualiopiValidUntil } }`;
    const first = await ok(api, UPDATE, { id: o.id, i: { trainingDeclarationNumber: "11755555575", qualiopiValidUntil: "2026-01-31" } });
    expect(first.updateOrganisation).toEqual({
      legalName: "À modifier",
      trainingDeclarationNumber: "11755555575",
      qualiopiValidUntil: "2026-01-31",
    });
    const second = await ok(api, UPDATE, { id: o.id, i: { legalName: "Modifié", qualiopiValidUntil: null } });
    expect(second.updateOrganisation).toEqual({ legalName: "Modifié", trainingDeclarationNumber: "11755555575", qualiopiValidUntil: null });
    const bad = await api.gql(UPDATE, { id: o.id, i: { legalName: " " } });
    expect(bad.errors?.[0]?.extensions?.problems).toEqual([{ field: "legalName", message: "La raison sociale est obligatoire." }]);
  });

  it("lists organisations by legal name, filtered by network and searched by name or SIREN", async () => {
    const elsewhere = await createNetwork(api, "Autre réseau", "OTHER");
    const target = await createOrganisation(api, elsewhere.id, "Zèbre Formation");
    await createOrganisation(api, elsewhere.id, "Alpha Formation");
    const LIST = `query($f: OrganisationFilter, $o: [OrganisationOrder!], $first: Int, $after: String) {
      organisations(filter: $f, orderBy: $o, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { legalName siren } } } }`;
    const inNetwork = await ok(api, LIST, { f: { networkId: { eq: elsewhere.id } } });
    expect(inNetwork.organisations.edges.map((e: any) => e.node.legalName)).toEqual(["Alpha Formation", "Zèbre Formation"]);
    const bySiren = await ok(api, LIST, { f: { search: { contains: target.siren } } });
    expect(bySiren.organisations.edges.map((e: any) => e.node.legalName)).toEqual(["Zèbre Formation"]);
    const byName = await ok(api, LIST, { f: { search: { contains: "zÈBRE" } } });
    expect(byName.organisations.totalCount).toBe(1);
    const bad = await api.gql(LIST, { f: { networkId: { eq: "pas-un-id" } } });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters on the network's fields and on or/not, sorts as asked and pages through it", async () => {
    const greta = await createNetwork(api, "Réseau trié GRETA", "GRETA");
    const app = await createNetwork(api, "Réseau trié APP", "APP");
    const sirens: string[] = [];
    for (const [networkId, name, qualiopi] of [
      [greta.id, "Tri Bêta", "2027-01-01"],
      [greta.id, "Tri Alpha", null],
      [app.id, "Tri Gamma", "2026-06-30"],
      [app.id, "Tri Delta", "2028-12-31"],
    ] as const) {
      const o = await ok(api, CREATE, { i: { networkId, siren: nextSiren(), legalName: name, qualiopiValidUntil: qualiopi } });
      sirens.push(o.createOrganisation.siren);
    }
    const LIST = `query($f: OrganisationFilter, $o: [OrganisationOrder!], $first: Int, $after: String) {
      organisations(filter: $f, orderBy: $o, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { legalName } } } }`;
    const names = (r: any) => r.organisations.edges.map((e: any) => e.node.legalName);
    const ofGreta = await ok(api, LIST, { f: { search: { contains: "tri " }, network: { kind: { eq: "GRETA" } } } });
    expect(names(ofGreta)).toEqual(["Tri Alpha", "Tri Bêta"]);
    const either = await ok(api, LIST, {
      f: {
        search: { contains: "tri " },
        or: [{ network: { kind: { eq: "GRETA" } } }, { qualiopiValidUntil: { gte: "2028-01-01" } }],
        not: { legalName: { eq: "Tri Alpha" } },
      },
    });
    expect(names(either)).toEqual(["Tri Bêta", "Tri Delta"]);

    // By Qualiopi date (organisations without one last), two per page.
    const args = { f: { search: { contains: "tri " } }, o: [{ field: "QUALIOPI_VALID_UNTIL", direction: "ASC" }], first: 2 };
    const page1 = await ok(api, LIST, args);
    expect(names(page1)).toEqual(["Tri Gamma", "Tri Bêta"]);
    expect(page1.organisations.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok(api, LIST, { ...args, after: page1.organisations.pageInfo.endCursor });
    expect(names(page2)).toEqual(["Tri Delta", "Tri Alpha"]);
    expect(page2.organisations.pageInfo.hasNextPage).toBe(false);
  });

  it("shows a network manager only the organisations of their network", async () => {
    const own = await createNetwork(api, "Réseau vu du responsable", "APP");
    const other = await createNetwork(api, "Réseau d'à côté", "APP");
    await createOrganisation(api, own.id, "Portée Dedans");
    await createOrganisation(api, other.id, "Portée Dehors");
    const manager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: own.id }]);
    const res = await manager.gql(
      `{ organisations(filter: { or: [{ search: { contains: "portée" } }, { networkId: { eq: "${other.id}" } }] }) { totalCount edges { node { legalName } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.organisations.edges.map((e: any) => e.node.legalName)).toEqual(["Portée Dedans"]);
    expect(res.data.organisations.totalCount).toBe(1);
  });
});
