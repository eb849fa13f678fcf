import { describe, expect, it } from "vitest";
import { assertZone, todayIn, zoneOf } from "./clock.ts";

describe("today", () => {
  it("is the calendar date in America/Chicago unless SROC_TZ says otherwise", () => {
    const lateEvening = new Date("2026-12-01T05:30:00Z"); // 23:30 on Nov 30 in Chicago
    expect(todayIn(zoneOf({}), lateEvening)).toBe("2026-11-30");
    expect(todayIn(zoneOf({ SROC_TZ: "UTC" }), lateEvening)).toBe("2026-12-01");
    expect(todayIn("America/Chicago", new Date("2026-12-01T06:00:00Z"))).toBe("2026-12-01");
  });

  it("refuses a zone that does not exist", () => {
    expect(() => { assertZone("America/Minneapolis"); }).toThrow(/SROC_TZ=America\/Minneapolis is not a time zone/);
  });
});
