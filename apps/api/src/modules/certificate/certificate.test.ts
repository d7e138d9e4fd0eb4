/**
 * Certificates: issued by a CERTIFIED decision with an unguessable number; read in scope; printed
 * as a PDF attestation for those who may read the holder's identity; checked publicly by number,
 * showing the certification, the date and the initials — nothing more — with a limit per address.
 */
import { inflateSync } from "node:zlib";
import { CERTIFICATE_NUMBER, Role } from "@clea/schema";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { countRows, ok } from "../../test/organisation-fixtures.js";
import { centreManager, fixtureDossier, juryWorld, today, type DossierOptions, type JuryWorld } from "../../test/jury-fixtures.js";
import { certificateNumbers, crockford80, holderInitials } from "./certificate.number.js";
import { VERIFY_THROTTLE } from "./certificate.service.js";

let api: TestApi;
let world: JuryWorld;
let sessionId: string;

beforeAll(async () => {
  api = await createTestApi();
  world = await juryWorld(api, "Certificats");
  sessionId = (
    await ok(api, `mutation($i: CreateJurySessionInput!) { createJurySession(input: $i) { id } }`, {
      i: { organiser: "Transitions Pro Occitanie", certificationCode: "CLEA", heldOn: today(), mode: "REMOTE", members: [] },
    })
  ).createJurySession.id;
});
afterAll(() => api?.close());
afterEach(() => vi.restoreAllMocks());

const DECIDE = `mutation($i: RecordJuryDecisionInput!) { recordJuryDecision(input: $i) { certificate { id number issuedOn holderInitials attestationPath } } }`;

/** A dossier of `world` taken to CERTIFIED through the API (as ADMIN). */
async function certified(w: JuryWorld = world, o: DossierOptions = {}) {
  const d = await fixtureDossier(api, w, o);
  await ok(api, `mutation($i: SubmitToJuryInput!) { submitToJury(input: $i) { id } }`, {
    i: { dossierId: d.id, version: d.version, jurySessionId: sessionId },
  });
  const res = await ok(api, DECIDE, { i: { dossierId: d.id, version: d.version + 1, decision: "CERTIFIED" } });
  return {
    dossier: d,
    certificate: res.recordJuryDecision.certificate as {
      id: string;
      number: string;
      issuedOn: string;
      holderInitials: string;
      attestationPath: string;
    },
  };
}

/** The text a PDF shows: its (deflated) content streams' hex-encoded strings, decoded. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const texts: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf("endstream", start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue;
    }
    for (const t of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      texts.push([...t[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, "hex").toString("latin1")).join(""));
  }
  return texts.join("\n");
}

const pdf = (path: string, headers: Record<string, string> = {}) => fetch(`${api.baseUrl}${path}`, { headers });

describe("issuing", () => {
  it("numbers are the certification's prefix and 80 random bits in Crockford base 32; initials keep only first letters", () => {
    expect(crockford80(new Uint8Array(10))).toBe("0000000000000000");
    expect(crockford80(new Uint8Array(10).fill(255))).toBe("ZZZZZZZZZZZZZZZZ");
    const drawn = new Set(Array.from({ length: 2000 }, () => certificateNumbers.draw("CLEA")));
    expect(drawn.size).toBe(2000);
    for (const n of drawn) expect(n).toMatch(CERTIFICATE_NUMBER);
    expect(certificateNumbers.draw("CLEA_NUMERIQUE")).toMatch(/^CLEN-/);
    expect(holderInitials("Jean Pierre", "Dupont")).toBe("J. D.");
    expect(holderInitials(" élodie", "d'Aubigné")).toBe("É. D.");
  });

  it("a CERTIFIED decision issues one certificate, read in scope, and on its dossier", async () => {
    const { dossier, certificate } = await certified(world, { firstNames: "Jeanne", birthLastName: "Dupont" });
    expect(certificate).toMatchObject({
      issuedOn: today(),
      holderInitials: "J. D.",
      attestationPath: `/certificates/${certificate.number}.pdf`,
    });
    const manager = await centreManager(api, world);
    const read = await manager.gql(
      `query($id: ID!) { certificate(id: $id) { number certification { code } establishment { id } dossier { id state } } }`,
      { id: certificate.id },
    );
    expect(read.data.certificate).toEqual({
      number: certificate.number,
      certification: { code: "CLEA" },
      establishment: { id: world.establishment.id },
      dossier: { id: dossier.id, state: "CERTIFIED" },
    });
    expect(
      (await manager.gql(`query($id: ID!) { dossier(id: $id) { certificate { number } } }`, { id: dossier.id })).data.dossier.certificate
        .number,
    ).toBe(certificate.number);

    const other = await juryWorld(api, "Certificats voisins");
    const foreign = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: other.network.id }]);
    expect(
      (await foreign.gql(`query($id: ID!) { certificate(id: $id) { id } }`, { id: certificate.id })).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    const LIST = `query($f: CertificateFilter) { certificates(first: 50, filter: $f) { totalCount edges { node { number } } } }`;
    expect((await foreign.gql(LIST)).data.certificates.totalCount).toBe(0);
    const mine = (await manager.gql(LIST, { f: { certificationCode: { eq: "CLEA" }, issuedOn: { gte: today() } } })).data.certificates;
    expect(mine.edges.map((e: any) => e.node.number)).toContain(certificate.number);
  });

  it("are filtered on their holder (identity only for those who may read it), sorted as asked through two pages, within the scope", async () => {
    const w = await juryWorld(api, "Certificats listés");
    const kerbrat = await certified(w, { birthLastName: "Kerbrat" });
    const others = [await certified(w, { birthLastName: "Le Goff" }), await certified(w, { birthLastName: "Le Goff" })];
    const manager = await centreManager(api, w);
    const analyst = await actAs(api, [{ role: Role.ANALYST, networkId: w.network.id }]);
    const foreign = await actAs(api, [{ role: Role.ANALYST, networkId: world.network.id }]);
    const LIST = `query($f: CertificateFilter, $after: String) {
      certificates(first: 2, after: $after, filter: $f, orderBy: [{ field: NUMBER, direction: ASC }]) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { number dossierId } } } }`;
    const byName = { establishmentId: { eq: w.establishment.id }, candidate: { birthLastName: { eq: "Kerbrat" } } };
    expect((await manager.gql(LIST, { f: byName })).data.certificates.edges).toEqual([
      { node: { number: kerbrat.certificate.number, dossierId: kerbrat.dossier.id } },
    ]);
    expect((await analyst.gql(LIST, { f: byName })).data.certificates.totalCount).toBe(0);
    const statistical = {
      establishmentId: { eq: w.establishment.id },
      candidate: { gender: { eq: "FEMALE" } },
      dossier: { state: { eq: "CERTIFIED" } },
    };
    const first = (await analyst.gql(LIST, { f: statistical })).data.certificates;
    expect(first.totalCount).toBe(3);
    const second = (await analyst.gql(LIST, { f: statistical, after: first.pageInfo.endCursor })).data.certificates;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const numbers = [...first.edges, ...second.edges].map((e: any) => e.node.number);
    expect(numbers).toEqual([kerbrat, ...others].map((c) => c.certificate.number).sort());
    expect((await foreign.gql(LIST, { f: statistical })).data.certificates.totalCount).toBe(0);
  });

  it("draws again when a number is already taken (unique index), and writes nothing if it never finds one", async () => {
    const first = await certified();
    const draw = vi.spyOn(certificateNumbers, "draw").mockReturnValueOnce(first.certificate.number);
    const second = await certified();
    expect(draw).toHaveBeenCalledTimes(2);
    expect(second.certificate.number).not.toBe(first.certificate.number);

    draw.mockReturnValue(first.certificate.number);
    const d = await fixtureDossier(api, world);
    await ok(api, `mutation($i: SubmitToJuryInput!) { submitToJury(input: $i) { id } }`, {
      i: { dossierId: d.id, version: d.version, jurySessionId: sessionId },
    });
    const certificates = await countRows(api, "certificate");
    const res = await api.gql(DECIDE, { i: { dossierId: d.id, version: d.version + 1, decision: "CERTIFIED" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(await countRows(api, "certificate")).toBe(certificates);
    const [row] = await api.ds.query(
      `SELECT d.state, js.decision FROM dossier d JOIN jury_submission js ON js."dossierId" = d.id WHERE d.id = $1`,
      [d.id],
    );
    expect(row).toEqual({ state: "SUBMITTED_TO_JURY", decision: null });
  });
});

describe("the PDF attestation", () => {
  it("is a PDF naming the certification, the holder, the date, the number, the establishment and the verification address", async () => {
    const { certificate } = await certified(world, { firstNames: "Léa", birthLastName: "Martin" });
    const before = await countRows(api, `audit_event WHERE action = 'READ_PERSONAL_DATA'`);
    const res = await pdf(certificate.attestationPath, api.admin!.headers);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/pdf/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(bytes);
    expect(text).toContain(certificate.number);
    expect(text).toContain("Léa MARTIN");
    expect(text).toContain("Certificat CléA");
    expect(text).toContain(world.establishment.name);
    expect(text).toContain(`${api.baseUrl}/verification/${certificate.number}`);
    const [y, m, d] = today().split("-");
    expect(text).toContain(`${d}/${m}/${y}`);
    expect(await countRows(api, `audit_event WHERE action = 'READ_PERSONAL_DATA'`)).toBe(before + 1);
  });

  it("is served to the holder's establishment; refused outside the scope (404), without personal-data rights (403) or a token (401)", async () => {
    const { certificate } = await certified();
    const manager = await centreManager(api, world);
    expect((await pdf(certificate.attestationPath, manager.headers)).status).toBe(200);
    // Lower case and without dashes: the same certificate.
    expect((await pdf(`/certificates/${certificate.number.toLowerCase()}.pdf`, manager.headers)).status).toBe(200);

    const other = await juryWorld(api, "PDF voisin");
    const foreign = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: other.network.id }]);
    const notFound = await pdf(certificate.attestationPath, foreign.headers);
    expect(notFound.status).toBe(404);
    expect(((await notFound.json()) as any).errors[0].extensions.code).toBe("NOT_FOUND");
    const networkManager = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: world.network.id }]);
    expect((await pdf(certificate.attestationPath, networkManager.headers)).status).toBe(403);
    expect((await pdf(certificate.attestationPath)).status).toBe(401);
    expect((await pdf("/certificates/CLEA-0000-0000-0000-0000.pdf", manager.headers)).status).toBe(404);
    expect((await pdf("/certificates/nimporte-quoi.pdf", manager.headers)).status).toBe(404);
  });
});

describe("public verification", () => {
  const VERIFY = `query($n: String!) { verifyCertificate(number: $n) { number certificationName issuedOn holderInitials } }`;

  it("answers without signing in with the certification, the date and the initials; null for an unknown number", async () => {
    const { certificate } = await certified(world, { firstNames: "Zoé", birthLastName: "Nguyen" });
    const res = await api.anonymousGql(VERIFY, { n: ` ${certificate.number.toLowerCase().replaceAll("-", " ")} ` });
    expect(res.errors).toBeUndefined();
    expect(res.data.verifyCertificate).toEqual({
      number: certificate.number,
      certificationName: "CléA",
      issuedOn: today(),
      holderInitials: "Z. N.",
    });
    expect((await api.anonymousGql(VERIFY, { n: "CLEA-0000-0000-0000-0000" })).data.verifyCertificate).toBeNull();
    const bad = await api.anonymousGql(VERIFY, { n: "CLEA-123" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("exposes nothing personal beyond the initials: four scalar fields, no way to another type", async () => {
    const type = (await api.gql(`{ __type(name: "CertificateVerification") { fields { name type { kind name ofType { kind name } } } } }`))
      .data.__type;
    expect(type.fields.map((f: any) => f.name).sort()).toEqual(["certificationName", "holderInitials", "issuedOn", "number"]);
    for (const f of type.fields) expect([f.type.kind, f.type.ofType?.kind]).toContain("SCALAR");
    const { certificate } = await certified();
    for (const field of ["holderName", "dossier { id }", "candidate { id }", "establishment { name }", "id"]) {
      const res = await api.anonymousGql(`query($n: String!) { verifyCertificate(number: $n) { ${field} } }`, { n: certificate.number });
      expect(res.errors?.[0]?.extensions?.code, field).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(res.data).toBeUndefined();
    }
    // The other certificate fields stay behind sign-in.
    const anonymous = await api.anonymousGql(`query { certificates(first: 1) { totalCount } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("limits the lookups of one address (RATE_LIMITED), in PostgreSQL", async () => {
    const saved = VERIFY_THROTTLE.maxLookups;
    VERIFY_THROTTLE.maxLookups = 3;
    try {
      await api.ds.query(`DELETE FROM rate_limit WHERE key LIKE 'verify:%'`);
      for (let i = 0; i < 3; i++) expect((await api.anonymousGql(VERIFY, { n: `CLEA-0000-0000-0000-000${i}` })).errors).toBeUndefined();
      const limited = await api.anonymousGql(VERIFY, { n: "CLEA-0000-0000-0000-0009" });
      expect(limited.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(limited.errors?.[0]?.message).toContain("Trop de vérifications");
      const [row] = await api.ds.query(`SELECT key, points FROM rate_limit WHERE key LIKE 'verify:%'`);
      expect(row.points).toBe(4);
      expect(row.key).toMatch(/^verify:[0-9a-f]{64}$/); // the address itself is never stored
    } finally {
      VERIFY_THROTTLE.maxLookups = saved;
      await api.ds.query(`DELETE FROM rate_limit WHERE key LIKE 'verify:%'`);
    }
  });
});
