import { describe, expect, it } from "vitest";
import { loadCommonPasswords, passwordMessages, passwordProblem, passwordTooLong } from "./index.js";

describe("password policy", () => {
  it("accepts a long passphrase and the documented demo password", async () => {
    const commonPasswords = await loadCommonPasswords();
    expect(passwordProblem("cheval agrafe batterie correcte", { email: "jean.dupont@exemple.fr", commonPasswords })).toBeNull();
    expect(passwordProblem("Demo-CleA-2026!", { email: "admin@demo.clea.fr", commonPasswords })).toBeNull();
  });

  it("wants 12 to 256 characters, counted as characters, not bytes", () => {
    expect(passwordProblem("")).toBe(passwordMessages.required);
    expect(passwordProblem("court-11car")).toBe(passwordMessages.tooShort);
    expect(passwordProblem("éééééééééééé")).toBeNull();
    expect(passwordProblem("x".repeat(256))).toBeNull();
    expect(passwordProblem("x".repeat(257))).toBe(passwordMessages.tooLong);
    expect(passwordTooLong("x".repeat(1_000_000))).toBe(true);
  });

  it("refuses the account's email and its local part, whatever the case", () => {
    const email = "Jean.Dupont@Exemple.fr";
    expect(passwordProblem("jean.dupont@exemple.fr", { email })).toBe(passwordMessages.email);
    expect(passwordProblem("JEAN.DUPONT-2026!", { email })).toBe(passwordMessages.email);
    expect(passwordProblem("un tout autre mot de passe", { email })).toBeNull();
  });

  it("refuses common passwords, also with digits and symbols around them or repeated", async () => {
    const commonPasswords = await loadCommonPasswords();
    expect(commonPasswords.size).toBeGreaterThan(40_000);
    for (const p of ["1qaz2wsx3edc", "qwerty123456", "Motdepasse2024!", "azertyazerty", "aaaaaaaaaaaa", "abcabcabcabc", "Password1234!"])
      expect(passwordProblem(p, { commonPasswords }), p).toBe(passwordMessages.common);
  });
});
