import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
      i: { networkId: network.id, siren, legalName: " Formations du Littoral ", trainingDeclarationNumber: "53350123435", qualiopiValidUntil: "2027-03-31" },
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
    const res = await api.gql(CREATE, { i: { networkId: "6f1c2a9e-0000-4000-8000-000000000000", siren: nextSiren(), legalName: "Orphelin" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const read = await api.gql(`{ organisation(id: "6f1c2a9e-0000-4000-8000-000000000000") { id } }`);
    expect(read.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("updates the given fields only, and null clears an optional one", async () => {
    const o = await createOrganisation(api, network.id, "À modifier");
    const UPDATE = `mutation($id: ID!, $i: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $i) { legalName trainingDeclarationNumber qualiopiValidUntil } }`;
    const first = await ok(api, UPDATE, { id: o.id, i: { trainingDeclarationNumber: "11755555575", qualiopiValidUntil: "2026-01-31" } });
    expect(first.updateOrganisation).toEqual({ legalName: "À modifier", trainingDeclarationNumber: "11755555575", qualiopiValidUntil: "2026-01-31" });
    const second = await ok(api, UPDATE, { id: o.id, i: { legalName: "Modifié", qualiopiValidUntil: null } });
    expect(second.updateOrganisation).toEqual({ legalName: "Modifié", trainingDeclarationNumber: "11755555575", qualiopiValidUntil: null });
    const bad = await api.gql(UPDATE, { id: o.id, i: { legalName: " " } });
    expect(bad.errors?.[0]?.extensions?.problems).toEqual([{ field: "legalName", message: "La raison sociale est obligatoire." }]);
  });

  it("lists organisations by legal name, filtered by network and searched by name or SIREN", async () => {
    const elsewhere = await createNetwork(api, "Autre réseau", "OTHER");
    const target = await createOrganisation(api, elsewhere.id, "Zèbre Formation");
    await createOrganisation(api, elsewhere.id, "Alpha Formation");
    const LIST = `query($n: ID, $s: String) { organisations(networkId: $n, search: $s) { totalCount edges { node { legalName siren } } } }`;
    const inNetwork = await ok(api, LIST, { n: elsewhere.id });
    expect(inNetwork.organisations.edges.map((e: any) => e.node.legalName)).toEqual(["Alpha Formation", "Zèbre Formation"]);
    const bySiren = await ok(api, LIST, { s: target.siren });
    expect(bySiren.organisations.edges.map((e: any) => e.node.legalName)).toEqual(["Zèbre Formation"]);
    const byName = await ok(api, LIST, { s: "zÈBRE" });
    expect(byName.organisations.totalCount).toBe(1);
    const bad = await api.gql(LIST, { n: "pas-un-id" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
