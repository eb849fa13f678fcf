import { describe, expect, it } from "vitest";
import { determineIncident } from "./determine.ts";
import { arrest, codes, context, flag, incident } from "./incident.test-support.ts";

const ctx = context();

describe("R-ALT-1 CONSIDER_ALTERNATIVES (POST)", () => {
  it("is ADVISORY for each thing that could go to criminal referral", () => {
    const cases = [
      incident({ basis: { criminal: "theft" } }),
      incident({ offense: { level: "MISDEMEANOR" } }),
      incident({ offense: { statusOffense: true } }),
      incident({ conduct: { citationIssued: true } }),
      incident({ arrest: arrest() }),
    ];
    for (const c of cases) expect(flag(determineIncident(c, ctx), "CONSIDER_ALTERNATIVES")?.severity).toBe("ADVISORY");
  });
  it("is not raised for a non-custodial arrest alone, or when alternatives were considered", () => {
    expect(codes(determineIncident(incident({ arrest: arrest({ custodial: false }) }), ctx))).not.toContain("CONSIDER_ALTERNATIVES");
    expect(codes(determineIncident(incident({ basis: { criminal: "theft" }, alternativesConsidered: true }), ctx))).not.toContain("CONSIDER_ALTERNATIVES");
  });
  it("is not raised for another officer", () => {
    expect(codes(determineIncident(incident({ basis: { criminal: "theft" }, actor: "OTHER_OFFICER" }), ctx))).not.toContain("CONSIDER_ALTERNATIVES");
  });
  it("is recorded in the trace, not raised, without the POST policy (MSBA-only, Edina-only)", () => {
    for (const district of ["MSBA", "EDINA"] as const) {
      const r = determineIncident(incident({ basis: { criminal: "theft", schoolRule: "fighting" } }), context({ agency: null, district }));
      expect(codes(r)).not.toContain("CONSIDER_ALTERNATIVES");
      expect(codes(r)).not.toContain("CONSIDER_SCHOOL_REFERRAL");
      expect(r.trace.find((s) => s.step === "alternatives")?.value).toBe("NOT_APPLIED");
    }
  });
  it("follows the adoption date: the day before and of the incident apply, the day after does not", () => {
    const c = incident({ date: "2025-01-10", basis: { criminal: "theft" } });
    expect(codes(determineIncident(c, context({ agencyAdoptedOn: "2025-01-09" })))).toContain("CONSIDER_ALTERNATIVES");
    expect(codes(determineIncident(c, context({ agencyAdoptedOn: "2025-01-10" })))).toContain("CONSIDER_ALTERNATIVES");
    expect(codes(determineIncident(c, context({ agencyAdoptedOn: "2025-01-11" })))).not.toContain("CONSIDER_ALTERNATIVES");
  });
});

describe("R-ALT-1 CONSIDER_SCHOOL_REFERRAL (POST)", () => {
  it("is ADVISORY with both a criminal and a school-rule basis", () => {
    const r = determineIncident(incident({ basis: { criminal: "assault", schoolRule: "fighting" } }), ctx);
    expect(flag(r, "CONSIDER_SCHOOL_REFERRAL")?.severity).toBe("ADVISORY");
  });
  it("is not raised with only one basis or when referral was considered", () => {
    expect(codes(determineIncident(incident({ basis: { criminal: "assault" } }), ctx))).not.toContain("CONSIDER_SCHOOL_REFERRAL");
    expect(codes(determineIncident(incident({ basis: { schoolRule: "fighting" } }), ctx))).not.toContain("CONSIDER_SCHOOL_REFERRAL");
    expect(codes(determineIncident(incident({ basis: { criminal: "assault", schoolRule: "fighting" }, schoolReferralConsidered: true }), ctx))).not.toContain("CONSIDER_SCHOOL_REFERRAL");
  });
});

describe("R-ALT-2 EDINA_COLLABORATE_ADMIN", () => {
  const edina = context({ district: "EDINA", agency: null });
  const statusOffense = { offense: { level: "MISDEMEANOR" as const, statusOffense: true } };
  it("is ADVISORY for a non-violent petty-misdemeanor or misdemeanor status offense without consulting administrators", () => {
    expect(flag(determineIncident(incident(statusOffense), edina), "EDINA_COLLABORATE_ADMIN")?.severity).toBe("ADVISORY");
    expect(codes(determineIncident(incident({ offense: { level: "PETTY_MISDEMEANOR", statusOffense: true } }), edina))).toContain("EDINA_COLLABORATE_ADMIN");
  });
  it("is not raised outside its terms", () => {
    const quiet = [
      incident({ offense: { level: "GROSS_MISDEMEANOR", statusOffense: true } }),
      incident({ offense: { level: "MISDEMEANOR", statusOffense: false } }),
      incident({ offense: { level: "MISDEMEANOR", statusOffense: true, violent: true } }),
      incident({ offense: { level: "MISDEMEANOR", statusOffense: true, victimRequestedAssistance: true } }),
      incident({ ...statusOffense, conduct: { adminConsulted: true } }),
      incident({ ...statusOffense, actor: "OTHER_OFFICER" }),
    ];
    for (const c of quiet) expect(codes(determineIncident(c, edina))).not.toContain("EDINA_COLLABORATE_ADMIN");
  });
  it("is Edina's alone", () => {
    expect(codes(determineIncident(incident(statusOffense), context({ district: "MSBA" })))).not.toContain("EDINA_COLLABORATE_ADMIN");
  });
});
