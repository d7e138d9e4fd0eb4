import { departmentOfPostalCode, departments } from "./geography.js";
import type { FieldProblem } from "./errors.js";

/**
 * Validation rules shared by the API (which enforces them) and the SPA (which shows them as you
 * type). Each function returns a French message, or null when the value is valid.
 */

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** La Poste's establishments do not follow the Luhn rule: the sum of their SIRET digits is a multiple of 5. */
const LA_POSTE_SIREN = "356000000";

export function sirenProblem(siren: string): string | null {
  if (!/^\d{9}$/.test(siren)) return "Le SIREN doit comporter exactement 9 chiffres.";
  if (!luhnValid(siren)) return "Ce SIREN n'est pas valide (clé de contrôle incorrecte).";
  return null;
}

export function siretProblem(siret: string, organisationSiren?: string): string | null {
  if (!/^\d{14}$/.test(siret)) return "Le SIRET doit comporter exactement 14 chiffres.";
  const valid = siret.startsWith(LA_POSTE_SIREN) ? [...siret].reduce((s, c) => s + Number(c), 0) % 5 === 0 : luhnValid(siret);
  if (!valid) return "Ce SIRET n'est pas valide (clé de contrôle incorrecte).";
  if (organisationSiren && !siret.startsWith(organisationSiren))
    return `Ce SIRET n'appartient pas à l'organisme (il doit commencer par son SIREN ${organisationSiren}).`;
  return null;
}

export function postalCodeProblem(postalCode: string, departmentCode?: string): string | null {
  if (!/^\d{5}$/.test(postalCode)) return "Le code postal doit comporter 5 chiffres.";
  const dep = departmentOfPostalCode(postalCode);
  if (!dep) return "Ce code postal ne correspond à aucun département.";
  if (departmentCode && dep.code !== departmentCode)
    return `Ce code postal est celui du département ${dep.code} (${dep.name}), pas du ${departmentCode}.`;
  return null;
}

export function departmentProblem(departmentCode: string, regionCode?: string): string | null {
  const dep = departments.find((d) => d.code === departmentCode);
  if (!dep) return "Ce département n'existe pas.";
  if (regionCode && dep.regionCode !== regionCode) return `Le département ${dep.code} (${dep.name}) n'est pas dans cette région.`;
  return null;
}

/** A person-readable name: not blank, at most `max` characters. */
export function nameProblem(value: unknown, max: number, label = "Le nom"): string | null {
  const text = String(value ?? "").trim();
  if (!text) return `${label} est obligatoire.`;
  if (text.length > max) return `${label} compte au plus ${max} caractères.`;
  return null;
}

/** NDA: the 11-digit number of the training organisation's declaration of activity. */
export function trainingDeclarationNumberProblem(value: unknown): string | null {
  return /^\d{11}$/.test(String(value ?? "")) ? null : "Le numéro de déclaration d'activité (NDA) doit comporter exactement 11 chiffres.";
}

/** Dates are ISO `YYYY-MM-DD` strings; comparing them as strings is exact. */
export function dateRangeProblem(start?: string | null, end?: string | null): string | null {
  if (start && end && end < start) return "La date de fin doit être postérieure ou égale à la date de début.";
  return null;
}

/** Collects the non-null problems of a set of checks into field problems. */
export function collectProblems(checks: Record<string, string | null | undefined>): FieldProblem[] {
  return Object.entries(checks)
    .filter((e): e is [string, string] => typeof e[1] === "string")
    .map(([field, message]) => ({ field, message }));
}
