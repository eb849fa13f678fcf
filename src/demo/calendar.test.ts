import { describe, expect, it } from "vitest";
import { isLegalHoliday } from "../rules/calendar/holidays.ts";
import { day, iso, isSchoolDay, schoolDaysBefore, schoolDaysOf, startDay, workdayOnOrAfter, workdayOnOrBefore } from "./calendar.ts";

const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe("the demo school calendar", () => {
  it("runs from the Tuesday after Labor Day to the first Friday of June, on weekdays only", () => {
    const days = schoolDaysOf(2026).map(iso);
    expect(days[0]).toBe("2026-09-08");
    expect(days[days.length - 1]).toBe("2027-06-04");
    expect(days.every((d) => weekdayOf(d) >= 1 && weekdayOf(d) <= 5)).toBe(true);
    expect(days.length).toBeGreaterThanOrEqual(165);
    expect(days.length).toBeLessThanOrEqual(178);
  });

  it("closes for MEA, Thanksgiving, winter and spring break and the legal holidays, but not Columbus or Veterans Day", () => {
    for (const closed of ["2026-10-15", "2026-10-16", "2026-11-26", "2026-11-27", "2026-12-23", "2026-12-31", "2027-01-18", "2027-02-15", "2027-03-15", "2027-03-19", "2027-05-31"]) {
      expect(isSchoolDay(day(closed)), closed).toBe(false);
    }
    for (const open of ["2026-10-12", "2026-11-11", "2026-11-25", "2026-12-22", "2027-01-04"]) expect(isSchoolDay(day(open)), open).toBe(true);
    const holidays = schoolDaysOf(2025).filter(isLegalHoliday).map(iso);
    expect(holidays).toEqual(["2025-10-13", "2025-11-11"]);
  });

  it("counts the school days behind today in this school year (none in July and August)", () => {
    expect(schoolDaysBefore(day("2026-11-30"))).toHaveLength(55);
    expect(schoolDaysBefore(day("2025-10-15"))).toHaveLength(31);
    expect(schoolDaysBefore(day("2027-07-15"))).toHaveLength(0);
    expect(schoolDaysBefore(day("2027-03-01")).length).toBeGreaterThan(100);
  });

  it("moves dates to workdays and first days of duty to school days", () => {
    expect(iso(workdayOnOrAfter(day("2025-08-30")))).toBe("2025-09-02");
    expect(iso(workdayOnOrBefore(day("2025-12-25")))).toBe("2025-12-24");
    expect(iso(startDay(day("2026-12-24")))).toBe("2027-01-04");
    expect(iso(startDay(day("2026-07-11")))).toBe("2026-07-13");
  });
});
