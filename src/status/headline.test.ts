import { describe, expect, it } from "vitest";
import type { FlagJson, TrainingResponse } from "../rules/index.ts";
import { compareForAction, headlineOf } from "./headline.ts";

function answer(fields: Partial<TrainingResponse>): TrainingResponse {
  return {
    kind: "training", lawVersion: "626.8482 (2024 text)", statuteStatus: "COMPLIANT", policyStatus: "COMPLIANT", path: "STANDARD",
    assumedDutiesOn: "2025-10-06", deadline: "2025-10-06", deadlineEffective: "2025-10-06", refresherDue: "2028-09-19",
    notRequiredDuties: [], substituteContactDays: null, flags: [], ...fields,
  };
}
const flag = (code: string, severity: FlagJson["severity"]): FlagJson => ({ code, severity, message: "", citations: ["x"] });
const TODAY = "2026-11-30";

describe("headline status", () => {
  it.each([
    ["a missed training deadline", answer({ statuteStatus: "NON_COMPLIANT", deadlineEffective: "2025-09-08" }), "OVERDUE", "2025-09-08"],
    ["an overdue POST refresher", answer({ policyStatus: "NON_COMPLIANT", refresherDue: "2026-06-20" }), "OVERDUE", "2026-06-20"],
    ["a missing certificate", answer({ flags: [flag("CERTIFICATE_MISSING", "VIOLATION")] }), "NEEDS_ATTENTION", "2028-09-19"],
    ["a late refresher on record", answer({ flags: [flag("REFRESHER_LATE", "POLICY_VIOLATION")] }), "NEEDS_ATTENTION", "2028-09-19"],
    ["grace ending within 60 days", answer({ statuteStatus: "IN_GRACE", path: "GRACE", deadlineEffective: "2027-01-28", refresherDue: null }), "DUE_SOON", "2027-01-28"],
    ["grace ending later", answer({ statuteStatus: "IN_GRACE", path: "GRACE", deadlineEffective: "2027-03-02", refresherDue: null }), "IN_GRACE", "2027-03-02"],
    ["a refresher due in 60 days", answer({ refresherDue: "2027-01-29" }), "DUE_SOON", "2027-01-29"],
    ["a refresher due in 61 days", answer({ refresherDue: "2027-01-30" }), "COMPLIANT", "2027-01-30"],
    ["the legacy window", answer({ statuteStatus: "COMPLIANT_LEGACY_WINDOW", path: "LEGACY", deadlineEffective: "2027-05-31", refresherDue: null }), "COMPLIANT", "2027-05-31"],
    ["an exempt substitute", answer({ statuteStatus: "SUBSTITUTE_EXEMPT", policyStatus: "N/A", path: "SUBSTITUTE", refresherDue: null, deadlineEffective: null }), "EXEMPT", null],
    ["an exempt substitute without the policy review", answer({ statuteStatus: "SUBSTITUTE_EXEMPT", policyStatus: "N/A", refresherDue: null, deadlineEffective: null, flags: [flag("POLICY_REVIEW_MISSING", "VIOLATION")] }), "NEEDS_ATTENTION", null],
    ["not an SRO", answer({ statuteStatus: "NOT_APPLICABLE", policyStatus: "N/A", path: null, deadlineEffective: null, refresherDue: null }), "NOT_AN_SRO", null],
  ])("%s → %s", (_name, a, headline, dueOn) => {
    const h = headlineOf(a, TODAY);
    expect(h.headline).toBe(headline);
    expect(h.dueOn).toBe(dueOn);
  });

  it("says when the due-soon window opens, so the cached headline is refreshed that day", () => {
    expect(headlineOf(answer({ refresherDue: "2027-06-01" }), TODAY).changesOn).toBe("2027-04-02");
  });

  it("orders who needs action first: headline, then the earliest date, then name", () => {
    const people = [
      { name: "Due", rank: 3, dueOn: "2027-01-01" },
      { name: "Late B", rank: 1, dueOn: "2026-01-01" },
      { name: "Late A", rank: 1, dueOn: "2025-09-08" },
      { name: "Fine", rank: 5, dueOn: null },
      { name: "Also late", rank: 1, dueOn: "2025-09-08" },
    ];
    expect([...people].sort(compareForAction).map((p) => p.name)).toEqual(["Also late", "Late A", "Late B", "Due", "Fine"]);
  });
});
