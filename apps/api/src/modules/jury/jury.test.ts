/**
 * Jury sessions and decisions: sessions are organised by ADMIN and juries with JURY members; a
 * ready dossier is presented to an open session of its certification with every domain valid on
 * the session's date; the jury certifies (issuing the certificate) only a dossier whose domains
 * are all acquired and valid on the jury's date, or adjourns it with a reason; a decision is
 * written once; every refusal has its code and writes nothing.
 */
import { CERTIFICATE_NUMBER, Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../core/dates.js";
import { actAs, type Actor } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { countRows, countStatements, ok } from "../../test/organisation-fixtures.js";
import {
  centreManager,
  fixtureDossier,
  juryMember,
  juryWorld,
  today,
  type FixtureDossier,
  type JuryWorld,
} from "../../test/jury-fixtures.js";

let api: TestApi;
let world: JuryWorld;
let jury: Actor;
let jury2: Actor;

beforeAll(async () => {
  api = await createTestApi();
  world = await juryWorld(api);
  jury = await juryMember(api, "Juliette Jury");
  jury2 = await juryMember(api, "Paul Jury");
});
afterAll(() => api?.close());

const CREATE = `mutation($i: CreateJurySessionInput!) { createJurySession(input: $i) {
  id organiser heldOn mode location closedAt certification { code } members { userId college displayName } } }`;
const SUBMIT = `mutation($i: SubmitToJuryInput!) { submitToJury(input: $i) { id decision jurySessionId networkId establishmentId dossier { id state version } } }`;
const DECIDE = `mutation($i: RecordJuryDecisionInput!) { recordJuryDecision(input: $i) {
  id decision reason decidedAt decidedById dossier { id state version } certificate { id number issuedOn holderInitials } } }`;
const RETURN = `mutation($i: ReturnToJuryInput!) { returnToJury(input: $i) { id state version } }`;
const SESSION = `query($id: ID!) { jurySession(id: $id) { id closedAt members { userId displayName }
  submissions { id decision reason dossier { id state } } } }`;

const sessionInput = (over: Record<string, unknown> = {}) => ({
  organiser: "Transitions Pro Bretagne",
  certificationCode: "CLEA",
  heldOn: today(),
  mode: "ON_SITE",
  location: "Rennes, 4 rue du Jury",
  members: [
    { userId: jury.id, college: "EMPLOYER" },
    { userId: jury2.id, college: "EMPLOYEE" },
  ],
  ...over,
});

async function newSession(over: Record<string, unknown> = {}): Promise<{ id: string; heldOn: string }> {
  return (await ok(api, CREATE, { i: sessionInput(over) })).createJurySession;
}

/** Every table a refused jury step must leave alone. */
const TABLES = ["jury_session", "jury_member", "jury_submission", "certificate", "dossier_event", "audit_event"];
const snapshot = async () => Promise.all(TABLES.map((t) => countRows(api, t)));

async function expectRefused(res: { errors?: any[] }, code: string, before: number[]) {
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  expect(await snapshot()).toEqual(before);
  return res.errors![0];
}

const dossierRow = async (id: string) => (await api.ds.query(`SELECT state, version FROM dossier WHERE id = $1`, [id]))[0];

async function submitted(d: FixtureDossier, sessionId: string) {
  const res = await api.gql(SUBMIT, { i: { dossierId: d.id, version: d.version, jurySessionId: sessionId } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.submitToJury;
}

describe("jury sessions", () => {
  it("are created by ADMIN or JURY with JURY members, audited; anybody else is refused", async () => {
    const created = (await jury.gql(CREATE, { i: sessionInput() })).data.createJurySession;
    expect(created).toMatchObject({
      organiser: "Transitions Pro Bretagne",
      heldOn: today(),
      mode: "ON_SITE",
      closedAt: null,
      certification: { code: "CLEA" },
    });
    expect(created.members.map((m: any) => [m.college, m.displayName]).sort()).toEqual([
      ["EMPLOYEE", "Paul Jury"],
      ["EMPLOYER", "Juliette Jury"],
    ]);
    const [event] = await api.ds.query(`SELECT action, "changedFields" FROM audit_event WHERE "entityId" = $1`, [created.id]);
    expect(event.action).toBe("CREATE");

    const manager = await centreManager(api, world);
    await expectRefused(await manager.gql(CREATE, { i: sessionInput() }), "FORBIDDEN", await snapshot());

    // The accounts a session's members are picked from: JURY accounts only, for ADMIN and juries.
    const accounts = (await jury.gql(`{ juryAccounts { id displayName } }`)).data.juryAccounts;
    expect(accounts).toEqual(
      expect.arrayContaining([
        { id: jury.id, displayName: "Juliette Jury" },
        { id: jury2.id, displayName: "Paul Jury" },
      ]),
    );
    expect(accounts.map((a: any) => a.id)).not.toContain(world.evaluator.id);
    expect((await manager.gql(`{ juryAccounts { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuse a member without the JURY role, a past date and an on-site session without a place, all at once, writing nothing", async () => {
    const evaluator = world.evaluator;
    const before = await snapshot();
    const error = await expectRefused(
      await api.gql(CREATE, {
        i: sessionInput({ heldOn: addDays(today(), -1), location: " ", members: [{ userId: jury.id }, { userId: evaluator.id }] }),
      }),
      "BAD_USER_INPUT",
      before,
    );
    expect(error.extensions.problems.map((p: any) => p.field).sort()).toEqual(["heldOn", "location", "members.1.userId"]);
    // A remote session needs no place.
    expect((await api.gql(CREATE, { i: sessionInput({ mode: "REMOTE", location: null }) })).errors).toBeUndefined();
  });

  it("change members while open; close only once every presented dossier has its decision", async () => {
    const session = await newSession({ members: [{ userId: jury.id }] });
    const extra = await juryMember(api, "Nadia Jury");
    const added = await api.gql(
      `mutation($s: ID!, $m: JuryMemberInput!) { addJuryMember(jurySessionId: $s, member: $m) { members { userId } } }`,
      {
        s: session.id,
        m: { userId: extra.id, college: "OTHER" },
      },
    );
    expect(added.data.addJuryMember.members.map((m: any) => m.userId).sort()).toEqual([jury.id, extra.id].sort());
    const twice = await api.gql(`mutation($s: ID!, $m: JuryMemberInput!) { addJuryMember(jurySessionId: $s, member: $m) { id } }`, {
      s: session.id,
      m: { userId: extra.id },
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const notJury = await api.gql(`mutation($s: ID!, $m: JuryMemberInput!) { addJuryMember(jurySessionId: $s, member: $m) { id } }`, {
      s: session.id,
      m: { userId: world.evaluator.id },
    });
    expect(notJury.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const removed = await api.gql(`mutation($s: ID!, $u: ID!) { removeJuryMember(jurySessionId: $s, userId: $u) { members { userId } } }`, {
      s: session.id,
      u: extra.id,
    });
    expect(removed.data.removeJuryMember.members.map((m: any) => m.userId)).toEqual([jury.id]);

    const d = await fixtureDossier(api, world);
    await submitted(d, session.id);
    const early = await api.gql(`mutation($id: ID!) { closeJurySession(id: $id) { closedAt } }`, { id: session.id });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", pending: 1 });
    await jury.gql(DECIDE, { i: { dossierId: d.id, version: d.version + 1, decision: "ADJOURNED", reason: "Pièces manquantes" } });
    const closed = await jury.gql(`mutation($id: ID!) { closeJurySession(id: $id) { closedAt } }`, { id: session.id });
    expect(closed.errors).toBeUndefined();
    expect(closed.data.closeJurySession.closedAt).not.toBeNull();
    const again = await api.gql(`mutation($s: ID!, $m: JuryMemberInput!) { addJuryMember(jurySessionId: $s, member: $m) { id } }`, {
      s: session.id,
      m: { userId: extra.id },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("are listed for every signed-in staff user, filtered by certification, dates and openness", async () => {
    const far = addDays(today(), 400);
    const a = await newSession({ heldOn: far });
    const b = await newSession({ heldOn: addDays(far, 2), certificationCode: "CLEA_NUMERIQUE" });
    const c = await newSession({ heldOn: addDays(far, 5) });
    await api.ds.query(`UPDATE jury_session SET "closedAt" = now() WHERE id = $1`, [c.id]);
    const advisor = await actAs(api, [{ role: Role.ADVISOR, networkId: world.network.id, establishmentId: world.establishment.id }]);
    const LIST = `query($f: JurySessionFilter) { jurySessions(first: 10, filter: $f) { totalCount edges { node { id heldOn } } } }`;
    const ids = async (f: Record<string, unknown>) => (await advisor.gql(LIST, { f })).data.jurySessions.edges.map((e: any) => e.node.id);
    expect(await ids({ heldOn: { gte: far } })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ heldOn: { gte: far }, certificationCode: { eq: "CLEA" } })).toEqual([a.id, c.id]);
    expect(await ids({ heldOn: { gte: far }, closed: { eq: false } })).toEqual([a.id, b.id]);
    expect(await ids({ heldOn: { between: [addDays(far, 1), addDays(far, 4)] } })).toEqual([b.id]);
    expect(await ids({ heldOn: { gte: far }, or: [{ certificationCode: { eq: "CLEA_NUMERIQUE" } }, { closed: { eq: true } }] })).toEqual([
      b.id,
      c.id,
    ]);
  });
});

describe("the lists of sessions and decisions", () => {
  it("filter sessions on their presentations (within the caller's scope), sorted as asked through two pages", async () => {
    const far = addDays(today(), 600);
    const s1 = await newSession({ heldOn: far });
    const s2 = await newSession({ heldOn: addDays(far, 1) });
    const s3 = await newSession({ heldOn: addDays(far, 2) });
    const mine = await fixtureDossier(api, world);
    await ok(api, SUBMIT, { i: { dossierId: mine.id, version: mine.version, jurySessionId: s2.id } });
    const other = await juryWorld(api, "Jury voisin");
    const theirs = await fixtureDossier(api, other);
    await ok(api, SUBMIT, { i: { dossierId: theirs.id, version: theirs.version, jurySessionId: s3.id } });
    const manager = await centreManager(api, world);
    const LIST = `query($f: JurySessionFilter, $after: String) {
      jurySessions(first: 2, after: $after, filter: $f, orderBy: [{ field: HELD_ON, direction: DESC }]) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const ids = async (f: Record<string, unknown>, after?: string) => (await manager.gql(LIST, { f, after })).data.jurySessions;
    // A session is seen by all, but a presentation only where its dossier is.
    expect((await ids({ heldOn: { gte: far }, submissions: {} })).edges.map((e: any) => e.node.id)).toEqual([s2.id]);
    expect((await ids({ heldOn: { gte: far }, submissions: { dossierId: { eq: theirs.id } } })).totalCount).toBe(0);
    const first = await ids({ heldOn: { gte: far } });
    expect(first.totalCount).toBe(3);
    const second = await ids({ heldOn: { gte: far } }, first.pageInfo.endCursor);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e: any) => e.node.id)).toEqual([s3.id, s2.id, s1.id]);
  });

  it("list decisions in the dossiers' scope, filtered on the decision, the dossier and the session, most recent first, through two pages", async () => {
    const w = await juryWorld(api, "Décisions listées");
    const session = await newSession({ heldOn: today() });
    const certified = await fixtureDossier(api, w);
    const adjourned = await fixtureDossier(api, w);
    const pending = await fixtureDossier(api, w);
    for (const d of [certified, adjourned, pending])
      await ok(api, SUBMIT, { i: { dossierId: d.id, version: d.version, jurySessionId: session.id } });
    await ok(api, DECIDE, { i: { dossierId: certified.id, version: certified.version + 1, decision: "CERTIFIED" } });
    await ok(api, DECIDE, {
      i: { dossierId: adjourned.id, version: adjourned.version + 1, decision: "ADJOURNED", reason: "Domaine 3 à consolider" },
    });
    const elsewhere = await fixtureDossier(api, world);
    await ok(api, SUBMIT, { i: { dossierId: elsewhere.id, version: elsewhere.version, jurySessionId: session.id } });

    const LIST = `query($f: JurySubmissionFilter, $after: String) {
      juryDecisions(first: 2, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { node { dossierId decision } } } }`;
    const analyst = await actAs(api, [{ role: Role.ANALYST, networkId: w.network.id }]);
    const run = async (f: Record<string, unknown>, after?: string) => {
      const res = await analyst.gql(LIST, { f, after });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data.juryDecisions;
    };
    const bySession = { jurySessionId: { eq: session.id } };
    const first = await run(bySession);
    expect(first.totalCount).toBe(3);
    const second = await run(bySession, first.pageInfo.endCursor);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e: any) => e.node.dossierId)).toEqual([pending.id, adjourned.id, certified.id]);
    expect((await run({ ...bySession, decision: { isNull: true } })).edges).toEqual([{ node: { dossierId: pending.id, decision: null } }]);
    expect((await run({ ...bySession, dossier: { state: { eq: "CERTIFIED" } } })).edges).toEqual([
      { node: { dossierId: certified.id, decision: "CERTIFIED" } },
    ]);
    expect((await run({ jurySession: { heldOn: { eq: today() } }, decision: { in: ["ADJOURNED"] } })).edges).toEqual([
      { node: { dossierId: adjourned.id, decision: "ADJOURNED" } },
    ]);
  });
});

describe("presenting a dossier to a jury", () => {
  it("moves a ready dossier to SUBMITTED_TO_JURY with one presentation, one history row and one audit event", async () => {
    const session = await newSession({ heldOn: addDays(today(), 10) });
    const d = await fixtureDossier(api, world);
    const manager = await centreManager(api, world);
    const res = await manager.gql(SUBMIT, { i: { dossierId: d.id, version: d.version, jurySessionId: session.id } });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitToJury).toMatchObject({
      decision: null,
      jurySessionId: session.id,
      networkId: world.network.id,
      dossier: { id: d.id, state: "SUBMITTED_TO_JURY", version: d.version + 1 },
    });
    const events = await api.ds.query(`SELECT action, "fromState", "toState", note FROM dossier_event WHERE "dossierId" = $1`, [d.id]);
    expect(events).toEqual([
      {
        action: "SUBMIT_TO_JURY",
        fromState: "READY_FOR_JURY",
        toState: "SUBMITTED_TO_JURY",
        note: expect.stringContaining("Transitions Pro Bretagne"),
      },
    ]);
    const presentations = (
      await manager.gql(`query($id: ID!) { dossier(id: $id) { juryPresentations { jurySession { id } decision } } }`, { id: d.id })
    ).data.dossier.juryPresentations;
    expect(presentations).toEqual([{ jurySession: { id: session.id }, decision: null }]);
  });

  it("refuses a closed session, another certification's, a past one, a stale version, a wrong state — writing nothing", async () => {
    const d = await fixtureDossier(api, world);
    const open = await newSession({ heldOn: addDays(today(), 3) });
    const closed = await newSession({ heldOn: addDays(today(), 3) });
    await api.ds.query(`UPDATE jury_session SET "closedAt" = now() WHERE id = $1`, [closed.id]);
    const numerique = await newSession({ certificationCode: "CLEA_NUMERIQUE" });
    const past = await newSession();
    await api.ds.query(`UPDATE jury_session SET "heldOn" = $2 WHERE id = $1`, [past.id, addDays(today(), -2)]);
    const before = await snapshot();
    const submit = (over: Record<string, unknown>) =>
      api.gql(SUBMIT, { i: { dossierId: d.id, version: d.version, jurySessionId: open.id, ...over } });
    await expectRefused(await submit({ jurySessionId: closed.id }), "CONFLICT", before);
    expect((await expectRefused(await submit({ jurySessionId: numerique.id }), "BAD_USER_INPUT", before)).extensions.field).toBe(
      "jurySessionId",
    );
    expect((await expectRefused(await submit({ jurySessionId: past.id }), "BAD_USER_INPUT", before)).message).toContain("a eu lieu le");
    await expectRefused(await submit({ jurySessionId: "00000000-0000-4000-8000-000000000000" }), "NOT_FOUND", before);
    expect((await expectRefused(await submit({ version: d.version + 3 }), "CONFLICT", before)).extensions.currentVersion).toBe(d.version);
    const training = await fixtureDossier(api, world, { state: "IN_TRAINING", missing: ["D2"] });
    await expectRefused(
      await api.gql(SUBMIT, { i: { dossierId: training.id, version: training.version, jurySessionId: open.id } }),
      "INVALID_TRANSITION",
      await snapshot(),
    );
    expect(await dossierRow(d.id)).toEqual({ state: "READY_FOR_JURY", version: d.version });
  });

  it("refuses a dossier with a domain not acquired, or no longer valid on the session's date, naming the domains (DOMAINS_NOT_VALID)", async () => {
    const later = await newSession({ heldOn: addDays(today(), 30) });
    const missing = await fixtureDossier(api, world, { missing: ["D3", "D5"] });
    const before = await snapshot();
    const e1 = await expectRefused(
      await api.gql(SUBMIT, { i: { dossierId: missing.id, version: missing.version, jurySessionId: later.id } }),
      "DOMAINS_NOT_VALID",
      before,
    );
    expect(e1.extensions.domains).toEqual(["D3", "D5"]);
    expect(e1.message).toContain("D3, D5");
    // Acquired, but its validity ends before the session: refused for that session…
    const expiring = await fixtureDossier(api, world, { validUntil: addDays(today(), 10) });
    const e2 = await expectRefused(
      await api.gql(SUBMIT, { i: { dossierId: expiring.id, version: expiring.version, jurySessionId: later.id } }),
      "DOMAINS_NOT_VALID",
      before,
    );
    expect(e2.extensions.domains).toEqual(expiring.domainCodes);
    // …and accepted for a session within it.
    const soon = await newSession({ heldOn: addDays(today(), 10) });
    expect(
      (await api.gql(SUBMIT, { i: { dossierId: expiring.id, version: expiring.version, jurySessionId: soon.id } })).errors,
    ).toBeUndefined();
  });

  it("is refused to juries and to another network's managers, writing nothing", async () => {
    const session = await newSession();
    const d = await fixtureDossier(api, world);
    const other = await juryWorld(api, "Autre");
    const foreign = await actAs(api, [{ role: Role.NETWORK_MANAGER, networkId: other.network.id }]);
    const before = await snapshot();
    // The dossier is outside their scope: NOT_FOUND, exactly as for a missing one; nothing is written.
    const refusedOutside = await foreign.gql(SUBMIT, { i: { dossierId: d.id, version: d.version, jurySessionId: session.id } });
    expect(refusedOutside.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
    // A jury may submit no dossier anywhere: refused at the door (capability table), before any read.
    const refusedJury = await jury.gql(SUBMIT, { i: { dossierId: d.id, version: d.version, jurySessionId: session.id } });
    expect(refusedJury.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);
    expect(await dossierRow(d.id)).toEqual({ state: "READY_FOR_JURY", version: d.version });
  });
});

describe("the jury's decision", () => {
  it("CERTIFIED issues the certificate in the same step, and the decision can never be changed", async () => {
    const session = await newSession();
    const d = await fixtureDossier(api, world, { firstNames: "jean-pierre", birthLastName: "Éluard" });
    const submission = await submitted(d, session.id);
    const res = await jury.gql(DECIDE, { i: { dossierId: d.id, version: d.version + 1, decision: "CERTIFIED" } });
    expect(res.errors).toBeUndefined();
    const decided = res.data.recordJuryDecision;
    expect(decided).toMatchObject({
      id: submission.id,
      decision: "CERTIFIED",
      reason: null,
      decidedById: jury.id,
      dossier: { state: "CERTIFIED", version: d.version + 2 },
    });
    expect(decided.certificate.number).toMatch(CERTIFICATE_NUMBER);
    expect(decided.certificate.number.startsWith("CLEA-")).toBe(true);
    expect(decided.certificate).toMatchObject({ issuedOn: session.heldOn, holderInitials: "J. É." });
    const audit = await api.ds.query(`SELECT action, "entityType" FROM audit_event WHERE "entityId" IN ($1, $2) ORDER BY "entityType"`, [
      d.id,
      decided.certificate.id,
    ]);
    expect(audit).toEqual([
      { action: "CREATE", entityType: "Certificate" },
      { action: "TRANSITION", entityType: "Dossier" },
      { action: "TRANSITION", entityType: "Dossier" },
    ]);

    // Written once: the database itself refuses to change it.
    await expect(
      api.ds.query(`UPDATE jury_submission SET decision = 'ADJOURNED', reason = 'x' WHERE id = $1`, [submission.id]),
    ).rejects.toThrow(/final/);
    const again = await jury.gql(DECIDE, { i: { dossierId: d.id, version: d.version + 2, decision: "ADJOURNED", reason: "Revu" } });
    expect(again.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
    expect(await countRows(api, `certificate WHERE "dossierId" = '${d.id}'`)).toBe(1);
  });

  it("refuses CERTIFIED when a domain is no longer valid on the jury's date, writing nothing", async () => {
    const session = await newSession();
    const d = await fixtureDossier(api, world);
    await submitted(d, session.id);
    // Time passes: the préalable's validity ended the day before the jury.
    await api.ds.query(
      `UPDATE domain_result SET "validUntil" = $2 WHERE "evaluationId" IN (SELECT id FROM evaluation WHERE "dossierId" = $1) AND "domainId" IN (SELECT id FROM domain WHERE code = 'D4')`,
      [d.id, addDays(today(), -1)],
    );
    const before = await snapshot();
    const error = await expectRefused(
      await jury.gql(DECIDE, { i: { dossierId: d.id, version: d.version + 1, decision: "CERTIFIED" } }),
      "DOMAINS_NOT_VALID",
      before,
    );
    expect(error.extensions.domains).toEqual(["D4"]);
    expect(await dossierRow(d.id)).toEqual({ state: "SUBMITTED_TO_JURY", version: d.version + 1 });
    const [{ decision }] = await api.ds.query(`SELECT decision FROM jury_submission WHERE "dossierId" = $1`, [d.id]);
    expect(decision).toBeNull();
  });

  it("ADJOURNED needs a reason; the dossier can then go back to a jury and be presented again", async () => {
    const first = await newSession();
    const d = await fixtureDossier(api, world);
    await submitted(d, first.id);
    const before = await snapshot();
    const noReason = await expectRefused(
      await jury.gql(DECIDE, { i: { dossierId: d.id, version: d.version + 1, decision: "ADJOURNED", reason: "  " } }),
      "BAD_USER_INPUT",
      before,
    );
    expect(noReason.extensions.field).toBe("reason");
    const adjourned = await jury.gql(DECIDE, {
      i: { dossierId: d.id, version: d.version + 1, decision: "ADJOURNED", reason: "Justificatif d'identité manquant" },
    });
    expect(adjourned.data.recordJuryDecision).toMatchObject({
      decision: "ADJOURNED",
      reason: "Justificatif d'identité manquant",
      certificate: null,
      dossier: { state: "ADJOURNED" },
    });

    const manager = await centreManager(api, world);
    const back = await manager.gql(RETURN, { i: { dossierId: d.id, version: d.version + 2 } });
    expect(back.data.returnToJury).toMatchObject({ state: "READY_FOR_JURY", version: d.version + 3 });
    const second = await newSession({ heldOn: addDays(today(), 7) });
    await submitted({ ...d, version: d.version + 3 }, second.id);
    const presentations = (
      await manager.gql(`query($id: ID!) { dossier(id: $id) { state juryPresentations { jurySession { id } decision reason } } }`, {
        id: d.id,
      })
    ).data.dossier;
    expect(presentations).toEqual({
      state: "SUBMITTED_TO_JURY",
      juryPresentations: [
        { jurySession: { id: first.id }, decision: "ADJOURNED", reason: "Justificatif d'identité manquant" },
        { jurySession: { id: second.id }, decision: null, reason: null },
      ],
    });
  });

  it("refuses a return to jury when a domain has lapsed since (DOMAINS_NOT_VALID)", async () => {
    const session = await newSession();
    const d = await fixtureDossier(api, world);
    await submitted(d, session.id);
    await jury.gql(DECIDE, { i: { dossierId: d.id, version: d.version + 1, decision: "ADJOURNED", reason: "Dossier incomplet" } });
    await api.ds.query(
      `UPDATE domain_result SET "validUntil" = $2 WHERE "evaluationId" IN (SELECT id FROM evaluation WHERE "dossierId" = $1)`,
      [d.id, addDays(today(), -1)],
    );
    const error = await expectRefused(
      await api.gql(RETURN, { i: { dossierId: d.id, version: d.version + 2 } }),
      "DOMAINS_NOT_VALID",
      await snapshot(),
    );
    expect(error.extensions.domains).toEqual(d.domainCodes);
  });

  it("is recorded by the session's members (or ADMIN), not before the session is held", async () => {
    const session = await newSession({ members: [{ userId: jury2.id }] });
    const d = await fixtureDossier(api, world);
    await submitted(d, session.id);
    const manager = await centreManager(api, world);
    const before = await snapshot();
    await expectRefused(
      await jury.gql(DECIDE, { i: { dossierId: d.id, version: d.version + 1, decision: "CERTIFIED" } }),
      "FORBIDDEN",
      before,
    );
    await expectRefused(
      await manager.gql(DECIDE, { i: { dossierId: d.id, version: d.version + 1, decision: "CERTIFIED" } }),
      "FORBIDDEN",
      before,
    );

    const future = await newSession({ heldOn: addDays(today(), 5) });
    const later = await fixtureDossier(api, world);
    await submitted(later, future.id);
    const early = await expectRefused(
      await jury.gql(DECIDE, { i: { dossierId: later.id, version: later.version + 1, decision: "CERTIFIED" } }),
      "INVALID_TRANSITION",
      await snapshot(),
    );
    expect(early.message).toContain("n'a pas encore eu lieu");
    // ADMIN (the certifier's secretariat) records for the jury.
    expect((await api.gql(DECIDE, { i: { dossierId: d.id, version: d.version + 1, decision: "CERTIFIED" } })).errors).toBeUndefined();
  });

  it("twenty concurrent decisions on the same version: one succeeds, one certificate", async () => {
    const session = await newSession();
    const d = await fixtureDossier(api, world);
    await submitted(d, session.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        jury.gql(DECIDE, { i: { dossierId: d.id, version: d.version + 1, decision: i % 2 ? "CERTIFIED" : "ADJOURNED", reason: "Motif" } }),
      ),
    );
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0]!.extensions!.code === "CONFLICT")).toBe(true);
    const certificates = await countRows(api, `certificate WHERE "dossierId" = '${d.id}'`);
    expect(certificates).toBe(succeeded[0]!.data.recordJuryDecision.decision === "CERTIFIED" ? 1 : 0);
  });
});

describe("reading a session", () => {
  it("shows each reader the presentations they may see, in a bounded number of statements", async () => {
    const session = await newSession();
    const other = await juryWorld(api, "Voisin");
    const mine = await Promise.all([fixtureDossier(api, world), fixtureDossier(api, world), fixtureDossier(api, world)]);
    const theirs = await fixtureDossier(api, other);
    for (const d of [...mine, theirs]) await submitted(d, session.id);

    const manager = await centreManager(api, world);
    const seen = (await manager.gql(SESSION, { id: session.id })).data.jurySession;
    expect(seen.submissions.map((s: any) => s.dossier.id).sort()).toEqual(mine.map((d) => d.id).sort());
    expect(seen.members.map((m: any) => m.displayName).sort()).toEqual(["Juliette Jury", "Paul Jury"]);
    const all = (await jury.gql(SESSION, { id: session.id })).data.jurySession;
    expect(all.submissions).toHaveLength(4);
    expect(all.submissions.every((s: any) => s.dossier.state === "SUBMITTED_TO_JURY")).toBe(true);

    const LIST = `query { jurySessions(first: 20) { edges { node { id members { displayName } submissions { id dossier { id state } certificate { number } } } } } }`;
    const statements = await countStatements(api, () => jury.gql(LIST));
    const selects = statements.filter((s) => /^\s*SELECT/i.test(s) && !/app_user u\s+JOIN auth_session/.test(s));
    expect(selects.length).toBeLessThanOrEqual(8);
  });
});
