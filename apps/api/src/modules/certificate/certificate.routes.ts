import express, { type Request } from "express";
import type { DataSource } from "typeorm";
import { AuditAction, normaliseCertificateNumber } from "@clea/schema";
import { NotFoundError } from "../../core/errors.js";
import { restContext, restDoor } from "../../core/rest-door.js";
import { ForbiddenError } from "../../core/permissions.js";
import { mayReadPersonalData, PERSONAL_DATA_FORBIDDEN } from "../../core/personal-data.js";
import { auditService } from "../audit/index.js";
import { Candidate } from "../candidate/index.js";
import { Establishment } from "../establishment/index.js";
import { Certification } from "../referential/index.js";
import { renderAttestation } from "./certificate.pdf.js";
import { certificateService } from "./certificate.service.js";

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
  // Refusals and failures go to the REST error handler (core/http-errors.ts).
  router.get("/:file", restDoor(ds, "GET /certificates/:file"), async (req, res) => {
    const ctx = restContext(res);
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
  });
  return router;
}
