import { randomUUID } from "node:crypto";
import express, { type Request, type Response } from "express";
import type { DataSource } from "typeorm";
import { AuditAction, ErrorCode, normaliseCertificateNumber } from "@clea/schema";
import { authenticate, clientIp } from "../../core/auth/authenticate.js";
import { unauthenticated } from "../../core/auth/guard.js";
import { RequestContext } from "../../core/context.js";
import { DomainError, NotFoundError } from "../../core/errors.js";
import { logger } from "../../core/logger.js";
import { ForbiddenError } from "../../core/permissions.js";
import { mayReadPersonalData, PERSONAL_DATA_FORBIDDEN } from "../../core/personal-data.js";
import { auditService } from "../audit/audit.service.js";
import { Candidate } from "../candidate/candidate.entity.js";
import { Establishment } from "../establishment/establishment.entity.js";
import { Certification } from "../referential/referential.entity.js";
import { renderAttestation } from "./certificate.pdf.js";
import { certificateService } from "./certificate.service.js";

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

function sendError(res: Response, requestId: string, error: unknown): void {
  if (error instanceof DomainError) {
    res.status(STATUS[error.extensions.code as string] ?? 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  logger.error({ err: error, requestId }, "unexpected error");
  res.status(500).json({
    errors: [
      {
        message: `Erreur interne. Si elle persiste, communiquez au support l'identifiant de la requête : ${requestId}.`,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
      },
    ],
  });
}

/** Where the public verification page lives: PUBLIC_URL when set (behind a proxy), else this request's origin. */
export function verificationUrl(req: Request, number: string): string {
  const base = (process.env.PUBLIC_URL || `${req.protocol}://${req.get("host")}`).replace(/\/+$/, "");
  return `${base}/verification/${number}`;
}

/** "Marie MARTIN, née DUPONT" when a usual name differs from the birth name. */
function holderName(c: Candidate): string {
  const usual = c.usualName?.trim();
  const birth = c.birthLastName.trim().toLocaleUpperCase("fr-FR");
  if (usual && usual.toLocaleUpperCase("fr-FR") !== birth) return `${c.firstNames} ${usual.toLocaleUpperCase("fr-FR")}, né(e) ${birth}`;
  return `${c.firstNames} ${birth}`;
}

/**
 * `GET /certificates/<number>.pdf`: the PDF attestation, for a signed-in caller (the bearer access
 * token, as for /graphql) who sees the certificate (its scope: another network's manager gets 404,
 * like a number that does not exist) and may read its holder's identity (ADMIN and the staff of the
 * holder's establishment; 403 otherwise). The read of the holder's name is audited like any
 * personal-data read, before the file is sent.
 */
export function certificateRoutes(ds: DataSource): express.Router {
  const router = express.Router();
  router.get("/:file", async (req, res) => {
    const requestId = (req.headers["x-request-id"] as string) || randomUUID();
    res.setHeader("x-request-id", requestId);
    try {
      const ctx = new RequestContext(ds, requestId, ds.manager, await authenticate(ds, req), { req, res, ip: clientIp(req) });
      if (!ctx.principal) throw unauthenticated(ctx);
      const file = String(req.params.file);
      const number = file.toLowerCase().endsWith(".pdf") ? normaliseCertificateNumber(file.slice(0, -4)) : null;
      const certificate = number ? await certificateService.byNumber(ctx, number) : null;
      if (!certificate) throw new NotFoundError("Certificat");
      if (!mayReadPersonalData(ctx, certificate.establishmentId)) throw new ForbiddenError(PERSONAL_DATA_FORBIDDEN);
      const [candidate, certification, establishment] = await Promise.all([
        ds.getRepository(Candidate).findOneByOrFail({ id: certificate.candidateId }),
        ds.getRepository(Certification).findOneByOrFail({ id: certificate.certificationId }),
        ds.getRepository(Establishment).findOneByOrFail({ id: certificate.establishmentId }),
      ]);
      const pdf = await renderAttestation({
        number: certificate.number,
        certificationName: certification.name,
        certificationFullName: certification.fullName,
        holderName: holderName(candidate),
        holderBirthDate: candidate.birthDate,
        issuedOn: certificate.issuedOn,
        establishment: { name: establishment.name, city: establishment.city, siret: establishment.siret },
        verificationUrl: verificationUrl(req, certificate.number),
      });
      await auditService.record(ctx, {
        action: AuditAction.READ_PERSONAL_DATA,
        entityType: "Candidate",
        entityId: candidate.id,
        changedFields: ["firstNames", "birthLastName", "usualName", "birthDate"],
        networkId: candidate.networkId,
        establishmentId: candidate.establishmentId,
      });
      res
        .status(200)
        .type("application/pdf")
        .setHeader("content-disposition", `inline; filename="attestation-${certificate.number}.pdf"`)
        .setHeader("cache-control", "private, no-store")
        .send(pdf);
    } catch (e) {
      sendError(res, requestId, e);
    }
  });
  return router;
}
