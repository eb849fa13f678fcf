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
    // The action needed is due now (the date asked), not at the refresher three years on.
    ["a missing certificate", answer({ flags: [flag("CERTIFICATE_MISSING", "VIOLATION")] }), "NEEDS_ATTENTION", TODAY],
    ["a late refresher on record", answer({ flags: [flag("REFRESHER_LATE", "POLICY_VIOLATION")] }), "NEEDS_ATTENTION", TODAY],
    ["grace ending within 60 days", answer({ statuteStatus: "IN_GRACE", path: "GRACE", deadlineEffective: "2027-01-28", refresherDue: null }), "DUE_SOON", "2027-01-28"],
    ["grace ending later", answer({ statuteStatus: "IN_GRACE", path: "GRACE", deadlineEffective: "2027-03-02", refresherDue: null }), "IN_GRACE", "2027-03-02"],
    ["a refresher due in 60 days", answer({ refresherDue: "2027-01-29" }), "DUE_SOON", "2027-01-29"],
    ["a refresher due in 61 days", answer({ refresherDue: "2027-01-30" }), "COMPLIANT", "2027-01-30"],
    ["the legacy window", answer({ statuteStatus: "COMPLIANT_LEGACY_WINDOW", path: "LEGACY", deadlineEffective: "2027-05-31", refresherDue: null }), "COMPLIANT", "2027-05-31"],
    ["an exempt substitute", answer({ statuteStatus: "SUBSTITUTE_EXEMPT", policyStatus: "N/A", path: "SUBSTITUTE", refresherDue: null, deadlineEffective: null }), "EXEMPT", null],
    ["an exempt substitute without the policy review", answer({ statuteStatus: "SUBSTITUTE_EXEMPT", policyStatus: "N/A", refresherDue: null, deadlineEffective: null, flags: [flag("POLICY_REVIEW_MISSING", "VIOLATION")] }), "NEEDS_ATTENTION", TODAY],
    ["not an SRO", answer({ statuteStatus: "NOT_APPLICABLE", policyStatus: "N/A", path: null, deadlineEffective: null, refresherDue: null }), "NOT_AN_SRO", null],
  ])("%s → %s", (_name, a, headline, dueOn) => {
    const h = headlineOf(a, TODAY);
    expect(h.headline).toBe(headline);
    expect(h.dueOn).toBe(dueOn);
  });

  it("dates a needed action today, and is recomputed tomorrow so a cached row never shows a stale date", () => {
    const h = headlineOf(answer({ flags: [flag("CERTIFICATE_MISSING", "VIOLATION")], refresherDue: "2029-09-19" }), TODAY);
    expect(h).toMatchObject({ headline: "NEEDS_ATTENTION", dueOn: TODAY, changesOn: "2026-12-01" });
  });

  it("says when the due-soon window opens, so the cached headline is refreshed that day", () => {
    expect(headlineOf(answer({ refresherDue: "2027-06-01" }), TODAY).changesOn).toBe("2027-04-02");
  });

  describe("an officer not yet an SRO whose in-scope assignment starts later (subd. 3(a))", () => {
    const notYet = answer({ statuteStatus: "NOT_APPLICABLE", policyStatus: "N/A", path: null, assumedDutiesOn: null, deadline: null, deadlineEffective: null, refresherDue: null });
    const START = "2026-12-12"; // 12 days after TODAY
    const atStart = (fields: Partial<TrainingResponse>) => ({ startsOn: START, answer: answer({ assumedDutiesOn: START, ...fields }) });

    it("starts untrained on the standard path: due the first day, ahead of every due-soon officer", () => {
      const h = headlineOf(notYet, TODAY, atStart({ statuteStatus: "DUE_TODAY", deadline: START, deadlineEffective: START, refresherDue: null }));
      expect(h).toEqual({ headline: "STARTS_UNTRAINED", rank: 3, dueOn: START, changesOn: null, explanation: "Starts untrained — training must be completed before the first day, Dec 12, 2026." });
      expect(h.rank).toBeLessThan(headlineOf(answer({ refresherDue: "2026-12-01" }), TODAY).rank);
    });

    it("starts untrained with an employer-unable decision: due at the end of the six months, the policy review before the first day", () => {
      const grace = atStart({ statuteStatus: "IN_GRACE", path: "GRACE", deadline: "2027-06-12", deadlineEffective: "2027-06-14", refresherDue: null });
      const h = headlineOf(notYet, TODAY, grace);
      expect(h).toMatchObject({ headline: "STARTS_UNTRAINED", dueOn: "2027-06-14" });
      expect(h.explanation).toBe("Starts untrained on Dec 12, 2026 under the employer's documented decision that it could not provide the course: the course must be completed by Jun 14, 2027, and the officer must review the agency's SRO policy before the first day.");
    });

    it("starts untrained with a deadline run out in earlier SRO service: due the first day", () => {
      const h = headlineOf(notYet, TODAY, atStart({ statuteStatus: "NON_COMPLIANT", path: "GRACE", deadlineEffective: "2026-03-02" }));
      expect(h).toMatchObject({ headline: "STARTS_UNTRAINED", dueOn: START });
      expect(h.explanation).toContain("Mar 2, 2026, has passed");
    });

    it("ranks a start beyond 60 days with due soon (after all of them by date) and changes rank when the window opens", () => {
      const far = { startsOn: "2027-08-30", answer: answer({ statuteStatus: "DUE_TODAY", deadlineEffective: "2027-08-30", refresherDue: null }) };
      expect(headlineOf(notYet, TODAY, far)).toMatchObject({ headline: "STARTS_UNTRAINED", rank: 4, dueOn: "2027-08-30", changesOn: "2027-07-01" });
      expect(headlineOf(notYet, "2027-07-01", far)).toMatchObject({ rank: 3, changesOn: null });
    });

    it.each([
      ["already trained", atStart({}), "Not an SRO yet: starts Dec 12, 2026, already trained."],
      ["a legacy course holder within the window", atStart({ statuteStatus: "COMPLIANT_LEGACY_WINDOW", path: "LEGACY", deadlineEffective: "2027-05-31" }), "Not an SRO yet: starts Dec 12, 2026, an earlier SRO course counts until May 31, 2027."],
      ["a substitute planned under 60 days", atStart({ statuteStatus: "SUBSTITUTE_EXEMPT", path: "SUBSTITUTE", policyStatus: "N/A" }), "Not an SRO yet: starts Dec 12, 2026, a substitute planned for fewer than 60 student contact days needs no course yet."],
    ])("is not starting untrained when %s", (_name, upcoming, explanation) => {
      expect(headlineOf(notYet, TODAY, upcoming)).toEqual({ headline: "NOT_AN_SRO", rank: 8, dueOn: null, changesOn: null, explanation });
    });
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
