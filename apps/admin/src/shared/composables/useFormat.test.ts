import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, instantOfFrenchTime, startOfDayInFrance, todayInFrance } from "./useFormat.ts";

describe("session dates", () => {
  it("counts days in France (a session « today » at 23:30 UTC is already tomorrow in Paris)", () => {
    expect(todayInFrance(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
    expect(todayInFrance(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
  });
});

describe("dates and times shown to people", () => {
  // This machine (and CI) runs in UTC: without the time zone, 23:30 UTC would read "7 décembre à 23:30".
  it("shows an instant as in France, whatever the browser's time zone (23:30 UTC is the next day, 00:30)", () => {
    expect(formatDateTime("2026-12-07T23:30:00Z", "fr")).toBe("8 décembre 2026 à 00:30");
    expect(formatDate("2026-12-07T23:30:00Z", "fr")).toBe("8 décembre 2026");
    expect(formatTime("2026-07-01T21:59:00Z", "fr")).toBe("23:59");
  });

  it("shows a calendar day as it is, never shifted", () => {
    expect(formatDate("2026-12-08", "fr")).toBe("8 décembre 2026");
    expect(formatDate("2026-03-29", "fr")).toBe("29 mars 2026");
  });

  it("starts a calendar day at midnight in France, summer and winter (audit periods)", () => {
    expect(startOfDayInFrance("2026-12-08")).toBe("2026-12-07T23:00:00.000Z");
    expect(startOfDayInFrance("2026-07-01")).toBe("2026-06-30T22:00:00.000Z");
    expect(startOfDayInFrance("2026-12-31", 1)).toBe("2026-12-31T23:00:00.000Z");
    // The day of the spring clock change still starts at 00:00 winter time.
    expect(startOfDayInFrance("2026-03-29")).toBe("2026-03-28T23:00:00.000Z");
  });
});

describe("times typed by people", () => {
  it("reads a typed date and time as it is in France, around clock changes too", () => {
    expect(instantOfFrenchTime("2026-12-08T09:00")).toBe("2026-12-08T08:00:00.000Z");
    expect(instantOfFrenchTime("2026-07-01T09:00")).toBe("2026-07-01T07:00:00.000Z");
    expect(instantOfFrenchTime("2026-03-29T01:30")).toBe("2026-03-29T00:30:00.000Z");
    expect(instantOfFrenchTime("2026-03-29T04:00")).toBe("2026-03-29T02:00:00.000Z");
    expect(instantOfFrenchTime("2026-10-25T12:00")).toBe("2026-10-25T11:00:00.000Z");
  });
});
