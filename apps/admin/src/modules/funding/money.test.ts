import { describe, expect, it } from "vitest";
import { formatEuros, fromCents, normaliseEuroAmount, sumAmounts, toCents, totalsByStep } from "./money.ts";

describe("euro amounts typed by a person", () => {
  it("accepts a French comma, spaces between thousands and the euro sign, giving the API's decimal string", () => {
    expect(normaliseEuroAmount("1250,50")).toBe("1250.50");
    expect(normaliseEuroAmount(" 1 250,5 € ")).toBe("1250.5");
    expect(normaliseEuroAmount("1\u202f250.00")).toBe("1250.00");
    expect(normaliseEuroAmount("0")).toBe("0");
    expect(normaliseEuroAmount("999999999.99")).toBe("999999999.99");
  });

  it("refuses what EURO_AMOUNT refuses: negative, three decimals, letters, empty, too large, two separators", () => {
    for (const typed of ["-5", "12.345", "12,3,4", "abc", "", "1e3", "1000000000", "12.", ".5", "1.250,50"])
      expect(normaliseEuroAmount(typed), typed).toBeNull();
  });
});

describe("exact totals", () => {
  it("adds in integer cents: 0.10 + 0.20 is 0.30 (a float sum would give 0.30000000000000004)", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumAmounts(["0.10", "0.20"])).toBe("0.30");
    expect(sumAmounts(["0.1", "0.2", "0.3"])).toBe("0.60");
    expect(sumAmounts([])).toBe("0.00");
  });

  it("keeps every cent of large amounts", () => {
    expect(sumAmounts(["999999999.99", "999999999.99", "0.02"])).toBe("2000000000.00");
    expect(toCents("999999999.99")).toBe(99999999999n);
    expect(fromCents(5n)).toBe("0.05");
    expect(fromCents(-150n)).toBe("-1.50");
  });

  it("totals each step without the refused and cancelled lines", () => {
    const totals = totalsByStep([
      { step: "PRELIMINARY", amount: "450.10", status: "PAID" },
      { step: "PRELIMINARY", amount: "49.95", status: "AGREED" },
      { step: "PRELIMINARY", amount: "1000.00", status: "CANCELLED" },
      { step: "TRAINING", amount: "1250.5", status: "REQUESTED" },
      { step: "TRAINING", amount: "300", status: "REFUSED" },
      { step: "FINAL", amount: "80", status: "REFUSED" },
    ]);
    expect(totals.get("PRELIMINARY")).toBe("500.05");
    expect(totals.get("TRAINING")).toBe("1250.50");
    expect(totals.has("FINAL")).toBe(false);
  });
});

describe("formatting", () => {
  it("formats the exact decimal string in French (narrow no-break space between thousands, comma, euro sign)", () => {
    expect(formatEuros("1250.50").replace(/[\u00a0\u202f]/g, " ")).toBe("1 250,50 €");
    expect(formatEuros("0.30").replace(/[\u00a0\u202f]/g, " ")).toBe("0,30 €");
    // A value a float cannot hold exactly stays exact to the cent.
    expect(formatEuros("999999999.99").replace(/[\u00a0\u202f]/g, " ")).toBe("999 999 999,99 €");
  });
});
