import { describe, expect, it } from "vitest";
import { marksByDate, schoolYearMonths } from "./calendar.ts";

describe("the school-year calendar's layout", () => {
  it("lays out July to June in weeks of seven, Sunday first, blanks around each month", () => {
    const months = schoolYearMonths("2026-07-01", "2027-06-30");
    expect(months.map((m) => m.key)).toEqual(["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"]);
    const july = months[0];
    expect(july?.label).toBe("July 2026");
    // 2026-07-01 is a Wednesday: three blanks before it.
    expect(july?.weeks[0]?.slice(0, 4).map((c) => c?.date ?? null)).toEqual([null, null, null, "2026-07-01"]);
    for (const m of months) for (const w of m.weeks) expect(w).toHaveLength(7);
    const days = months.flatMap((m) => m.weeks.flat()).filter((c) => c !== null);
    expect(days).toHaveLength(365);
    expect(days.every((d) => d.inYear)).toBe(true);
  });

  it("counts February's days by the year (leap years too) and ends each month on its last day", () => {
    const feb = schoolYearMonths("2027-07-01", "2028-06-30").find((m) => m.key === "2028-02");
    const dates = feb?.weeks.flat().filter((c) => c !== null).map((c) => c.date);
    expect(dates?.at(-1)).toBe("2028-02-29");
    expect(dates).toHaveLength(29);
  });

  it("marks the days before or after a school year that begins mid-month as outside it", () => {
    const months = schoolYearMonths("2025-08-20", "2026-08-19");
    expect(months).toHaveLength(13);
    const first = months[0]?.weeks.flat().filter((c) => c !== null) ?? [];
    expect(first.find((d) => d.date === "2025-08-19")?.inYear).toBe(false);
    expect(first.find((d) => d.date === "2025-08-20")?.inYear).toBe(true);
    const last = months.at(-1)?.weeks.flat().filter((c) => c !== null) ?? [];
    expect(last.find((d) => d.date === "2026-08-20")?.inYear).toBe(false);
  });

  it("marks a date once whatever the number of schools, with students or staff only", () => {
    const marks = marksByDate([
      { day: "2026-09-08", studentsPresent: true },
      { day: "2026-09-08", studentsPresent: true },
      { day: "2026-08-31", studentsPresent: false },
    ]);
    expect(marks.size).toBe(2);
    expect(marks.get("2026-09-08")).toEqual({ withStudents: true, staffOnly: false });
    expect(marks.get("2026-08-31")).toEqual({ withStudents: false, staffOnly: true });
  });
});
