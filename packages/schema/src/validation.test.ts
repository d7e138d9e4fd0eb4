import { describe, expect, it } from "vitest";
import { departmentOfPostalCode, postalCodeProblem, siretProblem, sirenProblem, dateRangeProblem } from "./index.js";

describe("SIRET and SIREN", () => {
  it("accepts a SIRET whose Luhn key is right and refuses one digit off", () => {
    expect(siretProblem("73282932000074")).toBeNull();
    expect(siretProblem("73282932000075")).toMatch(/clé de contrôle/);
  });
  it("refuses a SIRET that does not start with the organisation's SIREN", () => {
    expect(siretProblem("73282932000074", "732829320")).toBeNull();
    expect(siretProblem("73282932000074", "552100554")).toMatch(/n'appartient pas/);
  });
  it("refuses anything but 14 digits", () => {
    expect(siretProblem("7328293200007")).toMatch(/14 chiffres/);
    expect(siretProblem("7328293200007A")).toMatch(/14 chiffres/);
  });
  it("applies La Poste's sum-of-digits rule", () => {
    expect(siretProblem("35600000049837")).toBeNull(); // digits sum to 45
    expect(siretProblem("35600000049838")).toMatch(/clé de contrôle/);
  });
  it("checks a SIREN", () => {
    expect(sirenProblem("732829320")).toBeNull();
    expect(sirenProblem("732829321")).toMatch(/clé/);
  });
});

describe("postal codes", () => {
  it("maps Corsica and overseas codes", () => {
    expect(departmentOfPostalCode("20000")?.code).toBe("2A");
    expect(departmentOfPostalCode("20200")?.code).toBe("2B");
    expect(departmentOfPostalCode("97400")?.code).toBe("974");
    expect(departmentOfPostalCode("75011")?.regionCode).toBe("11");
  });
  it("refuses a postal code of another department", () => {
    expect(postalCodeProblem("69003", "69")).toBeNull();
    expect(postalCodeProblem("69003", "75")).toMatch(/département 69/);
  });
});

describe("date ranges", () => {
  it("refuses an end before the start", () => {
    expect(dateRangeProblem("2026-01-02", "2026-01-01")).toMatch(/postérieure/);
    expect(dateRangeProblem("2026-01-01", "2026-01-01")).toBeNull();
  });
});
