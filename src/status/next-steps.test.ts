import { describe, expect, it } from "vitest";
import type { FlagJson, TrainingResponse } from "../rules/index.ts";
import { headlineOf } from "./headline.ts";
import { nextSteps } from "./next-steps.ts";

function answer(fields: Partial<TrainingResponse>): TrainingResponse {
  return {
    kind: "training", lawVersion: "626.8482 (2024 text)", statuteStatus: "COMPLIANT", policyStatus: "COMPLIANT", path: "STANDARD",
    assumedDutiesOn: "2025-10-06", deadline: "2025-10-06", deadlineEffective: "2025-10-06", refresherDue: "2029-09-19",
    notRequiredDuties: [], substituteContactDays: null, flags: [], ...fields,
  };
}
const flag = (code: string, severity: FlagJson["severity"]): FlagJson => ({ code, severity, message: "", citations: ["x"] });
const TODAY = "2026-11-30";
const stepsOf = (a: TrainingResponse) => nextSteps(a, headlineOf(a, TODAY), TODAY);

describe("what to do next, by when and who can do it", () => {
  it("puts a missing certificate first, due now — not at the 2029 refresher", () => {
    const steps = stepsOf(answer({ flags: [flag("CERTIFICATE_MISSING", "VIOLATION")] }));
    expect(steps[0]).toMatchObject({ what: "Put the training certificate on file", by: TODAY, dueNow: true, record: "certificates", cite: "Minn. Stat. § 626.8482, subd. 3 (certificate; as restated in MSBA 507.5 V.E)" });
    expect(steps[0]?.who).toContain("chief law enforcement officer");
    expect(steps[1]).toMatchObject({ what: "Complete the POST refresher course", by: "2029-09-19", dueNow: false });
  });

  it("asks for the course after a missed deadline, dated the deadline that passed, citing the path's subdivision", () => {
    const [course] = stepsOf(answer({ statuteStatus: "NON_COMPLIANT", path: "GRACE", deadlineEffective: "2026-04-01", refresherDue: null, flags: [flag("GRACE_EXPIRED", "VIOLATION")] }));
    expect(course).toMatchObject({ by: "2026-04-01", dueNow: true, record: "courses", cite: "Minn. Stat. § 626.8482, subd. 3(c)" });
  });

  it("dates the course in the six months by their end, and the missing policy review now", () => {
    const steps = stepsOf(answer({ statuteStatus: "IN_GRACE", path: "GRACE", deadlineEffective: "2027-04-01", refresherDue: null, flags: [flag("POLICY_REVIEW_MISSING", "VIOLATION")] }));
    expect(steps.map((s) => [s.record, s.by, s.dueNow])).toEqual([["policy-reviews", TODAY, true], ["courses", "2027-04-01", false]]);
  });

  it("starts untrained: the course before the first day", () => {
    const notYet = answer({ statuteStatus: "NOT_APPLICABLE", policyStatus: "N/A", path: null, assumedDutiesOn: null, deadline: null, deadlineEffective: null, refresherDue: null });
    const h = headlineOf(notYet, TODAY, { startsOn: "2026-12-12", answer: answer({ statuteStatus: "DUE_TODAY", deadlineEffective: "2026-12-12", refresherDue: null }) });
    expect(nextSteps(notYet, h, TODAY)).toEqual([expect.objectContaining({ by: "2026-12-12", dueNow: false, record: "courses" })]);
  });

  it("asks nothing of an officer who is not an SRO, nor of an exempt substitute", () => {
    expect(stepsOf(answer({ statuteStatus: "NOT_APPLICABLE", policyStatus: "N/A", path: null, deadlineEffective: null, refresherDue: null }))).toEqual([]);
    expect(stepsOf(answer({ statuteStatus: "SUBSTITUTE_EXEMPT", policyStatus: "N/A", path: "SUBSTITUTE", deadlineEffective: null, refresherDue: null }))).toEqual([]);
  });
});
