import { describe, expect, it } from "vitest";
import { determineIncident } from "./determine.ts";
import { codes, context, flag, incident } from "./incident.test-support.ts";

const saw = { role: "SRO" as const, observedExcessiveForce: true, intervened: false, reported: false };

describe("R-UOF-7 DUTY_TO_INTERCEDE and DUTY_TO_REPORT", () => {
  it("are REVIEW when an observer of excessive force neither interceded nor reported", () => {
    const r = determineIncident(incident({ actor: "OTHER_OFFICER", observers: [saw] }), context());
    expect(flag(r, "DUTY_TO_INTERCEDE")).toEqual({ code: "DUTY_TO_INTERCEDE", severity: "REVIEW", detail: "observer 1 (SRO)" });
    expect(flag(r, "DUTY_TO_REPORT")?.severity).toBe("REVIEW");
  });
  it("are raised separately", () => {
    expect(codes(determineIncident(incident({ observers: [{ ...saw, intervened: true }] }), context()))).toEqual(["DUTY_TO_REPORT"]);
    expect(codes(determineIncident(incident({ observers: [{ ...saw, reported: true }] }), context()))).toEqual(["DUTY_TO_INTERCEDE"]);
  });
  it("are not raised when no excessive force was observed", () => {
    expect(codes(determineIncident(incident({ observers: [{ ...saw, observedExcessiveForce: false }] }), context()))).toEqual([]);
  });
  it("are raised once, naming every observer, whatever the agency policy", () => {
    const r = determineIncident(incident({ observers: [saw, { ...saw, role: "OTHER_OFFICER" }] }), context({ agency: null }));
    expect(codes(r)).toEqual(["DUTY_TO_INTERCEDE", "DUTY_TO_REPORT"]);
    expect(flag(r, "DUTY_TO_REPORT")?.detail).toBe("observer 1 (SRO), observer 2 (OTHER_OFFICER)");
  });
});
