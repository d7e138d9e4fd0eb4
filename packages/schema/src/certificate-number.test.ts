import { describe, expect, it } from "vitest";
import { CERTIFICATE_NUMBER, normaliseCertificateNumber } from "./dossier.js";

describe("certificate numbers", () => {
  it("accepts the certification's prefix and four groups of Crockford base 32", () => {
    expect(CERTIFICATE_NUMBER.test("CLEA-7K2M-Q9XD-4TAB-R8ZW")).toBe(true);
    expect(CERTIFICATE_NUMBER.test("CLEN-0000-1111-2222-3333")).toBe(true);
    expect(CERTIFICATE_NUMBER.test("CLEM-ZZZZ-ZZZZ-ZZZZ-ZZZZ")).toBe(true);
    // Crockford leaves out I, L, O and U; another prefix is not a certificate of ours.
    expect(CERTIFICATE_NUMBER.test("CLEA-7K2M-Q9XD-4TAB-R8ZU")).toBe(false);
    expect(CERTIFICATE_NUMBER.test("ABCD-7K2M-Q9XD-4TAB-R8ZW")).toBe(false);
    expect(CERTIFICATE_NUMBER.test("CLEA-7K2M-Q9XD-4TAB")).toBe(false);
  });

  it("reads a number as a person types it", () => {
    expect(normaliseCertificateNumber(" clea-7k2m-q9xd-4tab-r8zw ")).toBe("CLEA-7K2M-Q9XD-4TAB-R8ZW");
    expect(normaliseCertificateNumber("CLEA 7K2M Q9XD 4TAB R8ZW")).toBe("CLEA-7K2M-Q9XD-4TAB-R8ZW");
    expect(normaliseCertificateNumber("CLEA7K2MQ9XD4TABR8ZW")).toBe("CLEA-7K2M-Q9XD-4TAB-R8ZW");
    expect(normaliseCertificateNumber("CLEA-OOIL-Q9XD-4TAB-R8ZW")).toBe("CLEA-0011-Q9XD-4TAB-R8ZW");
    expect(normaliseCertificateNumber("CLEA-7K2M-Q9XD-4TAB")).toBeNull();
    expect(normaliseCertificateNumber("CLEA-7K2M-Q9XD-4TAB-R8ZU")).toBeNull();
    expect(normaliseCertificateNumber("")).toBeNull();
  });
});
