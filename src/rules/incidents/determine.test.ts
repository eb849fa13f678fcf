import { describe, expect, it } from "vitest";
import { FLAGS, type FlagDefinition } from "../flags.ts";
import { determineIncident } from "./determine.ts";
import { arrest, codes, context, force, incident, proneForce } from "./incident.test-support.ts";

// The shared conformance cases run in src/rules/conformance.test.ts, through evaluate().
describe("determineIncident", () => {
  // Everything at once: each code at most once, each severity one the catalogue allows.
  const busy = incident({
    basis: { criminal: "assault", schoolRule: "fighting" },
    offense: { level: "MISDEMEANOR", statusOffense: true },
    conduct: { authorityUsedForSchoolRule: true, disciplineParticipation: true, citationIssued: true },
    force: proneForce({ neckPressure: true, restoredNonProne: false, aidRendered: null, considerations: new Map() }),
    student: { educationPlanKnown: true },
    arrest: arrest({ avoidable: true, location: "COMMUNAL", nonCommunalPracticable: true, staffNotified: false }),
    observers: [
      { role: "OTHER_OFFICER", observedExcessiveForce: true, intervened: false, reported: false },
      { role: "SRO", observedExcessiveForce: true, intervened: false, reported: false },
    ],
  });

  it("raises each code at most once, with a catalogue severity, all incident codes", () => {
    const r = determineIncident(busy, context({ district: "EDINA" }));
    expect(new Set(codes(r)).size).toBe(r.flags.length);
    for (const f of r.flags) {
      const def: FlagDefinition = FLAGS[f.code];
      expect(def.kind).toBe("incident");
      expect([def.severity, def.otherwise?.severity]).toContain(f.severity);
    }
  });

  it("explains every step with a reason and at least one source", () => {
    const r = determineIncident(busy, context());
    expect(r.trace.length).toBeGreaterThan(5);
    for (const s of r.trace) {
      expect(s.because.length).toBeGreaterThan(0);
      expect(s.sources.length).toBeGreaterThan(0);
    }
  });

  it("raises nothing for a quiet SRO incident", () => {
    expect(determineIncident(incident({ basis: { safety: true }, force: force() }), context()).flags).toEqual([]);
  });
});
