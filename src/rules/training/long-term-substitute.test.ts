import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromCivil, formatIsoDate } from "../calendar/day.ts";
import { evaluateTraining } from "../evaluate.ts";
import type { TrainingResponse } from "../response.ts";

/**
 * A long-term substitute's assumption date is the planned assignment's own first day, however many
 * school years the assignment runs on (law.md §5 R-SUB-2, A4, A15; docs/decisions/0010-long-term-
 * substitute-assumption.md). The law case table pins the answers; these check the explanation, how long
 * an answer holds, and the claim over generated assignments.
 */
function planned(asOf: string, start: string, options: Record<string, unknown> = {}, employerUnable: unknown = null) {
  const answer = evaluateTraining({
    kind: "training",
    asOf,
    policies: { agency: "POST", district: "MSBA" },
    options,
    officer: {
      assignments: [{ district: "D1", role: "SUBSTITUTE", start, end: null, plannedContactDays: 120, inScope: true }],
      courses: [],
      employerUnable,
      policyReviewedOn: start,
      certificateOnFile: null,
      contactDays: [],
    },
  });
  if ("error" in answer) throw new Error(answer.error.message);
  return answer;
}

function stepOf(answer: TrainingResponse, name: string) {
  return answer.trace?.find((s) => s.step === name);
}

describe("a planned substitute assignment that runs on across school years", () => {
  it("explains the assumption date as the assignment's first day, one assumption across school years", () => {
    const { answer } = planned("2026-10-01", "2025-10-06");
    const assumed = stepOf(answer, "assumedDutiesOn");
    expect(assumed?.value).toBe("2025-10-06");
    expect(assumed?.because).toBe(
      "Duties were assumed on 2025-10-06: a substitute assignment planned for 60 or more contact days began 2025-10-06, and an assignment that runs on across school years is one assumption from its first day.",
    );
    expect(stepOf(answer, "deadline")?.value).toBe("2025-10-06");
  });

  it("within its first school year the explanation says only when it began", () => {
    const { answer } = planned("2025-11-03", "2025-10-06");
    expect(stepOf(answer, "assumedDutiesOn")?.because).toBe(
      "Duties were assumed on 2025-10-06: a substitute assignment planned for 60 or more contact days began 2025-10-06.",
    );
  });

  it("an answer inside six months that straddle July 1 holds until the six months' last day, not the next July 1", () => {
    // A0 2026-03-02 + 6 months = 2026-09-02 (Wed): on that day DUE_TODAY is raised
    const { answer, validUntil } = planned("2026-08-03", "2026-03-02", {}, { decidedOn: "2026-02-20", reason: "no seat in an approved course" });
    expect(answer.statuteStatus).toBe("IN_GRACE");
    expect(answer.deadlineEffective).toBe("2026-09-02");
    expect(validUntil).toBe("2026-09-02");
    const next = planned(validUntil, "2026-03-02", {}, { decidedOn: "2026-02-20", reason: "no seat in an approved course" }).answer;
    expect(next.flags.map((f) => f.code)).toContain("DUE_TODAY");
  });

  it("keeps the same assumption date, path and deadline whatever later school year it is evaluated in", () => {
    const date = fc.record({ y: fc.integer({ min: 2024, max: 2028 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 1500 }), fc.boolean(), fc.boolean(), (s, a, b, unable, incumbentGrace) => {
        const start = dayFromCivil(s.y, s.m, s.d);
        const decision = unable ? { decidedOn: formatIsoDate(start - 10), reason: "no seat in an approved course" } : null;
        const options = { incumbentGrace };
        const first = planned(formatIsoDate(Math.max(start, dayFromCivil(2025, 9, 1)) + Math.min(a, b)), formatIsoDate(start), options, decision).answer;
        const later = planned(formatIsoDate(Math.max(start, dayFromCivil(2025, 9, 1)) + Math.max(a, b)), formatIsoDate(start), options, decision).answer;
        expect(first.assumedDutiesOn).toBe(formatIsoDate(start));
        expect([later.assumedDutiesOn, later.path, later.deadline, later.deadlineEffective]).toEqual([first.assumedDutiesOn, first.path, first.deadline, first.deadlineEffective]);
      }),
      { numRuns: 200 },
    );
  });
});
