import { describe, expect, it } from "vitest";
import { highlight } from "./highlight.ts";

describe("highlight", () => {
  it("marks every match, ignoring case and accents, keeping the original text", () => {
    expect(highlight("Calculer un prix ; le calcul mental", "calcul")).toEqual([
      { text: "Calcul", match: true },
      { text: "er un prix ; le ", match: false },
      { text: "calcul", match: true },
      { text: " mental", match: false },
    ]);
    expect(highlight("Se repérer dans l'espace", "reperer")).toEqual([
      { text: "Se ", match: false },
      { text: "repérer", match: true },
      { text: " dans l'espace", match: false },
    ]);
  });
});
