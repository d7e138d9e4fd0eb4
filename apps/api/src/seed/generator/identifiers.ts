/**
 * Valid French identifiers built from random digits: the last digit of a SIREN or a SIRET is the
 * Luhn key of the others (the rule `sirenProblem` / `siretProblem` of @clea/schema check).
 */

/** The digit that makes `digits + d` pass the Luhn check. */
export function luhnKey(digits: string): string {
  let sum = 0;
  // Positions are counted from the right of the final number, whose rightmost digit is the key.
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A SIREN from 8 digits (La Poste's 356000000, which follows another rule, is avoided by callers). */
export const sirenOf = (eightDigits: string): string => eightDigits + luhnKey(eightDigits);

/** The SIRET of an establishment: its organisation's SIREN, a 4-digit NIC, and the key. */
export const siretOf = (siren: string, nic: number): string => {
  const base = siren + String(nic).padStart(4, "0");
  return base + luhnKey(base);
};
