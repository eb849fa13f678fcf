/**
 * Law cases for `kind: "training"` (626.8482 subd. 3, the seeds, and law.md §4–§6, §12–§14.1).
 *
 * Every expectation is derived from ../../../../shared/domain/law.md and engine-contract.md only.
 * Weekdays and legal holidays (Minn. Stat. 645.44 subd. 5, law.md A26) used below were checked against a
 * calendar (`date -d … +%A`):
 *   2025-09-01 Mon Labor Day · 2026-03-01 Sun · 2026-04-04 Sat · 2026-05-24 Sun · 2026-05-25 Mon Memorial Day ·
 *   2026-06-19 Fri Juneteenth · 2026-07-04 Sat → 2026-07-03 Fri observed · 2026-09-07 Mon Labor Day ·
 *   2026-10-12 Mon Columbus Day · 2026-11-26 Thu Thanksgiving + 2026-11-27 Fri · 2027-02-28 Sun ·
 *   2027-05-31 Mon Memorial Day · 2027-07-04 Sun → 2027-07-05 Mon observed · 2028-02-29 Tue ·
 *   2028-09-10 Sun (a refresher due date: policy period, never rolled).
 *
 * Unless a row says otherwise the facts are kept clean so that the row is strict about violations:
 * agency policy "POST" (district "MSBA"), a certificate on file equal to the latest POST-approved
 * completion, and a policy review on or before the R-REC-2 review date wherever one is required.
 */


export type Role = "REGULAR" | "SUBSTITUTE";

export interface Assignment {
  district: string;
  role: Role;
  start: string;
  end: string | null;
  plannedContactDays: number | null;
  inScope: boolean;
}

export interface Course {
  type: "POST_SRO_BASIC" | "POST_SRO_SUPPLEMENTAL" | "POST_SRO_REFRESHER" | "SSC_BASIC" | "NASRO_BASIC" | "OTHER";
  completedOn: string;
  postApproved: boolean;
}

export interface Decision {
  decidedOn?: string | null;
  reason?: string | null;
}

export interface ContactDay {
  date: string;
  district: string;
  school: string;
  studentsPresent: boolean;
}

export interface Officer {
  assignments: Assignment[];
  courses: Course[];
  employerUnable: Decision | Decision[] | null;
  policyReviewedOn: string | null;
  certificateOnFile: string | null;
  contactDays: ContactDay[];
}

export interface Policies {
  agency: "POST" | null;
  district: "MSBA" | "EDINA" | null;
}

export const POST_MSBA: Policies = { agency: "POST", district: "MSBA" };
export const POST_EDINA: Policies = { agency: "POST", district: "EDINA" };
export const NO_AGENCY_MSBA: Policies = { agency: null, district: "MSBA" };

/** A regular in-scope assignment (end inclusive; null = still assigned). */
export function reg(start: string, end: string | null = null, district = "D1"): Assignment {
  return { district, role: "REGULAR", start, end, plannedContactDays: null, inScope: true };
}

/** A substitute in-scope assignment. */
export function sub(start: string, end: string | null = null, district = "D1", plannedContactDays: number | null = null): Assignment {
  return { district, role: "SUBSTITUTE", start, end, plannedContactDays, inScope: true };
}

/** An assignment that does not meet subd. 1(c) (e.g. after-hours events only). */
export function outOfScope(start: string, end: string | null = null): Assignment {
  return { district: "D1", role: "REGULAR", start, end, plannedContactDays: null, inScope: false };
}

/** A POST-approved SRO course (qualifies under R-TRN-1 and starts the refresher clock, R-REF-2). */
export function approved(completedOn: string, type: Course["type"] = "POST_SRO_BASIC"): Course {
  return { type, completedOn, postApproved: true };
}

/** A legacy basic course (SSC or NASRO), not on the POST list unless stated. */
export function legacy(completedOn: string, type: "SSC_BASIC" | "NASRO_BASIC" = "NASRO_BASIC", postApproved = false): Course {
  return { type, completedOn, postApproved };
}

/** A documented employer-unable decision (A16). */
export function unable(decidedOn: string, reason = "no seat in an approved course before the assumption date"): Decision {
  return { decidedOn, reason };
}

/**
 * `n` contact days on consecutive Monday–Friday dates starting at `from` (inclusive when `from` is a
 * weekday), students present. Saturdays and Sundays are skipped; nothing else is.
 *   schoolDays("2025-09-02", 59) → 2025-09-02 … 2025-11-21 (Fri)
 *   schoolDays("2025-09-02", 60) → 2025-09-02 … 2025-11-24 (Mon)
 *   schoolDays("2025-09-02", 30) → 2025-09-02 … 2025-10-13 (Mon)
 *   schoolDays("2025-10-14", 30) → 2025-10-14 … 2025-11-24 (Mon)
 *   schoolDays("2025-12-01", 10) → 2025-12-01 … 2025-12-12 (Fri)
 *   schoolDays("2025-09-08", 5)  → 2025-09-08 … 2025-09-12 (Fri)
 *   schoolDays("2025-09-02", 20) → 2025-09-02 … 2025-09-29 (Mon)
 *   schoolDays("2025-09-02", 10) → 2025-09-02 … 2025-09-15 (Mon)
 *   schoolDays("2025-08-25", 5)  → 2025-08-25 … 2025-08-29 (Fri)
 *   schoolDays("2026-09-08", 5)  → 2026-09-08 … 2026-09-14 (Mon)
 */
export function schoolDays(from: string, n: number, district = "D1", school = "S1"): ContactDay[] {
  const out: ContactDay[] = [];
  let t = Date.parse(`${from}T00:00:00Z`);
  while (out.length < n) {
    const d = new Date(t);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      out.push({ date: d.toISOString().slice(0, 10), district, school, studentsPresent: true });
    }
    t += 86_400_000;
  }
  return out;
}

/** One contact day. */
export function day(date: string, studentsPresent = true, district = "D1", school = "S1"): ContactDay {
  return { date, district, school, studentsPresent };
}

/** A full training request; officer fields not given take their contract defaults explicitly. */
export function training(
  asOf: string,
  officer: Partial<Officer> & { assignments: Assignment[] },
  policies: Policies = POST_MSBA,
  options?: Record<string, unknown>,
): unknown {
  return {
    kind: "training",
    asOf,
    policies,
    ...(options === undefined ? {} : { options }),
    officer: {
      courses: [],
      employerUnable: null,
      policyReviewedOn: null,
      certificateOnFile: null,
      contactDays: [],
      ...officer,
    },
  };
}

// Frequently used substitute histories (see schoolDays above).
export const SUB_59 = schoolDays("2025-09-02", 59); // 59 distinct days, last 2025-11-21 (Fri)
export const SUB_60 = schoolDays("2025-09-02", 60); // 60 distinct days, 60th = 2025-11-24 (Mon)
