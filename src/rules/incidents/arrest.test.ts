import { describe, expect, it } from "vitest";
import { determineIncident } from "./determine.ts";
import { arrest, codes, context, flag, incident } from "./incident.test-support.ts";

const ctx = context();
const ARREST_CODES = ["CUSTODIAL_ARREST_IN_SCHOOL_EXIGENT", "CUSTODIAL_ARREST_AVOIDABLE", "ARREST_COMMUNAL_AREA", "SCHOOL_STAFF_NOT_NOTIFIED"] as const;
const arrestCodes = (r: ReturnType<typeof determineIncident>) => codes(r).filter((c) => (ARREST_CODES as readonly string[]).includes(c));

describe("R-ARR-1..3 (POST)", () => {
  it("raises each advisory when the record says the step was practicable and not taken (A22)", () => {
    const r = determineIncident(incident({ arrest: arrest({ avoidable: true, location: "COMMUNAL", nonCommunalPracticable: true, staffNotified: false, notifyPracticable: true }) }), ctx);
    expect(arrestCodes(r)).toEqual(["CUSTODIAL_ARREST_AVOIDABLE", "ARREST_COMMUNAL_AREA", "SCHOOL_STAFF_NOT_NOTIFIED"]);
    for (const c of ["CUSTODIAL_ARREST_AVOIDABLE", "ARREST_COMMUNAL_AREA", "SCHOOL_STAFF_NOT_NOTIFIED"] as const) expect(flag(r, c)?.severity).toBe("ADVISORY");
  });
  it("records an exigent arrest as INFO and does not call it avoidable", () => {
    const r = determineIncident(incident({ arrest: arrest({ exigency: true, avoidable: true }) }), ctx);
    expect(flag(r, "CUSTODIAL_ARREST_IN_SCHOOL_EXIGENT")?.severity).toBe("INFO");
    expect(codes(r)).not.toContain("CUSTODIAL_ARREST_AVOIDABLE");
  });
  it("raises nothing when the steps were not practicable or were taken", () => {
    expect(arrestCodes(determineIncident(incident({ arrest: arrest({ location: "COMMUNAL", nonCommunalPracticable: false, notifyPracticable: false, staffNotified: false }) }), ctx))).toEqual([]);
    expect(arrestCodes(determineIncident(incident({ arrest: arrest({ staffNotified: true }) }), ctx))).toEqual([]);
  });
  it("applies to custodial arrests by SROs only", () => {
    const bad = arrest({ avoidable: true, location: "COMMUNAL", nonCommunalPracticable: true, staffNotified: false });
    expect(arrestCodes(determineIncident(incident({ arrest: { ...bad, custodial: false } }), ctx))).toEqual([]);
    expect(arrestCodes(determineIncident(incident({ arrest: bad, actor: "OTHER_OFFICER" }), ctx))).toEqual([]);
    expect(arrestCodes(determineIncident(incident({ arrest: bad, actor: "SUBSTITUTE_SRO" }), ctx))).toHaveLength(3);
  });
  it("is recorded in the trace (INFO only), not raised, without the POST policy", () => {
    const r = determineIncident(incident({ arrest: arrest({ exigency: true }) }), context({ agency: null, district: "MSBA" }));
    expect(arrestCodes(r)).toEqual([]);
    expect(r.trace.find((s) => s.step === "custodialArrest")?.value).toBe("NOT_APPLIED");
  });
  it("follows the adoption date", () => {
    const c = incident({ date: "2025-01-10", arrest: arrest({ exigency: true }) });
    expect(arrestCodes(determineIncident(c, context({ agencyAdoptedOn: "2025-01-10" })))).toEqual(["CUSTODIAL_ARREST_IN_SCHOOL_EXIGENT"]);
    expect(arrestCodes(determineIncident(c, context({ agencyAdoptedOn: "2025-01-11" })))).toEqual([]);
  });
});
