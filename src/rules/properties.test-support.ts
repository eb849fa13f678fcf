import fc from "fast-check";
import { formatIsoDate, isoDay, isWeekend } from "./calendar/day.ts";
import { contractCases } from "./law-cases/contract.cases.ts";
import { incidentCases } from "./law-cases/incident/index.ts";
import { trainingCases } from "./law-cases/training/index.ts";
import type { TrainingRequestJson } from "./request/schema.ts";

/**
 * Generated training requests for the property tests: every field of the contract in play, dates
 * around the mandate (2023–2029), substitutes with enough contact days to cross 60.
 */
const FIRST = isoDay("2023-01-01");
const LAST = isoDay("2029-12-31");
const day = fc.integer({ min: FIRST, max: LAST });
const isoDate = day.map(formatIsoDate);
const district = fc.constantFrom("D1", "D2", "D3");

const assignment = fc
  .record({
    district,
    role: fc.constantFrom("REGULAR" as const, "SUBSTITUTE" as const),
    start: day,
    length: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
    plannedContactDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    inScope: fc.boolean(),
  })
  .map((a) => ({
    district: a.district,
    role: a.role,
    start: formatIsoDate(a.start),
    end: a.length === null ? null : formatIsoDate(a.start + a.length),
    plannedContactDays: a.plannedContactDays,
    inScope: a.inScope,
  }));

const course = fc.record({
  type: fc.constantFrom("POST_SRO_BASIC" as const, "POST_SRO_SUPPLEMENTAL" as const, "POST_SRO_REFRESHER" as const, "SSC_BASIC" as const, "NASRO_BASIC" as const, "OTHER" as const),
  completedOn: isoDate,
  postApproved: fc.boolean(),
});

const decision = fc.record(
  { decidedOn: fc.option(isoDate, { nil: null }), reason: fc.option(fc.constantFrom("no seat in an approved course", "", "  "), { nil: null }) },
  { requiredKeys: [] },
);

/** A run of school weekdays from a start date: enough to reach, or just miss, 60. */
const contactDays = fc
  .record({ start: day, count: fc.integer({ min: 0, max: 75 }), districts: fc.array(district, { minLength: 1, maxLength: 2 }), present: fc.double({ min: 0.7, max: 1, noNaN: true }) })
  .map(({ start, count, districts, present }) => {
    const days = [];
    let d = start;
    for (let i = 0; i < count; d += 1) {
      if (isWeekend(d)) continue;
      days.push({ date: formatIsoDate(d), district: districts[i % districts.length] ?? "D1", school: `S${i % 3}`, studentsPresent: (i * 7919) % 100 < present * 100 });
      i += 1;
    }
    return days;
  });

export const arbitraryTrainingRequest: fc.Arbitrary<TrainingRequestJson> = fc
  .record({
    asOf: isoDate,
    policies: fc.record({ agency: fc.constantFrom("POST" as const, null), district: fc.constantFrom("MSBA" as const, "EDINA" as const, null) }),
    options: fc.record(
      {
        roll645_15: fc.boolean(),
        schoolYearStartMonthDay: fc.constantFrom("07-01", "08-15", "01-01"),
        incumbentGrace: fc.boolean(),
        substituteCountScope: fc.constantFrom("OFFICER" as const, "DISTRICT" as const),
        clockScope: fc.constantFrom("OFFICER" as const, "ASSIGNMENT" as const),
      },
      { requiredKeys: [] },
    ),
    assignments: fc.array(assignment, { minLength: 1, maxLength: 3 }),
    courses: fc.array(course, { maxLength: 3 }),
    employerUnable: fc.oneof(fc.constant(null), decision, fc.array(decision, { maxLength: 3 })),
    policyReviewedOn: fc.option(isoDate, { nil: null }),
    certificateOnFile: fc.option(isoDate, { nil: null }),
    contactDays,
  })
  .map((r) => ({
    kind: "training" as const,
    asOf: r.asOf,
    policies: r.policies,
    options: r.options,
    officer: {
      assignments: r.assignments,
      courses: r.courses,
      employerUnable: r.employerUnable,
      policyReviewedOn: r.policyReviewedOn,
      certificateOnFile: r.certificateOnFile,
      contactDays: r.contactDays,
    },
  }));

/** Valid requests of every kind from the project's case table, as seeds for the rejection properties. */
export function sampleRequests(): unknown[] {
  return [...trainingCases, ...incidentCases, ...contractCases].filter((c) => c.expect.error === undefined).map((c) => c.request);
}
