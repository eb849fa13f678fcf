import { describe, expect, it } from "vitest";
import { determineIncident } from "./determine.ts";
import { allConsiderations, codes, context, flag, force, incident } from "./incident.test-support.ts";

const ctx = context();
const safety = { basis: { safety: true } };

describe("R-UOF-5 FORCE_FACTORS_INCOMPLETE (POST)", () => {
  it("is REVIEW when a consideration is missing or blank", () => {
    const missing = allConsiderations();
    missing.delete(3);
    missing.set(9, null);
    missing.set(12, "   ");
    const r = determineIncident(incident({ ...safety, force: force({ considerations: missing }) }), ctx);
    expect(flag(r, "FORCE_FACTORS_INCOMPLETE")).toEqual({ code: "FORCE_FACTORS_INCOMPLETE", severity: "REVIEW", detail: "missing: 3, 9, 12" });
  });
  it("is not raised with all fourteen, for another officer, or without the POST policy in force", () => {
    const empty = force({ considerations: new Map() });
    expect(codes(determineIncident(incident({ ...safety, force: force() }), ctx))).not.toContain("FORCE_FACTORS_INCOMPLETE");
    expect(codes(determineIncident(incident({ ...safety, force: empty, actor: "OTHER_OFFICER" }), ctx))).not.toContain("FORCE_FACTORS_INCOMPLETE");
    expect(codes(determineIncident(incident({ ...safety, force: empty }), context({ agency: null })))).not.toContain("FORCE_FACTORS_INCOMPLETE");
  });
  it("follows the adoption date: day before and day of apply, day after does not", () => {
    const c = incident({ ...safety, date: "2025-01-10", force: force({ considerations: new Map() }) });
    expect(codes(determineIncident(c, context({ agencyAdoptedOn: "2025-01-09" })))).toContain("FORCE_FACTORS_INCOMPLETE");
    expect(codes(determineIncident(c, context({ agencyAdoptedOn: "2025-01-10" })))).toContain("FORCE_FACTORS_INCOMPLETE");
    expect(codes(determineIncident(c, context({ agencyAdoptedOn: "2025-01-11" })))).not.toContain("FORCE_FACTORS_INCOMPLETE");
  });
});

describe("R-UOF-5 DISABILITY_CONSIDERATION_MISSING (POST)", () => {
  it("is ADVISORY when a known plan is not recorded as considered", () => {
    expect(flag(determineIncident(incident({ ...safety, force: force(), student: { educationPlanKnown: true } }), ctx), "DISABILITY_CONSIDERATION_MISSING")?.severity).toBe("ADVISORY");
    expect(codes(determineIncident(incident({ ...safety, force: force(), student: { educationPlanKnown: true, educationPlanConsidered: false } }), ctx))).toContain("DISABILITY_CONSIDERATION_MISSING");
  });
  it("is not raised when considered, when no plan is known, or without force", () => {
    expect(codes(determineIncident(incident({ ...safety, force: force(), student: { educationPlanKnown: true, educationPlanConsidered: true } }), ctx))).not.toContain("DISABILITY_CONSIDERATION_MISSING");
    expect(codes(determineIncident(incident({ ...safety, force: force() }), ctx))).not.toContain("DISABILITY_CONSIDERATION_MISSING");
    expect(codes(determineIncident(incident({ student: { educationPlanKnown: true } }), ctx))).not.toContain("DISABILITY_CONSIDERATION_MISSING");
  });
});

describe("R-UOF-4 POST_FORCE_CARE_MISSING (POST)", () => {
  it("is a POLICY_VIOLATION when assessment or aid is recorded as not done", () => {
    expect(flag(determineIncident(incident({ ...safety, force: force({ postForceAssessment: false }) }), ctx), "POST_FORCE_CARE_MISSING")).toEqual({ code: "POST_FORCE_CARE_MISSING", severity: "POLICY_VIOLATION", detail: "not done: assessment" });
    expect(codes(determineIncident(incident({ ...safety, force: force({ aidRendered: false }) }), ctx))).toContain("POST_FORCE_CARE_MISSING");
  });
  it("is not raised for a missing value, or without the POST policy", () => {
    expect(codes(determineIncident(incident({ ...safety, force: force({ postForceAssessment: null, aidRendered: null }) }), ctx))).not.toContain("POST_FORCE_CARE_MISSING");
    expect(codes(determineIncident(incident({ ...safety, force: force({ aidRendered: false }) }), context({ agency: null })))).not.toContain("POST_FORCE_CARE_MISSING");
  });
});

describe("R-UOF-6 CHOKEHOLD_609_06_3 and DEADLY_FORCE_REVIEW", () => {
  it("is a VIOLATION for neck pressure by any peace officer, whatever the policy or date", () => {
    for (const actor of ["SRO", "SUBSTITUTE_SRO", "OTHER_OFFICER"] as const) {
      expect(flag(determineIncident(incident({ ...safety, actor, force: force({ neckPressure: true }) }), context({ agency: null })), "CHOKEHOLD_609_06_3")?.severity).toBe("VIOLATION");
    }
    expect(codes(determineIncident(incident({ ...safety, date: "2023-07-31", force: force({ neckPressure: true }) }), ctx))).toContain("CHOKEHOLD_609_06_3");
  });
  it("is REVIEW with a deadly-force justification, which also raises DEADLY_FORCE_REVIEW", () => {
    const r = determineIncident(incident({ ...safety, force: force({ neckPressure: true, deadlyForceJustification: "knife attack on a teacher" }) }), ctx);
    expect(flag(r, "CHOKEHOLD_609_06_3")?.severity).toBe("REVIEW");
    expect(flag(r, "DEADLY_FORCE_REVIEW")?.severity).toBe("REVIEW");
  });
  it("does not read the free-text type", () => {
    expect(codes(determineIncident(incident({ ...safety, force: force({ type: "choke hold" }) }), ctx))).not.toContain("CHOKEHOLD_609_06_3");
  });
  it("does not apply to district staff", () => {
    const r = determineIncident(incident({ ...safety, actor: "SCHOOL_STAFF", force: force({ neckPressure: true, deadlyForceJustification: "x" }) }), ctx);
    expect(codes(r)).not.toContain("CHOKEHOLD_609_06_3");
    expect(codes(r)).not.toContain("DEADLY_FORCE_REVIEW");
  });
  it("raises DEADLY_FORCE_REVIEW without neck pressure too", () => {
    expect(codes(determineIncident(incident({ ...safety, actor: "OTHER_OFFICER", force: force({ deadlyForceJustification: "armed suspect" }) }), ctx))).toEqual(["DEADLY_FORCE_REVIEW"]);
  });
});
