import PDFDocument from "pdfkit";
import { frenchDate } from "../../core/dates.js";

/** What the attestation shows (read by the route after its scope and personal-data checks). */
export interface AttestationContent {
  number: string;
  /** "CléA", and its long title. */
  certificationName: string;
  certificationFullName: string;
  holderName: string;
  holderBirthDate: string;
  issuedOn: string;
  establishment: { name: string; city: string; siret: string };
  verificationUrl: string;
}

const INK = "#1b1b35";
const MUTED = "#4b4b5c";
const ACCENT = "#000091";

/**
 * The PDF attestation of a certificate, with pdfkit (docs/adr/0012): A4, the standard Helvetica
 * fonts (WinAnsi covers French), metadata naming the number. Returns the whole file.
 */
export function renderAttestation(c: AttestationContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: 64, bottom: 64, left: 64, right: 64 },
      lang: "fr-FR",
      displayTitle: true,
      info: {
        Title: `Attestation de certification ${c.certificationName} — ${c.number}`,
        Subject: `Certificat n° ${c.number}`,
        Author: "Plateforme CléA",
        Creator: "Plateforme CléA",
        Keywords: `${c.certificationName}, certificat, ${c.number}`,
      },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);

    const width = doc.page.width - 128;
    doc
      .rect(40, 40, doc.page.width - 80, doc.page.height - 80)
      .lineWidth(1.5)
      .strokeColor(ACCENT)
      .stroke();

    doc.moveDown(2);
    doc.font("Helvetica").fontSize(11).fillColor(MUTED).text("ATTESTATION DE DÉLIVRANCE", { align: "center", characterSpacing: 2, width });
    doc.moveDown(0.6);
    doc.font("Helvetica-Bold").fontSize(30).fillColor(ACCENT).text(`Certificat ${c.certificationName}`, { align: "center", width });
    doc.moveDown(0.3);
    doc.font("Helvetica").fontSize(12).fillColor(MUTED).text(c.certificationFullName, { align: "center", width });

    doc.moveDown(2.5);
    doc.font("Helvetica").fontSize(12).fillColor(INK).text("est délivré à", { align: "center", width });
    doc.moveDown(0.5);
    doc.font("Helvetica-Bold").fontSize(22).fillColor(INK).text(c.holderName, { align: "center", width });
    doc.moveDown(0.3);
    doc
      .font("Helvetica")
      .fontSize(12)
      .fillColor(MUTED)
      .text(`né(e) le ${frenchDate(c.holderBirthDate)}`, { align: "center", width });

    doc.moveDown(2.5);
    const line = (label: string, value: string) => {
      doc.font("Helvetica").fontSize(11).fillColor(MUTED).text(label, { continued: true, width });
      doc.font("Helvetica-Bold").fillColor(INK).text(value, { width });
      doc.moveDown(0.4);
    };
    line("Date de délivrance (date du jury) : ", frenchDate(c.issuedOn));
    line("Numéro du certificat : ", c.number);
    line("Établissement évaluateur : ", `${c.establishment.name}, ${c.establishment.city} (SIRET ${c.establishment.siret})`);

    doc.moveDown(2);
    doc.font("Helvetica-Bold").fontSize(11).fillColor(INK).text("Vérifier ce certificat", { width });
    doc.moveDown(0.3);
    doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor(MUTED)
      .text(
        "Toute personne peut vérifier l'authenticité de ce certificat à l'adresse ci-dessous, avec son numéro. " +
          "La page de vérification n'affiche que la certification, la date de délivrance et les initiales du titulaire.",
        { width },
      );
    doc.moveDown(0.3);
    doc.font("Helvetica").fontSize(10).fillColor(ACCENT).text(c.verificationUrl, { link: c.verificationUrl, underline: true, width });

    doc.end();
  });
}
