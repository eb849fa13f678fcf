import { describe, expect, it } from "vitest";
import { isPeaceOfficer, isSro, postInForceOn } from "./applicability.ts";
import { determineIncident } from "./determine.ts";
import { context, incident } from "./incident.test-support.ts";

describe("who acted", () => {
  it("an SRO or a substitute SRO is an SRO; any officer is a peace officer; staff are neither", () => {
    expect([isSro("SRO"), isSro("SUBSTITUTE_SRO"), isSro("OTHER_OFFICER"), isSro("SCHOOL_STAFF")]).toEqual([true, true, false, false]);
    expect([isPeaceOfficer("SRO"), isPeaceOfficer("SUBSTITUTE_SRO"), isPeaceOfficer("OTHER_OFFICER"), isPeaceOfficer("SCHOOL_STAFF")]).toEqual([true, true, true, false]);
  });
});

describe("POST in force (A19)", () => {
  const onDate = incident({ date: "2025-01-10" });
  it("requires the agency to have adopted POST", () => {
    expect(postInForceOn(onDate, context({ agency: null }))).toBe(false);
    expect(postInForceOn(onDate, context({ agency: "POST" }))).toBe(true);
  });
  it("holds from the adoption date: the day before the incident, the day of, not the day after", () => {
    expect(postInForceOn(onDate, context({ agencyAdoptedOn: "2025-01-09" }))).toBe(true);
    expect(postInForceOn(onDate, context({ agencyAdoptedOn: "2025-01-10" }))).toBe(true);
    expect(postInForceOn(onDate, context({ agencyAdoptedOn: "2025-01-11" }))).toBe(false);
  });
});

describe("the trace opens with the regime, the actor and the POST policy", () => {
  const regimeOn = (date: string) => determineIncident(incident({ date }), context()).trace[0]?.value;
  it("picks the law of the incident date on both sides of each boundary", () => {
    expect(regimeOn("2023-07-31")).toBe("BEFORE_2023_AMENDMENT");
    expect(regimeOn("2023-08-01")).toBe("121A58_2023");
    expect(regimeOn("2024-03-14")).toBe("121A58_2023");
    expect(regimeOn("2024-03-15")).toBe("LAWS_2024_CH78");
  });

  it("names the steps in order, each with a reason and a source", () => {
    const { trace } = determineIncident(incident({ actor: "OTHER_OFFICER" }), context({ agencyAdoptedOn: "2026-03-01" }));
    expect(trace.slice(0, 3).map((s) => [s.step, s.value])).toEqual([
      ["lawRegime", "LAWS_2024_CH78"],
      ["actor", "OTHER_OFFICER"],
      ["postPolicyInForce", false],
    ]);
    for (const s of trace) {
      expect(s.because).not.toBe("");
      expect(s.sources.length).toBeGreaterThan(0);
    }
  });
});
