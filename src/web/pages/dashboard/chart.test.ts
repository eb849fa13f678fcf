import { describe, expect, it } from "vitest";
import { bucketDeadlines, daysBetween, formatDay, lastDayOf, monthsFrom, niceScale } from "./chart.ts";

describe("the deadline chart's months", () => {
  it("start with the month of today and run across the year end", () => {
    const months = monthsFrom("2026-11-30", 12);
    expect(months.map((m) => m.month)).toEqual(["2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07", "2027-08", "2027-09", "2027-10"]);
    expect(months[0]).toMatchObject({ label: "Nov 2026", longLabel: "November 2026", total: 0 });
  });

  it("end on the last day of the last month, leap years included", () => {
    expect(lastDayOf("2026-11-30", 12)).toBe("2027-10-31");
    expect(lastDayOf("2027-03-01", 12)).toBe("2028-02-29");
    expect(daysBetween("2026-11-30", "2027-10-31")).toBe(335);
  });

  it("count each deadline in its month, training and refresher apart, and leave out the rest", () => {
    const buckets = bucketDeadlines(
      [
        { dueOn: "2026-11-30", what: "TRAINING" },
        { dueOn: "2026-12-01", what: "REFRESHER" },
        { dueOn: "2026-12-31", what: "TRAINING" },
        { dueOn: "2027-10-31", what: "TRAINING" },
        { dueOn: "2027-11-01", what: "TRAINING" }, // after the twelfth month
        { dueOn: "2026-11-29", what: "TRAINING" }, // before today
      ],
      "2026-11-30",
      12,
    );
    expect(buckets[0]).toMatchObject({ training: 1, refresher: 0, total: 1 });
    expect(buckets[1]).toMatchObject({ training: 1, refresher: 1, total: 2 });
    expect(buckets[11]).toMatchObject({ training: 1, total: 1 });
    expect(buckets.reduce((n, b) => n + b.total, 0)).toBe(4);
  });

  it("formats a day without shifting it by the time zone", () => {
    expect(formatDay("2027-01-01")).toBe("January 1, 2027");
  });
});

describe("the deadline chart's scale", () => {
  it("rounds the top up to whole, round steps", () => {
    expect(niceScale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(niceScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(23)).toEqual({ top: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(niceScale(480)).toEqual({ top: 500, ticks: [0, 100, 200, 300, 400, 500] });
  });
});
