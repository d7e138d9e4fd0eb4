import { randomBytes } from "node:crypto";
import { CERTIFICATE_PREFIX, type CertificationCode } from "@clea/schema";

/** Crockford's base 32: digits and letters without I, L, O, U (nothing to misread or to spell). */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 80 bits as 16 Crockford characters, 5 bits each, most significant first. */
export function crockford80(bytes: Uint8Array): string {
  if (bytes.length !== 10) throw new Error("crockford80 takes exactly 10 bytes");
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  let out = "";
  for (let i = 15; i >= 0; i--) out += CROCKFORD[Number((value >> BigInt(i * 5)) & 31n)];
  return out;
}

/**
 * Draws certificate numbers. An object (not a bare function) so that a test can replace `draw`
 * to force a collision and see the unique index answer and the retry.
 */
export const certificateNumbers = {
  /** A new number for a certification: its prefix and 80 bits from the system's CSPRNG. */
  draw(code: CertificationCode): string {
    const body = crockford80(randomBytes(10));
    return `${CERTIFICATE_PREFIX[code]}-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8, 12)}-${body.slice(12, 16)}`;
  },
};

/** "J. D.": the first letter of the first names and of the birth last name, as the public page shows them. */
export function holderInitials(firstNames: string, birthLastName: string): string {
  const initial = (s: string) => (/\p{L}/u.exec(s)?.[0] ?? "").toLocaleUpperCase("fr-FR");
  return [initial(firstNames), initial(birthLastName)]
    .filter(Boolean)
    .map((i) => `${i}.`)
    .join(" ");
}
