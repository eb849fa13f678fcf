import { formatIsoDate, isoDay, isWeekend } from "../src/rules/calendar/day.ts";
import type { TrainingRequestJson } from "../src/rules/request/schema.ts";

/** A small deterministic PRNG (mulberry32) so every run measures the same officers. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MANDATE = isoDay("2025-09-01");

/**
 * Officers spread over the situations of law.md: trained before starting, employer-unable grace,
 * legacy course holders, incumbents, untrained starters, late completers, refresher cycles, and
 * substitutes with up to 75 contact days over one or two districts.
 */
export function generateOfficers(count: number, seed = 20261130): TrainingRequestJson[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const between = (a: number, b: number): number => a + Math.floor(rnd() * (b - a + 1));
  const officers: TrainingRequestJson[] = [];
  for (let i = 0; i < count; i += 1) {
    const asOf = between(isoDay("2025-06-01"), isoDay("2029-06-30"));
    const kind = rnd();
    const start = between(isoDay("2022-08-01"), asOf);
    const courses: NonNullable<TrainingRequestJson["officer"]["courses"]> = [];
    let employerUnable: TrainingRequestJson["officer"]["employerUnable"] = null;
    const assignments: TrainingRequestJson["officer"]["assignments"] = [];
    const contactDays: NonNullable<TrainingRequestJson["officer"]["contactDays"]> = [];
    if (kind < 0.75) {
      assignments.push({ district: pick(["D1", "D2", "D3"]), role: "REGULAR", start: formatIsoDate(start), end: rnd() < 0.1 ? formatIsoDate(between(start, asOf + 200)) : null, plannedContactDays: null, inScope: rnd() > 0.03 });
      if (rnd() < 0.2) assignments.push({ district: pick(["D1", "D2", "D3"]), role: "REGULAR", start: formatIsoDate(between(start, asOf)), end: null, plannedContactDays: null, inScope: true });
      const r = rnd();
      if (r < 0.45) courses.push({ type: "POST_SRO_BASIC", completedOn: formatIsoDate(start - between(0, 200)), postApproved: true });
      else if (r < 0.6) courses.push({ type: pick(["NASRO_BASIC", "SSC_BASIC"] as const), completedOn: formatIsoDate(between(isoDay("2018-01-01"), MANDATE - 1)), postApproved: false });
      else if (r < 0.75) courses.push({ type: "POST_SRO_BASIC", completedOn: formatIsoDate(start + between(1, 300)), postApproved: true });
      if (rnd() < 0.3 && courses.length > 0) courses.push({ type: "POST_SRO_REFRESHER", completedOn: formatIsoDate(between(start, asOf + 400)), postApproved: true });
      if (rnd() < 0.25) employerUnable = rnd() < 0.8 ? { decidedOn: formatIsoDate(start - between(-30, 40)), reason: "no seat in an approved course" } : [{ decidedOn: null, reason: "pending" }];
    } else {
      const subStart = between(isoDay("2025-07-01"), asOf);
      assignments.push({ district: "D1", role: "SUBSTITUTE", start: formatIsoDate(subStart), end: null, plannedContactDays: rnd() < 0.1 ? 90 : null, inScope: true });
      const days = between(0, 75);
      const twoDistricts = rnd() < 0.2;
      let d = subStart;
      for (let n = 0; n < days; d += 1) {
        if (isWeekend(d) || rnd() < 0.3) continue;
        contactDays.push({ date: formatIsoDate(d), district: twoDistricts && n % 2 === 1 ? "D2" : "D1", school: "S1", studentsPresent: rnd() > 0.05 });
        n += 1;
      }
      if (rnd() < 0.3) courses.push({ type: "POST_SRO_BASIC", completedOn: formatIsoDate(between(subStart - 100, asOf)), postApproved: true });
      if (rnd() < 0.2) employerUnable = { decidedOn: formatIsoDate(subStart), reason: "no seat in an approved course" };
    }
    officers.push({
      kind: "training",
      asOf: formatIsoDate(asOf),
      policies: { agency: rnd() < 0.85 ? "POST" : null, district: pick(["MSBA", "MSBA", "EDINA", null] as const) },
      officer: {
        assignments,
        courses,
        employerUnable,
        policyReviewedOn: rnd() < 0.8 ? formatIsoDate(start - between(0, 30)) : null,
        certificateOnFile: courses.length > 0 && rnd() < 0.85 ? (courses[courses.length - 1]?.completedOn ?? null) : null,
        contactDays,
      },
    });
  }
  return officers;
}
