import { describe, expect, it } from "vitest";
import { isVersionConflict } from "./useTransition.ts";

const apolloError = (message: string, extensions: Record<string, unknown>) => ({ graphQLErrors: [{ message, extensions }] });

describe("which CONFLICT means « modifié entre-temps »", () => {
  it("a stale dossier version, as the API marks it (staleVersion)", () => {
    expect(
      isVersionConflict(
        apolloError("Ce dossier a été modifié par quelqu'un d'autre…", {
          code: "CONFLICT",
          staleVersion: true,
          currentVersion: 4,
          currentState: "CERTIFIED",
        }),
      ),
    ).toBe(true);
    expect(
      isVersionConflict(
        apolloError("Ce dossier a été modifié entre-temps. Rechargez-le, puis recommencez.", { code: "CONFLICT", staleVersion: true }),
      ),
    ).toBe(true);
  });

  it("not another conflict: already presented to this session, session closed, no decision pending, or another code", () => {
    expect(
      isVersionConflict(apolloError("Ce dossier a déjà été présenté à cette session.", { code: "CONFLICT", field: "jurySessionId" })),
    ).toBe(false);
    expect(
      isVersionConflict(apolloError("Cette session de jury est close : elle n'enregistre plus de décision.", { code: "CONFLICT" })),
    ).toBe(false);
    expect(isVersionConflict(apolloError("Ce dossier n'attend aucune décision de jury.", { code: "CONFLICT" }))).toBe(false);
    expect(isVersionConflict(apolloError("modifié", { code: "INVALID_TRANSITION" }))).toBe(false);
    expect(isVersionConflict(new Error("network"))).toBe(false);
  });
});
