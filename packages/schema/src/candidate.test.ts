import { describe, expect, it } from "vitest";
import { ageBandOf, ageOn, birthDateProblem, civilityOfGender, emailProblem, phoneProblem } from "./candidate.js";

describe("candidate rules", () => {
  it("computes ages in full years, birthdays included", () => {
    expect(ageOn("2000-06-15", "2026-06-14")).toBe(25);
    expect(ageOn("2000-06-15", "2026-06-15")).toBe(26);
    expect(ageBandOf("2000-06-15", "2026-06-14")).toBe("<26");
    expect(ageBandOf("2000-06-15", "2026-06-15")).toBe("26-44");
    expect(ageBandOf("1981-06-15", "2026-06-15")).toBe("45+");
  });

  it("accepts a plausible birth date and refuses the others with a French message", () => {
    const today = "2026-11-26";
    expect(birthDateProblem("1990-02-28", today)).toBeNull();
    expect(birthDateProblem("26/11/1990", today)).toBe("La date de naissance doit être une date au format AAAA-MM-JJ.");
    expect(birthDateProblem("1990-02-30", today)).toBe("Cette date de naissance n'existe pas.");
    expect(birthDateProblem("2027-01-01", today)).toBe("La date de naissance doit être dans le passé.");
    expect(birthDateProblem("2011-01-01", today)).toBe("Le candidat doit avoir au moins 16 ans.");
    expect(birthDateProblem("1920-01-01", today)).toContain("plus de 100 ans");
  });

  it("checks emails and phone numbers", () => {
    expect(emailProblem("jeanne.martin@exemple.fr")).toBeNull();
    expect(emailProblem("jeanne.martin@exemple")).toBe("Adresse e-mail invalide.");
    expect(emailProblem(" ")).toBe("L'adresse e-mail est obligatoire.");
    expect(phoneProblem("06 12 34 56 78")).toBeNull();
    expect(phoneProblem("+33 6 12 34 56 78")).toBeNull();
    expect(phoneProblem("12")).not.toBeNull();
  });

  it("maps genders to the civility of the platform file", () => {
    expect(civilityOfGender).toEqual({ FEMALE: "MME", MALE: "M" });
  });
});
