import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mediaTypeOf } from "../services/certificates.ts";
import { statusRows, type StatusRow } from "../services/status.ts";
import { HEADLINES } from "../status/headline.ts";
import { day, iso, isSchoolDay, schoolDaysBefore } from "./calendar.ts";
import type { DemoData } from "./data.ts";
import { demoOfficerRecords, EARLIEST_DEMO_DAY, generateDemo } from "./generate.ts";

/**
 * The demo as the engine sees it, without a database: the generated records go through the same
 * request building and engine call as the stored ones (services/status.ts statusRows).
 */
function evaluate(data: DemoData): { officer: StatusRow[]; all: StatusRow[][] } {
  const all = demoOfficerRecords(data).map((r) => statusRows(r, data.today, {}));
  return { officer: all.map((rows) => rows[0] as StatusRow), all };
}

const flagsOf = (row: StatusRow): string[] => row.answer.flags.map((f) => f.code);
const DATES = ["2025-10-15", "2026-11-30", "2027-03-01", "2027-07-15"];

describe("the demo dataset", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("is deterministic for a given today, without Math.random", () => {
    vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("the demo must not use Math.random");
    });
    for (const today of DATES) expect(generateDemo(today)).toEqual(generateDemo(today));
  });

  it("has the same organizations, schools and people, with the same ids, whatever the day", () => {
    const a = generateDemo("2025-10-15");
    const b = generateDemo("2029-02-14");
    expect(b.organizations).toEqual(a.organizations);
    expect(b.schools).toEqual(a.schools);
    expect(b.officers).toEqual(a.officers);
  });

  it("has two agencies, three districts and a charter school with 2–4 schools each, and 60 officers with unique names and POST licenses", () => {
    const data = generateDemo("2026-11-30");
    const kinds = data.organizations.map((o) => o.kind).sort();
    expect(kinds).toEqual(["AGENCY", "AGENCY", "CHARTER_SCHOOL", "DISTRICT", "DISTRICT", "DISTRICT"]);
    expect(data.organizations.filter((o) => o.kind === "DISTRICT").map((o) => o.sroPolicy).sort()).toEqual(["EDINA", "MSBA", "MSBA"]);
    expect(data.organizations.find((o) => o.sroPolicy === "POST")?.policyAdoptedOn).toBe("2024-11-19");
    for (const owner of data.organizations.filter((o) => o.kind !== "AGENCY")) {
      const n = data.schools.filter((s) => s.organizationId === owner.id).length;
      expect(n, owner.name).toBeGreaterThanOrEqual(2);
      expect(n, owner.name).toBeLessThanOrEqual(4);
    }
    expect(data.officers).toHaveLength(60);
    expect(new Set(data.officers.map((o) => o.postLicense)).size).toBe(60);
    expect(new Set(data.officers.map((o) => `${o.firstName} ${o.lastName}`)).size).toBe(60);
    expect(data.officers.every((o) => /^\d{5}$/.test(o.postLicense))).toBe(true);
  });

  it("refuses a today before the mandate has a month behind it", () => {
    expect(() => generateDemo("2025-09-15")).toThrow(RangeError);
    expect(() => generateDemo(EARLIEST_DEMO_DAY)).not.toThrow();
  });

  describe.each(DATES)("as of %s", (today) => {
    const data = generateDemo(today);
    const { officer, all } = evaluate(data);
    const t = day(today);

    it("shows every headline status", () => {
      expect(new Set(officer.map((r) => r.headline))).toEqual(new Set(HEADLINES));
    });

    it("shows the statuses and paths of the law that can exist on that day", () => {
      const statuses = new Set(officer.map((r) => r.statuteStatus));
      const expected = ["IN_GRACE", "COMPLIANT", "SUBSTITUTE_EXEMPT", "NON_COMPLIANT", "NOT_APPLICABLE"];
      for (const s of expected) expect(statuses, s).toContain(s);
      // The legacy window closes after 2027-05-31: legacy officers still untrained are then non-compliant.
      expect(statuses.has("COMPLIANT_LEGACY_WINDOW")).toBe(today <= "2027-05-31");
      const paths = new Set(officer.map((r) => r.path));
      for (const p of ["STANDARD", "GRACE", "LEGACY", "INCUMBENT", "SUBSTITUTE"]) expect(paths, p).toContain(p);
    });

    it("gives every officer the answer its situation stands for", () => {
      const got = officer.map((r) => ({ statuteStatus: r.statuteStatus, path: r.path, headline: r.headline }));
      expect(got).toEqual(data.situations.map((s) => s.expected));
    });

    it("has substitutes just under 60 contact days: 55, 57, 58 and 59 when the school year allows, else as many days as have passed", () => {
      const counts = officer.filter((r) => r.statuteStatus === "SUBSTITUTE_EXEMPT").map((r) => r.substituteCount ?? 0);
      const passed = schoolDaysBefore(t).length;
      if (passed >= 59) {
        for (const n of [55, 57, 58, 59]) expect(counts).toContain(n);
      } else {
        expect(Math.max(...counts)).toBe(passed);
        if (passed >= 55) expect(counts.some((n) => n >= 55 && n <= 59)).toBe(true);
      }
      expect(Math.max(...counts)).toBeLessThanOrEqual(59);
    });

    it("has a substitute past 60 days once the school year has 62 school days behind it, and otherwise last year's overrun", () => {
      const past = data.situations.findIndex((s) => s.key === "substitute-past-60");
      const row = officer[past] as StatusRow;
      if (schoolDaysBefore(t).length >= 62) {
        expect(row.statuteStatus).toBe("NON_COMPLIANT");
        expect(flagsOf(row)).toContain("SUB_THRESHOLD_REACHED");
      } else {
        expect(flagsOf(row)).toContain("PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED");
      }
    });

    it("has an officer in grace who started about two months ago with a documented employer-unable decision", () => {
      const i = data.situations.findIndex((s) => s.key === "grace-running");
      const row = officer[i] as StatusRow;
      expect(row.statuteStatus).toBe("IN_GRACE");
      const start = day(row.answer.assumedDutiesOn ?? "");
      expect(t - start).toBeGreaterThan(today < "2025-11-15" ? 30 : 50);
      expect(t - start).toBeLessThan(75);
      expect(data.decisions.filter((d) => d.officerId === row.officerId)).toHaveLength(1);
    });

    it("has a POST refresher due within 60 days and one overdue", () => {
      const due = (r: StatusRow): string => r.refresherDue ?? "";
      expect(officer.some((r) => r.headline === "DUE_SOON" && due(r) > today && day(due(r)) - t <= 60)).toBe(true);
      expect(officer.some((r) => flagsOf(r).includes("REFRESHER_OVERDUE"))).toBe(true);
    });

    it("flags the gaps a newcomer should see: certificate, policy review, no agency policy", () => {
      const flags = new Set(officer.flatMap(flagsOf));
      for (const f of ["CERTIFICATE_MISSING", "CERTIFICATE_NOT_MOST_RECENT", "POLICY_REVIEW_MISSING", "AGENCY_SRO_POLICY_MISSING", "ASSIGNMENT_ENDED", "LATE_COMPLETION", "REFRESHER_LATE"]) {
        expect(flags, f).toContain(f);
      }
    });

    it("has an officer serving an MSBA and an Edina district, with a view per district", () => {
      const i = data.situations.findIndex((s) => s.key === "grace-two-districts");
      const views = all[i] ?? [];
      expect(views).toHaveLength(3);
      const edina = views.filter((v) => flagsOf(v).includes("EDINA_TEXT_OMITS_SUBD3C_DUTIES"));
      expect(edina).toHaveLength(1);
      const districts = new Set(views.slice(1).map((v) => data.organizations.find((o) => o.id === v.districtId)?.sroPolicy));
      expect(districts).toEqual(new Set(["MSBA", "EDINA"]));
    });

    it("has out-of-scope and ended assignments: not SROs", () => {
      const notSro = data.situations.filter((s) => s.expected.headline === "NOT_AN_SRO").map((s) => s.key);
      expect(notSro).toEqual(expect.arrayContaining(["not-sro-after-hours", "not-sro-ended", "not-sro-no-contract"]));
      expect(data.assignments.some((a) => a.instructionalDay === false)).toBe(true);
    });

    it("dates nothing after today, and counts contact days only on school days before today", () => {
      // Except the one assignment that has not begun yet (scenario "starts-untrained").
      const starting = new Set(data.situations.filter((s) => s.key === "starts-untrained").map((s) => s.officerId));
      const dates = [
        ...data.assignments.filter((a) => !starting.has(a.officerId)).flatMap((a) => [a.startOn, a.endOn ?? a.startOn]),
        ...data.courses.map((c) => c.completedOn),
        ...data.decisions.map((d) => d.decidedOn),
        ...data.reviews.map((r) => r.reviewedOn),
        ...data.contactDays.map((c) => c.day),
      ];
      expect(dates.filter((d) => d > today)).toEqual([]);
      const counted = data.contactDays.filter((c) => c.studentsPresent);
      expect(counted.filter((c) => c.day >= today || !isSchoolDay(day(c.day)))).toEqual([]);
      for (const c of data.certificates) expect((c.uploadedAt ?? "").slice(0, 10) < today, String(c.uploadedAt)).toBe(true);
    });
  });

  it("keeps every situation as intended whatever the day: every 11th day (each weekday in turn) for six years", { timeout: 60_000 }, () => {
    for (let t = day(EARLIEST_DEMO_DAY); t <= day("2031-12-31"); t += 11) {
      const data = generateDemo(iso(t));
      const { officer } = evaluate(data);
      const got = officer.map((r, i) => ({ name: data.situations[i]?.situation, statuteStatus: r.statuteStatus, path: r.path, headline: r.headline }));
      expect(got, iso(t)).toEqual(data.situations.map((s) => ({ name: s.situation, ...s.expected })));
      expect(new Set(officer.map((r) => r.headline)).size, iso(t)).toBe(HEADLINES.length);
    }
  });

  it("stores certificates as small PDFs that the upload check accepts, with their size and SHA-256", async () => {
    const data = generateDemo("2026-11-30");
    expect(data.certificates.length).toBeGreaterThan(30);
    for (const c of data.certificates) {
      expect(await mediaTypeOf(c.content)).toBe("application/pdf");
      expect(c.sizeBytes).toBe(c.content.length);
      expect(c.sha256).toBe(createHash("sha256").update(c.content).digest("hex"));
      expect(c.content.length).toBeLessThan(2000);
    }
    const certified = new Set(data.certificates.map((c) => c.courseId));
    expect(data.courses.some((c) => c.postApproved === true && !certified.has(c.id))).toBe(true);
  });
});
