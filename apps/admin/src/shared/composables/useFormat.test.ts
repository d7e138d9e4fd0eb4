import { describe, expect, it } from "vitest";
import { todayInFrance } from "./useFormat.ts";

describe("session dates", () => {
  it("counts days in France (a session « today » at 23:30 UTC is already tomorrow in Paris)", () => {
    expect(todayInFrance(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
    expect(todayInFrance(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
  });
});
