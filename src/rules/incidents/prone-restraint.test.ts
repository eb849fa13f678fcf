import { describe, expect, it } from "vitest";
import { determineIncident } from "./determine.ts";
import { codes, context, flag, force, incident, proneForce } from "./incident.test-support.ts";

const ctx = context();
const sroProne = (date: string, over: Parameters<typeof proneForce>[0] = {}) => incident({ date, basis: { safety: true }, force: proneForce(over) });

describe("SRO prone restraint by date (R-PRN-1, R-PRN-2, A19)", () => {
  it("on 2024-03-15: PRONE_RESTRAINT_REVIEW and LAW_TEXT_SECONDARY, not historic", () => {
    const r = determineIncident(sroProne("2024-03-15"), ctx);
    expect(codes(r)).toEqual(["PRONE_RESTRAINT_REVIEW", "LAW_TEXT_SECONDARY"]);
    expect(flag(r, "PRONE_RESTRAINT_REVIEW")?.severity).toBe("REVIEW");
    expect(flag(r, "LAW_TEXT_SECONDARY")?.severity).toBe("INFO");
  });
  it("on 2024-03-14: HISTORIC_121A58_SRO_COVERED, LAW_TEXT_SECONDARY and PRE_STATUTE_INCIDENT", () => {
    const r = determineIncident(sroProne("2024-03-14"), ctx);
    expect(codes(r).sort()).toEqual(["HISTORIC_121A58_SRO_COVERED", "LAW_TEXT_SECONDARY", "PRE_STATUTE_INCIDENT"]);
    expect(flag(r, "HISTORIC_121A58_SRO_COVERED")?.severity).toBe("REVIEW");
  });
  it("on 2023-08-01 the 2023 text covers SROs; on 2023-07-31 it did not yet", () => {
    expect(codes(determineIncident(sroProne("2023-08-01"), ctx))).toEqual(expect.arrayContaining(["HISTORIC_121A58_SRO_COVERED", "LAW_TEXT_SECONDARY"]));
    expect(codes(determineIncident(sroProne("2023-07-31"), ctx))).toEqual(["PRE_STATUTE_INCIDENT"]);
  });
  it("also for a substitute SRO", () => {
    expect(codes(determineIncident({ ...sroProne("2026-01-05"), actor: "SUBSTITUTE_SRO" }, ctx))).toContain("PRONE_RESTRAINT_REVIEW");
  });
  it("not for a use of force that is not prone, nor for another officer", () => {
    expect(codes(determineIncident(incident({ basis: { safety: true }, force: force() }), ctx))).toEqual([]);
    const other = determineIncident({ ...sroProne("2026-01-05", { restoredNonProne: false }), actor: "OTHER_OFFICER" }, ctx);
    expect(codes(other)).toEqual([]);
    expect(other.trace.find((s) => s.step === "proneRestraint")?.value).toBe("NOT_COVERED");
  });
});

describe("R-PRN-1 FORCE_RECORD_INCOMPLETE", () => {
  it("is REVIEW when any of the four facts is missing, from 2024-03-15", () => {
    for (const missing of ["proneSeconds", "restoredNonProne", "postForceAssessment", "aidRendered"] as const) {
      const r = determineIncident(sroProne("2024-03-15", { [missing]: null }), ctx);
      expect(flag(r, "FORCE_RECORD_INCOMPLETE")).toEqual({ code: "FORCE_RECORD_INCOMPLETE", severity: "REVIEW", detail: `not recorded: ${missing}` });
    }
  });
  it("is not applied before 2024-03-15", () => {
    expect(codes(determineIncident(sroProne("2024-03-14", { proneSeconds: null }), ctx))).not.toContain("FORCE_RECORD_INCOMPLETE");
  });
});

describe("not restored to a non-prone position (R-UOF-4, R-UOF-5)", () => {
  it("PRONE_NOT_RESTORED_ASAP is a POLICY_VIOLATION under POST, with FORCE_REASONABLENESS_REVIEW", () => {
    const r = determineIncident(sroProne("2026-01-05", { restoredNonProne: false, proneSeconds: 180 }), ctx);
    expect(flag(r, "PRONE_NOT_RESTORED_ASAP")).toEqual({ code: "PRONE_NOT_RESTORED_ASAP", severity: "POLICY_VIOLATION", detail: "held prone 180 s" });
    expect(flag(r, "FORCE_REASONABLENESS_REVIEW")?.severity).toBe("REVIEW");
  });
  it("without the POST policy only FORCE_REASONABLENESS_REVIEW is raised", () => {
    const r = determineIncident(sroProne("2026-01-05", { restoredNonProne: false }), context({ agency: null }));
    expect(codes(r)).toContain("FORCE_REASONABLENESS_REVIEW");
    expect(codes(r)).not.toContain("PRONE_NOT_RESTORED_ASAP");
  });
  it("a missing restoration value raises neither", () => {
    const r = determineIncident(sroProne("2026-01-05", { restoredNonProne: null }), ctx);
    expect(codes(r)).not.toContain("PRONE_NOT_RESTORED_ASAP");
    expect(codes(r)).not.toContain("FORCE_REASONABLENESS_REVIEW");
  });
});

describe("R-PRN-3 district staff", () => {
  const staff = (date: string, over: Parameters<typeof force>[0]) => incident({ date, actor: "SCHOOL_STAFF", basis: { safety: true }, force: force(over) });
  it("prone restraint or neck pressure is a VIOLATION from 2023-08-01", () => {
    expect(flag(determineIncident(staff("2023-08-01", { prone: true }), ctx), "SCHOOL_STAFF_PRONE_121A58")?.severity).toBe("VIOLATION");
    expect(codes(determineIncident(staff("2023-08-01", { neckPressure: true }), ctx))).toContain("SCHOOL_STAFF_PRONE_121A58");
  });
  it("on 2023-07-31 it is PRE_STATUTE_INCIDENT, raised once even with both holds", () => {
    const r = determineIncident(staff("2023-07-31", { prone: true, neckPressure: true }), ctx);
    expect(codes(r)).toEqual(["PRE_STATUTE_INCIDENT"]);
  });
  it("other force by staff is not a listed hold", () => {
    expect(codes(determineIncident(staff("2026-01-05", {}), ctx))).toEqual([]);
  });
  it("DISTRICT_HOLD_REPORTING is INFO when staff used force on a student with a known plan", () => {
    const r = determineIncident({ ...staff("2026-01-05", {}), student: { educationPlanKnown: true, educationPlanConsidered: null } }, ctx);
    expect(flag(r, "DISTRICT_HOLD_REPORTING")?.severity).toBe("INFO");
    const sro = determineIncident(incident({ basis: { safety: true }, force: force(), student: { educationPlanKnown: true, educationPlanConsidered: true } }), ctx);
    expect(codes(sro)).not.toContain("DISTRICT_HOLD_REPORTING");
    expect(codes(determineIncident(incident({ actor: "SCHOOL_STAFF", student: { educationPlanKnown: true } }), ctx))).toEqual([]);
  });
});
