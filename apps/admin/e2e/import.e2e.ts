import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_NETWORKS, checkScreen, demoPassword, openBrowser, randomSiren, signIn, siretFor, type Browser } from "./support.ts";

/**
 * A network manager imports establishments from a CSV file: a file with errors is checked (every
 * faulty line with its column and reason, nothing created), then the corrected file is checked
 * and imported, and the new establishments are in the establishment list.
 *
 * The organisation the lines belong to is created through the API first (arrange), so that the
 * test does not depend on the demo data's identifiers.
 */
let b: Browser;
const demo = DEMO_NETWORKS[0]!;
const siren = randomSiren();
const tag = `E2E import ${siren}`;
let networkId = "";
let token = "";

const HEADER = "SIREN de l'organisme;SIRET;Nom de l'établissement;Adresse;Code postal;Ville;Code département";
/** The same SIRET with its last digit changed: one changed digit always breaks the Luhn key. */
const badKey = (siret: string) => siret.slice(0, 13) + ((Number(siret[13]) + 1) % 10);
const csvFile = (name: string, lines: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from("\uFEFF" + [HEADER, ...lines].join("\r\n") + "\r\n", "utf8"),
});

async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${b.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data!;
}

const establishmentCount = async () =>
  (
    await api<{ establishments: { totalCount: number } }>(
      `query($s: String) { establishments(first: 1, filter: { search: { contains: $s } }) { totalCount } }`,
      { s: tag },
    )
  ).establishments.totalCount;

beforeAll(async () => {
  b = await openBrowser();
  token = (
    await api<{ signIn: { accessToken: string } }>(
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }`,
      {
        e: demo.networkManager,
        p: demoPassword(),
      },
    )
  ).signIn.accessToken;
  const networks = await api<{ networks: { edges: { node: { id: string; name: string } }[] } }>(
    `{ networks(first: 50) { edges { node { id name } } } }`,
  );
  networkId = networks.networks.edges.find((e) => e.node.name === demo.name)!.node.id;
  await api(`mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`, {
    i: { networkId, siren, legalName: `Organisme ${tag}` },
  });
  await signIn(b.page, demo.networkManager);
});
afterAll(async () => {
  await b?.close();
});

describe("bulk import of establishments", () => {
  const good = (nic: string, name: string) => `${siren};${siretFor(siren, nic)};${tag} ${name};1 rue de la Gare;35000;Rennes;35`;

  it("opens from the network page, offers the templates of each kind", async () => {
    const { page } = b;
    await page.goto(`/reseaux/${networkId}`);
    await page.getByRole("heading", { level: 1, name: demo.name }).waitFor();
    await page.getByRole("link", { name: "Importer", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: /Import en masse/ }).waitFor();
    expect(await page.getByRole("radio", { name: "Établissements" }).isChecked()).toBe(true);
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger le modèle CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe("modele-import-etablissements.csv");
    await page.getByRole("radio", { name: "Personnel" }).check();
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger le modèle XLSX" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe("modele-import-personnel.xlsx");
    await page.getByRole("radio", { name: "Établissements" }).check();
    await checkScreen(page, "import-choix");
  });

  it("a file with errors lists each faulty line with its column and reason, and creates nothing", async () => {
    const { page } = b;
    // Line 2 is right; 3: wrong SIRET key; 4: no city.
    const noCity = `${siren};${siretFor(siren, "0003")};${tag} C;1 rue de la Gare;35000;;35`;
    await page
      .getByLabel("Fichier à importer (CSV ou XLSX)")
      .setInputFiles(
        csvFile("etablissements-erreurs.csv", [
          good("0001", "A"),
          `${siren};${badKey(siretFor(siren, "0002"))};${tag} B;1 rue de la Gare;35000;Rennes;35`,
          noCity,
        ]),
      );
    await page.getByRole("button", { name: "Vérifier le fichier" }).click();
    const table = page.getByTestId("import-problems");
    await table.waitFor();
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim())));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.slice(0, 2)).toEqual(["3", "SIRET"]);
    expect(rows[0]![2]).toMatch(/clé de contrôle/);
    expect(rows[1]).toEqual(["4", "Ville", "La ville est obligatoire."]);
    expect(await page.getByTestId("import-summary").textContent()).toMatch(/2 erreurs sur 2 lignes \(3 lignes lues\)/);
    // The summary is announced, and focus moved to the result.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("3. Résultat de la vérification");
    expect(await page.getByRole("button", { name: /^Importer/ }).count()).toBe(0);
    expect(await establishmentCount()).toBe(0);
    await checkScreen(page, "import-rapport-erreurs");
  });

  it("the corrected file is checked, imported with its progress, and its establishments are listed", async () => {
    const { page } = b;
    await page
      .getByLabel("Fichier à importer (CSV ou XLSX)")
      .setInputFiles(csvFile("etablissements.csv", [good("0001", "A"), good("0002", "B"), good("0003", "C")]));
    await page.getByRole("button", { name: "Vérifier le fichier" }).click();
    await expect.poll(() => page.getByTestId("import-summary").textContent()).toMatch(/Le fichier est valide : 3 lignes prêtes à importer/);
    expect(await page.getByTestId("import-problems").count()).toBe(0);
    expect(await establishmentCount()).toBe(0);
    await checkScreen(page, "import-rapport-valide");

    await page.getByRole("button", { name: "Importer (3 lignes)" }).click();
    const done = page.getByTestId("import-done");
    await done.waitFor();
    expect(await done.textContent()).toContain("3 établissements créés.");
    expect(await done.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
    expect(await establishmentCount()).toBe(3);
    await checkScreen(page, "import-termine");

    await done.getByRole("link", { name: "Voir les établissements" }).click();
    await page.getByLabel("Nom, SIRET ou ville").fill(tag);
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    for (const name of ["A", "B", "C"]) await page.getByRole("link", { name: `${tag} ${name}`, exact: true }).waitFor();
    await checkScreen(page, "import-etablissements-listes");
  });
});
