import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { civilFromDay, dayFromCivil, formatIsoDate, isoDay, parseIsoDate, weekday } from "./day.ts";
import { legalHolidayName, legalHolidays } from "./holidays.ts";
import { addMonths, addYears } from "./months.ts";
import { roll645_15 } from "./computation-of-time.ts";
import { parseMonthDay, schoolYearLabel, schoolYearStart, JULY_FIRST } from "./school-year.ts";

/** Temporal (the TC39 date API, via its polyfill) is the independent oracle for the day arithmetic. */
const arbDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("day numbers", () => {
  it("1970-01-01 is day 0, a Thursday", () => {
    expect(isoDay("1970-01-01")).toBe(0);
    expect(weekday(0)).toBe(4);
  });

  it("round-trips every date and agrees with Temporal on the day count and weekday", () => {
    fc.assert(
      fc.property(arbDate, (iso) => {
        const d = isoDay(iso);
        expect(formatIsoDate(d)).toBe(iso);
        const t = Temporal.PlainDate.from(iso);
        expect(d).toBe(t.since("1970-01-01").days);
        expect(weekday(d)).toBe(t.dayOfWeek % 7);
        const c = civilFromDay(d);
        expect(dayFromCivil(c.year, c.month, c.day)).toBe(d);
      }),
    );
  });

  it.each(["2025-02-30", "2025-02-29", "2026-13-01", "2025-00-10", "2025-9-1", "2025-09-1", "20250901", "2025-09-01T00:00", "", "abcd-ef-gh", "2025/09/01"])(
    "refuses %j",
    (s) => {
      expect(parseIsoDate(s)).toBeNull();
    },
  );

  it("accepts February 29 in leap years only", () => {
    expect(parseIsoDate("2024-02-29")).not.toBeNull();
    expect(parseIsoDate("2000-02-29")).not.toBeNull();
    expect(parseIsoDate("1900-02-29")).toBeNull();
  });
});

describe("month arithmetic with end-of-month clamp (A7)", () => {
  it.each([
    ["2025-08-31", 6, "2026-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-03-31", 6, "2026-09-30"],
    ["2025-09-01", 6, "2026-03-01"],
    ["2025-10-31", 6, "2026-04-30"],
    ["2025-12-31", 2, "2026-02-28"],
  ])("%s + %i months = %s", (from, months, to) => {
    expect(formatIsoDate(addMonths(isoDay(from), months))).toBe(to);
  });

  it("Feb 29 + 3 years = Feb 28 (R-REF-2)", () => {
    expect(formatIsoDate(addYears(isoDay("2028-02-29"), 3))).toBe("2031-02-28");
  });

  it("agrees with Temporal's constrained month addition", () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -48, max: 48 }), (iso, months) => {
        const expected = Temporal.PlainDate.from(iso).add({ months }, { overflow: "constrain" }).toString();
        expect(formatIsoDate(addMonths(isoDay(iso), months))).toBe(expected);
      }),
    );
  });
});

describe("Minnesota legal holidays (§ 645.44 subd. 5, A26)", () => {
  it("lists 2025's holidays", () => {
    expect(legalHolidays(2025).map((h) => `${formatIsoDate(h.day)} ${h.name}`)).toEqual([
      "2025-01-01 New Year's Day",
      "2025-01-20 Martin Luther King Jr. Day",
      "2025-02-17 Washington's and Lincoln's Birthday",
      "2025-05-26 Memorial Day",
      "2025-06-19 Juneteenth",
      "2025-07-04 Independence Day",
      "2025-09-01 Labor Day",
      "2025-10-13 Christopher Columbus Day",
      "2025-11-11 Veterans Day",
      "2025-11-27 Thanksgiving Day",
      "2025-11-28 Day after Thanksgiving",
      "2025-12-25 Christmas Day",
    ]);
  });

  it("observes a Sunday holiday on the Monday and a Saturday holiday on the Friday", () => {
    expect(legalHolidayName(isoDay("2027-07-05"))).toBe("Independence Day (observed)"); // Jul 4, 2027 is a Sunday
    expect(legalHolidayName(isoDay("2026-07-03"))).toBe("Independence Day (observed)"); // Jul 4, 2026 is a Saturday
    expect(legalHolidayName(isoDay("2027-12-31"))).toBe("New Year's Day (observed)"); // Jan 1, 2028 is a Saturday
    expect(legalHolidayName(isoDay("2026-06-19"))).toBe("Juneteenth");
  });

  it("knows the statute's two fixed dates are holidays", () => {
    expect(legalHolidayName(isoDay("2025-09-01"))).toBe("Labor Day");
    expect(legalHolidayName(isoDay("2027-05-31"))).toBe("Memorial Day");
  });

  it("names Thanksgiving as the fourth Thursday, and the day after", () => {
    for (let year = 2020; year <= 2040; year += 1) {
      const t = legalHolidays(year).find((h) => h.name === "Thanksgiving Day");
      expect(t).toBeDefined();
      const date = Temporal.PlainDate.from(formatIsoDate(t?.day ?? 0));
      expect(date.dayOfWeek).toBe(4);
      expect(date.day).toBeGreaterThanOrEqual(22);
      expect(date.day).toBeLessThanOrEqual(28);
      expect(legalHolidayName((t?.day ?? 0) + 1)).toBe("Day after Thanksgiving");
    }
  });
});

describe("§ 645.15 roll", () => {
  it.each([
    ["2026-03-01", "2026-03-02"], // Sunday → Monday
    ["2026-02-28", "2026-03-02"], // Saturday → Monday
    ["2026-09-05", "2026-09-08"], // Saturday, Sunday, Labor Day → Tuesday
    ["2026-11-26", "2026-11-30"], // Thanksgiving, the day after, the weekend → Monday
    ["2026-03-30", "2026-03-30"], // a Monday stays
  ])("%s → %s", (from, to) => {
    expect(formatIsoDate(roll645_15(isoDay(from)))).toBe(to);
  });

  it("never lands on a weekend or holiday and never moves more than a week", () => {
    fc.assert(
      fc.property(arbDate, (iso) => {
        const d = isoDay(iso);
        const r = roll645_15(d);
        expect(r).toBeGreaterThanOrEqual(d);
        expect(r - d).toBeLessThan(7);
        expect([0, 6]).not.toContain(weekday(r));
        expect(legalHolidayName(r)).toBeNull();
      }),
    );
  });
});

describe("school years (A1)", () => {
  it("runs July 1 – June 30 by default", () => {
    expect(formatIsoDate(schoolYearStart(isoDay("2026-06-30"), JULY_FIRST))).toBe("2025-07-01");
    expect(formatIsoDate(schoolYearStart(isoDay("2026-07-01"), JULY_FIRST))).toBe("2026-07-01");
    expect(schoolYearLabel(isoDay("2025-07-01"), JULY_FIRST)).toBe("2025-2026");
  });

  it("follows a configured start, and names a calendar-year school year by its year", () => {
    const august20 = { month: 8, day: 20 };
    expect(formatIsoDate(schoolYearStart(isoDay("2026-08-19"), august20))).toBe("2025-08-20");
    const january1 = { month: 1, day: 1 };
    expect(schoolYearLabel(schoolYearStart(isoDay("2026-05-05"), january1), january1)).toBe("2026");
  });

  it.each(["02-29", "13-01", "00-10", "04-31", "7-1", "07/01"])("refuses the month-day %j", (s) => {
    expect(parseMonthDay(s)).toBeNull();
  });
});
