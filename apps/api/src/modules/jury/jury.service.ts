import {
  AuditAction,
  DossierAction,
  ErrorCode,
  JuryDecisionValue,
  JuryMode,
  Role,
  type CertificationCode,
  type FieldProblem,
} from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { frenchDate, todayInFrance } from "../../core/dates.js";
import { ConflictError, DomainError, InputError, NotFoundError, assertNoProblems } from "../../core/errors.js";
import { findOrFail, isUuid } from "../../core/find.js";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadChildren } from "../../core/loaders.js";
import { ForbiddenError, assertCan } from "../../core/permissions.js";
import { audited } from "../audit/index.js";
import { certificateService } from "../certificate/index.js";
import { transitionDossier, type Dossier } from "../dossier/index.js";
import { Certification } from "../referential/index.js";
import { JuryMember, JurySession, JurySubmission } from "./jury.entity.js";
import type {
  CreateJurySessionInput,
  JuryMemberInput,
  RecordJuryDecisionInput,
  ReturnToJuryInput,
  SubmitToJuryInput,
} from "./jury.inputs.js";
import { juryDecisionList } from "./jury-decision.list.js";
import { jurySessionList } from "./jury-session.list.js";
import type { JuryAccount } from "./jury.types.js";

const MANAGE_REFUSED = "Seuls l'administration et les membres de jury organisent les sessions de jury.";

const sessionAudit = (s: JurySession, action: AuditAction, changedFields: string[]) => ({
  action,
  entityType: "JurySession",
  entityId: s.id,
  changedFields,
});

/** Of `userIds`, those of active accounts holding a current JURY role. */
async function juryUserIds(ctx: RequestContext, userIds: string[]): Promise<Set<string>> {
  const ids = userIds.filter(isUuid);
  if (!ids.length) return new Set();
  const rows: { id: string }[] = await ctx.em.query(
    `SELECT DISTINCT u.id FROM app_user u JOIN role_assignment ra ON ra."userId" = u.id
      WHERE u.id = ANY($1::uuid[]) AND u.status = 'ACTIVE' AND ra.role = $2 AND ra."endedOn" IS NULL`,
    [ids, Role.JURY],
  );
  return new Set(rows.map((r) => r.id));
}

const NOT_JURY = "Ce compte n'a pas le rôle de membre de jury : seuls les comptes JURY siègent dans une session.";

/** The session row locked for the rest of the transaction (FOR SHARE: submissions; FOR UPDATE: closing). */
async function lockedSession(tx: RequestContext, id: string, mode: "pessimistic_read" | "pessimistic_write"): Promise<JurySession> {
  const session = isUuid(id)
    ? await tx.em.getRepository(JurySession).createQueryBuilder("s").setLock(mode).where("s.id = :id", { id }).getOne()
    : null;
  if (!session) throw new NotFoundError("Session de jury");
  return session;
}

function assertOpen(session: JurySession, what: string): void {
  if (session.closedAt) throw new ConflictError(`Cette session de jury est close : ${what}.`);
}

export const juryService = {
  /** Sessions filtered and sorted as asked (by date, earliest first, by default); every signed-in user reads them. */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<JurySession>> {
    return jurySessionList.page(ctx, args);
  },

  /** Presentations to juries and their decisions in the caller's scope, filtered and sorted as asked (most recent first by default). */
  decisions(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<JurySubmission>> {
    return juryDecisionList.page(ctx, args);
  },

  get(ctx: RequestContext, id: string): Promise<JurySession> {
    return findOrFail(ctx, JurySession, id, "Session de jury");
  },

  /**
   * The accounts that may sit in a jury (active, with a current JURY role), by name: what ADMIN and
   * juries pick members from (the users list is an ADMIN's; a jury organiser needs only these).
   */
  async juryAccounts(ctx: RequestContext): Promise<JuryAccount[]> {
    assertCan(ctx, "jury.manage", undefined, MANAGE_REFUSED);
    return ctx.em.query(
      `SELECT DISTINCT u.id, u."displayName" FROM app_user u JOIN role_assignment ra ON ra."userId" = u.id
        WHERE u.status = 'ACTIVE' AND ra.role = $1 AND ra."endedOn" IS NULL
        ORDER BY u."displayName", u.id LIMIT 500`,
      [Role.JURY],
    );
  },

  members(ctx: RequestContext, sessionId: string): Promise<JuryMember[]> {
    return loadChildren(ctx, JuryMember, "jurySessionId", sessionId, { college: "ASC", userId: "ASC" });
  },

  /**
   * A member's display name. Accounts are otherwise visible only to their managers; the names of
   * a jury's members are shown to whoever reads the session (a professional role, not personal data).
   */
  memberName(ctx: RequestContext, userId: string): Promise<string> {
    return ctx
      .loader<string, string>("jury.memberName", async (ids) => {
        const rows: { id: string; displayName: string }[] = await ctx.em.query(
          `SELECT id, "displayName" FROM app_user WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        const byId = new Map(rows.map((r) => [r.id, r.displayName]));
        return ids.map((id) => byId.get(id) ?? "");
      })
      .load(userId);
  },

  /** The session's presentations the caller may see (their own dossiers, or all for juries and ADMIN). */
  submissions(ctx: RequestContext, sessionId: string): Promise<JurySubmission[]> {
    return loadChildren(ctx, JurySubmission, "jurySessionId", sessionId, { createdAt: "ASC" });
  },

  /** A dossier's presentations to juries, oldest first. */
  presentations(ctx: RequestContext, dossierId: string): Promise<JurySubmission[]> {
    return loadChildren(ctx, JurySubmission, "dossierId", dossierId, { createdAt: "ASC" });
  },

  async createSession(ctx: RequestContext, input: CreateJurySessionInput, createdBy?: string): Promise<JurySession> {
    assertCan(ctx, "jury.manage", undefined, MANAGE_REFUSED);
    const problems: FieldProblem[] = [];
    const today = todayInFrance();
    if (input.heldOn < today)
      problems.push({ field: "heldOn", message: "La date de la session est passée : choisissez aujourd'hui ou une date à venir." });
    const location = input.location?.trim() || null;
    if (input.mode === JuryMode.ON_SITE && !location)
      problems.push({ field: "location", message: "Indiquez le lieu d'une session sur place." });
    const jury = await juryUserIds(
      ctx,
      input.members.map((m) => m.userId),
    );
    const seen = new Set<string>();
    input.members.forEach((m, i) => {
      if (seen.has(m.userId)) problems.push({ field: `members.${i}.userId`, message: "Ce membre figure deux fois." });
      else if (!jury.has(m.userId)) problems.push({ field: `members.${i}.userId`, message: NOT_JURY });
      seen.add(m.userId);
    });
    assertNoProblems(problems);
    const certification = await ctx.em.getRepository(Certification).findOneBy({ code: input.certificationCode as CertificationCode });
    if (!certification) throw new NotFoundError("Certification");
    const createdById = ctx.principal?.userId ?? createdBy;
    // System work (seeds) names the account the session is recorded for.
    if (!createdById) throw new Error("createSession: system work must name the creating account");
    return audited(
      ctx,
      async (tx) => {
        const session = await tx.em.getRepository(JurySession).save(
          tx.em.getRepository(JurySession).create({
            organiser: input.organiser.trim(),
            certificationId: certification.id,
            heldOn: input.heldOn,
            mode: input.mode,
            location,
            createdById,
            closedAt: null,
          }),
        );
        if (input.members.length)
          await tx.em
            .getRepository(JuryMember)
            .insert(input.members.map((m) => ({ jurySessionId: session.id, userId: m.userId, college: m.college ?? "OTHER" })));
        return session;
      },
      (s) => sessionAudit(s, AuditAction.CREATE, ["organiser", "certificationId", "heldOn", "mode", "location", "members"]),
    );
  },

  async addMember(ctx: RequestContext, sessionId: string, member: JuryMemberInput): Promise<JurySession> {
    assertCan(ctx, "jury.manage", undefined, MANAGE_REFUSED);
    const session = await juryService.get(ctx, sessionId);
    assertOpen(session, "sa composition ne change plus");
    if (!(await juryUserIds(ctx, [member.userId])).has(member.userId)) throw new InputError([{ field: "userId", message: NOT_JURY }]);
    return audited(
      ctx,
      async (tx) => {
        const res: unknown[] = await tx.em.query(
          `INSERT INTO jury_member ("jurySessionId", "userId", college) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING "userId"`,
          [session.id, member.userId, member.college ?? "OTHER"],
        );
        if (!res.length) throw new ConflictError("Cette personne est déjà membre de la session.", { field: "userId" });
        return session;
      },
      (s) => sessionAudit(s, AuditAction.UPDATE, ["members"]),
    );
  },

  async removeMember(ctx: RequestContext, sessionId: string, userId: string): Promise<JurySession> {
    assertCan(ctx, "jury.manage", undefined, MANAGE_REFUSED);
    const session = await juryService.get(ctx, sessionId);
    assertOpen(session, "sa composition ne change plus");
    return audited(
      ctx,
      async (tx) => {
        const res = isUuid(userId) ? await tx.em.getRepository(JuryMember).delete({ jurySessionId: session.id, userId }) : { affected: 0 };
        if (!res.affected) throw new NotFoundError("Membre de la session");
        return session;
      },
      (s) => sessionAudit(s, AuditAction.UPDATE, ["members"]),
    );
  },

  /** Closes a session once every dossier presented to it has its decision. */
  async closeSession(ctx: RequestContext, sessionId: string): Promise<JurySession> {
    assertCan(ctx, "jury.manage", undefined, MANAGE_REFUSED);
    await juryService.get(ctx, sessionId);
    const closed = await audited(
      ctx,
      async (tx) => {
        const session = await lockedSession(tx, sessionId, "pessimistic_write");
        assertOpen(session, "elle l'est déjà");
        const pending = await tx.em
          .getRepository(JurySubmission)
          .createQueryBuilder("js")
          .where(`js."jurySessionId" = :id AND js.decision IS NULL`, { id: session.id })
          .getCount();
        if (pending > 0)
          throw new ConflictError(
            pending === 1
              ? "Un dossier présenté à cette session attend encore sa décision : enregistrez-la avant de clore la session."
              : `${pending} dossiers présentés à cette session attendent encore leur décision : enregistrez-les avant de clore la session.`,
            { pending },
          );
        await tx.em.getRepository(JurySession).update({ id: session.id }, { closedAt: new Date() });
        return tx.em.getRepository(JurySession).findOneByOrFail({ id: session.id });
      },
      (s) => sessionAudit(s, AuditAction.TRANSITION, ["closedAt"]),
    );
    ctx.clearLoaders();
    return closed;
  },

  /**
   * READY_FOR_JURY → SUBMITTED_TO_JURY: to an open session of the dossier's certification, held
   * today or later, with every domain acquired and still valid on the session's date.
   */
  async submit(ctx: RequestContext, input: SubmitToJuryInput): Promise<JurySubmission> {
    const { result } = await transitionDossier(
      ctx,
      { dossierId: input.dossierId, version: input.version, action: DossierAction.SUBMIT_TO_JURY },
      async (tx, dossier, guard) => {
        const session = await lockedSession(tx, input.jurySessionId, "pessimistic_read");
        assertOpen(session, "elle ne reçoit plus de dossier");
        if (session.certificationId !== dossier.certificationId)
          throw new InputError([
            { field: "jurySessionId", message: "Cette session de jury est pour une autre certification que celle du dossier." },
          ]);
        if (session.heldOn < todayInFrance())
          throw new InputError([
            {
              field: "jurySessionId",
              message: `Cette session de jury a eu lieu le ${frenchDate(session.heldOn)} : choisissez une session à venir.`,
            },
          ]);
        await guard("ALL_DOMAINS_VALID", { day: session.heldOn, juryDate: true });
        const already = await tx.em.getRepository(JurySubmission).existsBy({ jurySessionId: session.id, dossierId: dossier.id });
        if (already)
          throw new ConflictError("Ce dossier a déjà été présenté à cette session : choisissez une autre session.", {
            field: "jurySessionId",
          });
        const submission = await tx.em.getRepository(JurySubmission).save(
          tx.em.getRepository(JurySubmission).create({
            jurySessionId: session.id,
            dossierId: dossier.id,
            networkId: dossier.networkId,
            establishmentId: dossier.establishmentId,
            // System work (seeds) has no person: the session's creator stands for it.
            submittedById: tx.principal?.userId ?? session.createdById,
            decision: null,
            reason: null,
            decidedAt: null,
            decidedById: null,
          }),
        );
        return { to: "SUBMITTED_TO_JURY", note: `Session du ${frenchDate(session.heldOn)} (${session.organiser})`, result: submission.id };
      },
    );
    return ctx.em.getRepository(JurySubmission).findOneByOrFail({ id: result! });
  },

  /**
   * The jury's decision on the dossier's pending presentation, written once: CERTIFIED only with
   * every domain acquired and still valid on the jury's date (and the certificate is issued in the
   * same transaction); ADJOURNED with a reason.
   */
  async decide(ctx: RequestContext, input: RecordJuryDecisionInput): Promise<JurySubmission> {
    const reason = input.reason?.trim() || null;
    if (input.decision === JuryDecisionValue.ADJOURNED && !reason)
      throw new InputError([{ field: "reason", message: "Indiquez le motif de l'ajournement." }]);
    const certify = input.decision === JuryDecisionValue.CERTIFIED;
    const action = certify ? DossierAction.CERTIFY : DossierAction.ADJOURN;
    const { result } = await transitionDossier(
      ctx,
      { dossierId: input.dossierId, version: input.version, action },
      async (tx, dossier, guard) => {
        const pending = await tx.em
          .getRepository(JurySubmission)
          .createQueryBuilder("js")
          .setLock("pessimistic_write")
          .where(`js."dossierId" = :d AND js.decision IS NULL`, { d: dossier.id })
          .getOne();
        if (!pending) throw new ConflictError("Ce dossier n'attend aucune décision de jury.");
        const session = await lockedSession(tx, pending.jurySessionId, "pessimistic_read");
        assertOpen(session, "elle n'enregistre plus de décision");
        if (todayInFrance() < session.heldOn)
          throw new DomainError(
            ErrorCode.INVALID_TRANSITION,
            `La session de jury du ${frenchDate(session.heldOn)} n'a pas encore eu lieu : sa décision ne peut pas être enregistrée avant.`,
          );
        const p = tx.principal;
        if (p && !p.isAdmin) {
          const member = await tx.em.getRepository(JuryMember).existsBy({ jurySessionId: session.id, userId: p.userId });
          if (!member)
            throw new ForbiddenError("Seuls les membres de cette session de jury (ou l'administration) enregistrent ses décisions.");
        }
        if (certify) await guard("ALL_DOMAINS_VALID", { day: session.heldOn, juryDate: true });
        const updated = await tx.em
          .createQueryBuilder()
          .update(JurySubmission)
          .set({ decision: input.decision, reason, decidedAt: () => "now()", decidedById: p?.userId ?? null })
          .where(`id = :id AND decision IS NULL`, { id: pending.id })
          .execute();
        if (updated.affected !== 1) throw new ConflictError("La décision de ce jury a déjà été enregistrée.");
        if (certify) {
          const certificate = await certificateService.issue(tx, dossier, pending, session);
          return {
            to: "CERTIFIED",
            note: `Certificat n° ${certificate.number}${reason ? ` — ${reason}` : ""}`.slice(0, 1000),
            result: pending.id,
          };
        }
        return { to: "ADJOURNED", note: reason, result: pending.id };
      },
    );
    return ctx.em.getRepository(JurySubmission).findOneByOrFail({ id: result! });
  },

  /** ADJOURNED → READY_FOR_JURY, when every domain is still acquired and valid today. */
  async returnToJury(ctx: RequestContext, input: ReturnToJuryInput): Promise<Dossier> {
    const { dossier } = await transitionDossier(
      ctx,
      { dossierId: input.dossierId, version: input.version, action: DossierAction.RETURN_TO_JURY },
      async (_tx, _d, guard) => {
        await guard("ALL_DOMAINS_VALID", { day: todayInFrance(), juryDate: false });
        return { to: "READY_FOR_JURY", note: null };
      },
    );
    return dossier;
  },
};
