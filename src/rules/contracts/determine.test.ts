import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FLAGS } from "../flags.ts";
import { parseContract } from "../request/parse.ts";
import type { ContractRequestJson } from "../request/schema.ts";
import { determineContract } from "./determine.ts";
import { codes, context, contract } from "./contract.test-support.ts";

interface Conformance {
  id: string;
  request: unknown;
  expect: { flags?: string[]; absentFlags?: string[] };
}

const dir = new URL("../../../../shared/domain/conformance/", import.meta.url);
const cases: Conformance[] = readdirSync(dir)
  .filter((name) => name.startsWith("KC-") && name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), "utf8")) as Conformance);

describe("conformance cases KC-*", () => {
  it("are present", () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const c of cases) {
    it(`${c.id}: listed flags present, absent flags absent, no unlisted VIOLATION or POLICY_VIOLATION`, () => {
      const { ctx, contract: facts } = parseContract(c.request as ContractRequestJson);
      const r = determineContract(facts, ctx);
      const raised = codes(r);
      for (const code of c.expect.flags ?? []) expect(raised).toContain(code);
      for (const code of c.expect.absentFlags ?? []) expect(raised).not.toContain(code);
      const listed = new Set(c.expect.flags ?? []);
      expect(r.flags.filter((f) => (f.severity === "VIOLATION" || f.severity === "POLICY_VIOLATION") && !listed.has(f.code))).toEqual([]);
    });
  }
});

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
