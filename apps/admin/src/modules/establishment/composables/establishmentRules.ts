import { departmentProblem, findDepartment, findRegion, postalCodeProblem, siretProblem } from "@clea/schema";
import type { FieldRule } from "../../../shared/composables/useFormValidation.ts";

export interface EstablishmentValues {
  siret: string;
  name: string;
  addressLine: string;
  postalCode: string;
  city: string;
  departmentCode: string;
}

/**
 * The establishment form's checks: the shared validators of @clea/schema, so the messages are
 * word for word the API's. `organisationSiren()` is read lazily (it arrives with the organisation).
 */
export function establishmentRules(
  organisationSiren: () => string | undefined,
  required: string,
  editing = false,
): Partial<Record<keyof EstablishmentValues, FieldRule<EstablishmentValues>>> {
  const filled = (v: string) => (v.trim() ? null : required);
  return {
    siret: {
      check: (v) => (editing ? null : siretProblem(v.siret.replace(/\s/g, ""), organisationSiren())),
      showWhen: (v) => v.siret.replace(/\s/g, "").length >= 14,
    },
    name: { check: (v) => filled(v.name) },
    addressLine: { check: (v) => filled(v.addressLine) },
    city: { check: (v) => filled(v.city) },
    departmentCode: { check: (v) => (v.departmentCode ? departmentProblem(v.departmentCode) : required) },
    postalCode: {
      check: (v) => postalCodeProblem(v.postalCode.trim(), v.departmentCode || undefined),
      showWhen: (v) => v.postalCode.trim().length >= 5,
    },
  };
}

/** The region shown next to the department: derived, never typed. */
export function regionOfDepartment(departmentCode: string): string | undefined {
  const dep = findDepartment(departmentCode);
  return dep ? findRegion(dep.regionCode)?.name : undefined;
}
