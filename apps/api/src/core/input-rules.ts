/**
 * class-validator rules built on the validators of @clea/schema, so that the API refuses with
 * the very message the SPA shows as you type. class-validator checks every property of an input
 * before answering, so all faulty fields come back together (BAD_USER_INPUT + problems).
 */
import { ValidateBy, type ValidationArguments, type ValidationOptions } from "class-validator";
import {
  dateRangeProblem,
  departmentProblem,
  findDepartment,
  nameProblem,
  postalCodeProblem,
  sirenProblem,
  siretProblem,
  trainingDeclarationNumberProblem,
} from "@clea/schema";

type Problem = (value: unknown, object: Record<string, unknown>) => string | null;

/** A rule whose message is the shared validator's own message. */
export function SharedRule(name: string, problem: Problem, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name,
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => problem(value, (args?.object ?? {}) as Record<string, unknown>) === null,
        defaultMessage: (args?: ValidationArguments) =>
          problem(args?.value, (args?.object ?? {}) as Record<string, unknown>) ?? "Valeur invalide.",
      },
    },
    options,
  );
}

const asText = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));

export const IsName = (max: number, label?: string) => SharedRule("isName", (v) => nameProblem(v, max, label));
export const IsSiren = () => SharedRule("isSiren", (v) => sirenProblem(asText(v)));
export const IsSiret = () => SharedRule("isSiret", (v) => siretProblem(asText(v)));
export const IsDepartmentCode = () => SharedRule("isDepartmentCode", (v) => departmentProblem(asText(v)));
export const IsTrainingDeclarationNumber = () => SharedRule("isTrainingDeclarationNumber", trainingDeclarationNumberProblem);

/** Postal code format; and, when the input also names a known department, that it belongs to it. */
export const IsPostalCodeOfDepartment = (departmentField: string) =>
  SharedRule("isPostalCodeOfDepartment", (v, o) => {
    const dep = typeof o[departmentField] === "string" ? (o[departmentField] as string) : undefined;
    return postalCodeProblem(asText(v), dep && findDepartment(dep) ? dep : undefined);
  });

/** An end date on or after the start date given in the same input. */
export const NotBeforeDate = (startField: string) =>
  SharedRule("notBeforeDate", (v, o) => dateRangeProblem(o[startField] as string | null | undefined, v as string | null));
