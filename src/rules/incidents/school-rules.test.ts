import { describe, expect, it } from "vitest";
import { determineIncident } from "./determine.ts";
import { codes, context, flag, force, incident } from "./incident.test-support.ts";

const ctx = context();
const schoolRuleForce = { force: force(), basis: { schoolRule: "phone rule" } };

describe("R-UOF-1 SCHOOL_RULE_FORCE", () => {
  it("is a VIOLATION when an SRO uses force with only a school-rule basis", () => {
    const r = determineIncident(incident(schoolRuleForce), ctx);
    expect(flag(r, "SCHOOL_RULE_FORCE")).toEqual({ code: "SCHOOL_RULE_FORCE", severity: "VIOLATION", detail: "school rule: phone rule" });
  });
  it("also binds a substitute SRO", () => {
    expect(codes(determineIncident(incident({ ...schoolRuleForce, actor: "SUBSTITUTE_SRO" }), ctx))).toContain("SCHOOL_RULE_FORCE");
  });
  it("is not raised when a criminal or a safety basis is also recorded (A18: not solely)", () => {
    expect(codes(determineIncident(incident({ force: force(), basis: { schoolRule: "fighting", criminal: "assault" } }), ctx))).not.toContain("SCHOOL_RULE_FORCE");
    expect(codes(determineIncident(incident({ force: force(), basis: { schoolRule: "fighting", safety: true } }), ctx))).not.toContain("SCHOOL_RULE_FORCE");
  });
  it("does not reach another officer", () => {
    expect(codes(determineIncident(incident({ ...schoolRuleForce, actor: "OTHER_OFFICER" }), ctx))).not.toContain("SCHOOL_RULE_FORCE");
  });
  it("applies from 2024-03-15; on 2024-03-14 the incident is PRE_STATUTE_INCIDENT instead", () => {
    const before = determineIncident(incident({ ...schoolRuleForce, date: "2024-03-14" }), ctx);
    expect(codes(before)).not.toContain("SCHOOL_RULE_FORCE");
    expect(flag(before, "PRE_STATUTE_INCIDENT")?.severity).toBe("REVIEW");
    const from = determineIncident(incident({ ...schoolRuleForce, date: "2024-03-15" }), ctx);
    expect(codes(from)).toContain("SCHOOL_RULE_FORCE");
    expect(codes(from)).not.toContain("PRE_STATUTE_INCIDENT");
  });
});

describe("R-UOF-1 SCHOOL_RULE_AUTHORITY", () => {
  it("is a VIOLATION when authority is used for a school rule without a criminal or safety basis", () => {
    const r = determineIncident(incident({ conduct: { authorityUsedForSchoolRule: true }, basis: { schoolRule: "dress code" } }), ctx);
    expect(flag(r, "SCHOOL_RULE_AUTHORITY")?.severity).toBe("VIOLATION");
  });
  it("is not raised with a safety or criminal basis", () => {
    expect(codes(determineIncident(incident({ conduct: { authorityUsedForSchoolRule: true }, basis: { safety: true } }), ctx))).not.toContain("SCHOOL_RULE_AUTHORITY");
    expect(codes(determineIncident(incident({ conduct: { authorityUsedForSchoolRule: true }, basis: { criminal: "theft" } }), ctx))).not.toContain("SCHOOL_RULE_AUTHORITY");
  });
  it("is not applied before 2024-03-15", () => {
    expect(codes(determineIncident(incident({ conduct: { authorityUsedForSchoolRule: true }, date: "2024-03-14" }), ctx))).not.toContain("SCHOOL_RULE_AUTHORITY");
    expect(codes(determineIncident(incident({ conduct: { authorityUsedForSchoolRule: true }, date: "2024-03-15" }), ctx))).toContain("SCHOOL_RULE_AUTHORITY");
  });
});

describe("R-UOF-2 DISCIPLINE_PARTICIPATION", () => {
  const discipline = { conduct: { disciplineParticipation: true } };
  it("is a VIOLATION whatever the school-rule basis", () => {
    expect(flag(determineIncident(incident(discipline), ctx), "DISCIPLINE_PARTICIPATION")?.severity).toBe("VIOLATION");
    expect(flag(determineIncident(incident({ ...discipline, basis: { schoolRule: "tardy" } }), ctx), "DISCIPLINE_PARTICIPATION")?.severity).toBe("VIOLATION");
  });
  it("is REVIEW when a criminal or safety basis is also recorded (A18)", () => {
    expect(flag(determineIncident(incident({ ...discipline, basis: { criminal: "theft" } }), ctx), "DISCIPLINE_PARTICIPATION")?.severity).toBe("REVIEW");
    expect(flag(determineIncident(incident({ ...discipline, basis: { safety: true } }), ctx), "DISCIPLINE_PARTICIPATION")?.severity).toBe("REVIEW");
  });
  it("is not applied before 2024-03-15", () => {
    expect(codes(determineIncident(incident({ ...discipline, date: "2024-03-14" }), ctx))).not.toContain("DISCIPLINE_PARTICIPATION");
    expect(codes(determineIncident(incident({ ...discipline, date: "2024-03-15" }), ctx))).toContain("DISCIPLINE_PARTICIPATION");
  });
});

describe("R-UOF-3 FORCE_BASIS_MISSING", () => {
  it("is REVIEW when SRO force has no basis at all", () => {
    const r = determineIncident(incident({ force: force() }), ctx);
    expect(flag(r, "FORCE_BASIS_MISSING")).toEqual({ code: "FORCE_BASIS_MISSING", severity: "REVIEW", detail: "force: escort hold" });
  });
  it("is not raised when any basis is recorded, or without force, or for another officer", () => {
    expect(codes(determineIncident(incident(schoolRuleForce), ctx))).not.toContain("FORCE_BASIS_MISSING");
    expect(codes(determineIncident(incident({ force: force(), basis: { safety: true } }), ctx))).not.toContain("FORCE_BASIS_MISSING");
    expect(codes(determineIncident(incident(), ctx))).not.toContain("FORCE_BASIS_MISSING");
    expect(codes(determineIncident(incident({ force: force(), actor: "OTHER_OFFICER" }), ctx))).not.toContain("FORCE_BASIS_MISSING");
  });
  it("is raised before 2024-03-15 too: §13 gives it no date", () => {
    expect(codes(determineIncident(incident({ force: force(), date: "2024-03-14" }), ctx))).toEqual(expect.arrayContaining(["FORCE_BASIS_MISSING", "PRE_STATUTE_INCIDENT"]));
  });
});

describe("PRE_STATUTE_INCIDENT for SROs", () => {
  it("is raised for any SRO incident before 2024-03-15, not for another officer's", () => {
    expect(codes(determineIncident(incident({ date: "2024-03-14" }), ctx))).toEqual(["PRE_STATUTE_INCIDENT"]);
    expect(codes(determineIncident(incident({ date: "2024-03-14", actor: "OTHER_OFFICER" }), ctx))).toEqual([]);
  });
});
