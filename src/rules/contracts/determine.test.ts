import { describe, expect, it } from "vitest";
import { FLAGS } from "../flags.ts";
import { determineContract } from "./determine.ts";
import { codes, context, contract } from "./contract.test-support.ts";

// The shared conformance cases run in src/rules/conformance.test.ts, through evaluate().
describe("determineContract", () => {
  it("raises nothing for a complete contract under POST", () => {
    expect(determineContract(contract(), context()).flags).toEqual([]);
  });

  it("raises every contract flag once, with the catalogue severity, for an empty contract under POST", () => {
    const empty = contract({ duties: [], additionalDuties: [{ text: null, enforcesSchoolDiscipline: true }], attirePolicy: null, districtSelectionRole: null, deescalationResources: null, publicNotificationProcess: null, dataPractices: null });
    const r = determineContract(empty, context());
    expect(new Set(codes(r)).size).toBe(r.flags.length);
    for (const f of r.flags) {
      expect(FLAGS[f.code].kind).toBe("contract");
      expect(f.severity).toBe(FLAGS[f.code].severity);
    }
    expect(codes(r)).toHaveLength(7); // every contract code but STATUTORY_DUTY_NARROWED
  });

  it("explains the duties, additional duties, POST items and data practices in order, each with a source", () => {
    const r = determineContract(contract({ additionalDuties: [{ text: "event traffic", enforcesSchoolDiscipline: false }] }), context());
    expect(r.trace.map((s) => s.step)).toEqual(["dutyClauses", "dutyNarrowing", "additionalDuties", "postContractItems", "dataPractices"]);
    for (const s of r.trace) expect(s.sources.length).toBeGreaterThan(0);
  });
});
