import { createHash } from "node:crypto";
import { AuditAction, ErrorCode, normaliseCertificateNumber, type CertificationCode } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { DomainError, InputError } from "../../core/errors.js";
import { findOrFail } from "../../core/find.js";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadChildren } from "../../core/loaders.js";
import { logger } from "../../core/logger.js";
import { consume, rateLimiter } from "../../core/rate-limit.js";
import { scopedQuery } from "../../core/scope.js";
import { auditService } from "../audit/index.js";
import { Candidate } from "../candidate/index.js";
import type { Dossier } from "../dossier/index.js";
import type { JurySession, JurySubmission } from "../jury/index.js";
import { Certification } from "../referential/index.js";
import { Certificate } from "./certificate.entity.js";
import { certificateList } from "./certificate.list.js";
import { certificateNumbers, holderInitials } from "./certificate.number.js";
import type { CertificateVerification } from "./certificate.types.js";

/** Draws before giving up; with 80 random bits a single collision is already beyond belief. */
const MAX_DRAWS = 5;

/**
 * The public verification's limit per client address: enough for an employer checking a batch of
 * certificates, far too few to sample an 80-bit space (which could not be sampled anyway). Counted
 * by the API's one rate limiter (core/rate-limit.ts, in PostgreSQL, ADR 0024).
 */
export const VERIFY_THROTTLE = { maxLookups: 30, windowMs: 15 * 60_000 };

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Counts a lookup from `ip`; RATE_LIMITED past the limit of the current window. */
async function countLookup(ctx: RequestContext, ip: string): Promise<void> {
  const limiter = rateLimiter(ctx.ds, { prefix: "verify", points: VERIFY_THROTTLE.maxLookups, windowMs: VERIFY_THROTTLE.windowMs });
  const { allowed, res } = await consume(ctx.ds, limiter, sha256(ip));
  if (!allowed) {
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    const retryAt = new Date(Date.now() + seconds * 1000);
    const minutes = Math.ceil(seconds / 60);
    if (res.consumedPoints === VERIFY_THROTTLE.maxLookups + 1)
      logger.warn(
        { requestId: ctx.requestId, client: sha256(ip).slice(0, 16) },
        "certificate verification: limit reached for a client address",
      );
    throw new DomainError(
      ErrorCode.RATE_LIMITED,
      `Trop de vérifications de certificats depuis votre adresse. Réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`,
      { retryAfterSeconds: seconds, retryAt: retryAt.toISOString() },
    );
  }
}

export const certificateService = {
  /**
   * Issues the certificate of a CERTIFIED decision, inside the decision's transaction: a fresh
   * unguessable number (redrawn if the unique index already holds it), the jury's date, the
   * holder's initials for the public page; audited with the decision.
   */
  async issue(tx: RequestContext, dossier: Dossier, submission: JurySubmission, session: JurySession): Promise<Certificate> {
    const candidate = await tx.em.getRepository(Candidate).findOneByOrFail({ id: dossier.candidateId });
    const certification = await tx.em.getRepository(Certification).findOneByOrFail({ id: dossier.certificationId });
    const initials = holderInitials(candidate.firstNames, candidate.birthLastName);
    for (let draw = 1; draw <= MAX_DRAWS; draw++) {
      const number = certificateNumbers.draw(certification.code as CertificationCode);
      // ON CONFLICT on the number only: a second certificate for the dossier or the decision still fails loudly.
      const rows: { id: string }[] = await tx.em.query(
        `INSERT INTO certificate (number, "dossierId", "candidateId", "networkId", "establishmentId", "certificationId", "jurySubmissionId", "issuedOn", "holderInitials")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (number) DO NOTHING RETURNING id`,
        [
          number,
          dossier.id,
          dossier.candidateId,
          dossier.networkId,
          dossier.establishmentId,
          dossier.certificationId,
          submission.id,
          session.heldOn,
          initials,
        ],
      );
      if (rows.length) {
        await auditService.record(tx, {
          action: AuditAction.CREATE,
          entityType: "Certificate",
          entityId: rows[0]!.id,
          changedFields: ["number", "issuedOn", "holderInitials", "dossierId"],
          networkId: dossier.networkId,
          establishmentId: dossier.establishmentId,
        });
        return tx.em.getRepository(Certificate).findOneByOrFail({ id: rows[0]!.id });
      }
      logger.warn({ requestId: tx.requestId, draw }, "certificate number already taken: drawing another");
    }
    throw new Error(`no free certificate number after ${MAX_DRAWS} draws`);
  },

  get(ctx: RequestContext, id: string): Promise<Certificate> {
    return findOrFail(ctx, Certificate, id, "Certificat");
  },

  /** Certificates in the caller's scope, filtered and sorted as asked (most recently issued first by default). */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<Certificate>> {
    return certificateList.page(ctx, args);
  },

  /** A dossier's certificate (at most one), batched with the other dossiers of the request. */
  async ofDossier(ctx: RequestContext, dossierId: string): Promise<Certificate | null> {
    return (await loadChildren(ctx, Certificate, "dossierId", dossierId))[0] ?? null;
  },

  /** A certificate in the caller's scope by its number, or undefined. */
  byNumber(ctx: RequestContext, number: string): Promise<Certificate | null> {
    // andWhere: `where()` would replace the scope predicate that scopedQuery() has just added.
    return scopedQuery(ctx, Certificate, "c").andWhere("c.number = :number", { number }).getOne();
  },

  /**
   * The public check of a number: the certification's name, the date and the holder's initials,
   * nothing else; null for a number that no certificate has. Every lookup is counted per client
   * address (VERIFY_THROTTLE) and unknown numbers are logged, so that a sweep shows up and stops.
   */
  async verify(ctx: RequestContext, typed: string): Promise<CertificateVerification | null> {
    if (typed.length > 64) throw new InputError([{ field: "number", message: "Numéro de certificat invalide." }]);
    if (ctx.http) await countLookup(ctx, ctx.http.ip);
    const number = normaliseCertificateNumber(typed);
    if (!number)
      throw new InputError([
        { field: "number", message: "Numéro de certificat invalide : il a la forme CLEA-XXXX-XXXX-XXXX-XXXX (4 groupes de 4 caractères)." },
      ]);
    const rows: { number: string; issuedOn: string; holderInitials: string; certificationName: string }[] = await ctx.em.query(
      `SELECT c.number, to_char(c."issuedOn", 'YYYY-MM-DD') AS "issuedOn", c."holderInitials", cert.name AS "certificationName"
         FROM certificate c JOIN certification cert ON cert.id = c."certificationId"
        WHERE c.number = $1`,
      [number],
    );
    const found = rows[0];
    if (!found) {
      logger.info(
        { requestId: ctx.requestId, client: ctx.http ? sha256(ctx.http.ip).slice(0, 16) : null },
        "certificate verification: unknown number",
      );
      return null;
    }
    return {
      number: found.number,
      certificationName: found.certificationName,
      issuedOn: found.issuedOn,
      holderInitials: found.holderInitials,
    };
  },
};
