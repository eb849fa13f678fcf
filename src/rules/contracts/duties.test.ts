import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requireSharedDir } from "../../../test/shared-dir.ts";
import { determineContract } from "./determine.ts";
import { assessDuty, isNarrowed, LIMITING_QUALIFIERS, STATUTORY_DUTIES } from "./duties.ts";
import { codes, context, contract, dutiesWith, flag, statutoryDuties } from "./contract.test-support.ts";

/** The adopted policy texts live in the shared folder (required under CI). */
const shared = requireSharedDir();

/** The numbered duty list of a policy's section IV.A, as the adopted text has it. */
function policyDuties(file: string): Map<number, string> {
  const text = readFileSync(join(shared ?? "", "domain", "policies", file), "utf8");
  const start = text.search(/contractual duties with the (school )?district (shall|will) include:/);
  const end = text.slice(start).search(/\n\s*-\s*B\.\s/) + start;
  const section = text.slice(start, end);
  const heads = [...section.matchAll(/(?:^|\n)\s*-?\s*([1-7])\.\s+/g)];
  const duties = new Map<number, string>();
  heads.forEach((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = heads[i + 1]?.index ?? section.length;
    duties.set(Number(m[1]), section.slice(from, to).replace(/\s+/g, " ").trim());
  });
  return duties;
}

describe.runIf(shared !== null)("STATUTORY_DUTY_NARROWED against the adopted policies' duty lists (A20)", () => {
  const msba = policyDuties("msba-masa-507.5.txt");
  const edina = policyDuties("isd-273-edina.txt");

  it("reads all seven clauses of each list", () => {
    expect([...msba.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect([...edina.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(edina.get(4)).toContain("Safety Coordinator to provide expertise");
  });

  it("MSBA 507.5 IV.A.1–7 (the statute verbatim) narrows nothing", () => {
    for (const [clause, text] of msba) expect({ clause, narrowed: isNarrowed(assessDuty(clause, text)) }).toEqual({ clause, narrowed: false });
  });

  it("Edina IV.A.1, 2 and 6 narrow nothing; 3, 4, 5 and 7 each narrow their clause", () => {
    const verdicts = [...edina].map(([clause, text]) => [clause, isNarrowed(assessDuty(clause, text))]);
    expect(verdicts).toEqual([[1, false], [2, false], [3, true], [4, true], [5, true], [6, false], [7, true]]);
  });

  it("names the qualifier each Edina clause adds", () => {
    const adds = (clause: number) => assessDuty(clause, edina.get(clause) ?? "").adds;
    expect(adds(3)).toContain("between the");
    expect(adds(4)).toContain("collaborating");
    expect(adds(5)).toContain("under supervision of");
    expect(adds(7)).toContain("involving");
  });

  it("the Edina list as a contract raises STATUTORY_DUTY_NARROWED once, naming clauses 3, 4, 5 and 7", () => {
    const duties = [...edina].map(([clause, text]) => ({ clause, text }));
    const r = determineContract(contract({ duties }), context({ district: "EDINA" }));
    const f = flag(r, "STATUTORY_DUTY_NARROWED");
    expect(f?.severity).toBe("REVIEW");
    expect(f?.detail).toMatch(/^clauses 3, 4, 5, 7: /);
    expect(codes(r)).not.toContain("CONTRACT_DUTIES_INCOMPLETE");
  });

  it("the statute's own words contain no qualifier", () => {
    for (const d of STATUTORY_DUTIES) expect(assessDuty(d.clause, d.statute)).toEqual({ clause: d.clause, lacks: [], adds: [] });
    expect(LIMITING_QUALIFIERS).toEqual(expect.arrayContaining(["involving", "only", "solely", "limited to", "except", "under supervision of", "under the direction of", "between the", "collaborat*"]));
  });
});

describe("STATUTORY_DUTY_NARROWED on other wordings", () => {
  it("is raised when a core word is dropped", () => {
    const r = determineContract(contract({ duties: dutiesWith(2, "protecting students and staff from criminal activity on school grounds") }), context());
    expect(flag(r, "STATUTORY_DUTY_NARROWED")?.detail).toBe('clause 2: (2) lacks "visitors"');
  });
  it("is raised for each limiting qualifier, matched as whole words in any case", () => {
    for (const text of ["enforcement of criminal laws ONLY", "enforcement of criminal laws, except traffic laws", "providing advice on safety drills under the direction of the principal", "enforcement of criminal laws limited to felonies"]) {
      const clause = text.startsWith("providing") ? 4 : 7;
      expect(codes(determineContract(contract({ duties: dutiesWith(clause, text) }), context()))).toContain("STATUTORY_DUTY_NARROWED");
    }
  });
  it("accepts grammatical rewording that keeps the core words", () => {
    const reworded = dutiesWith(7, "Enforce criminal law.").filter((d) => d.clause !== 4).concat({ clause: 4, text: "Provide advice on safety drills." });
    expect(codes(determineContract(contract({ duties: reworded }), context()))).toEqual([]);
  });
  it("a duty with no text is incorporated by reference: present and not narrowed", () => {
    const r = determineContract(contract({ duties: statutoryDuties().map((d) => ({ clause: d.clause, text: null })) }), context());
    expect(codes(r)).toEqual([]);
  });
  it("a clause listed twice is narrowed if either wording narrows it", () => {
    const r = determineContract(contract({ duties: [...statutoryDuties(), { clause: 7, text: "enforcement of criminal laws involving weapons" }] }), context());
    expect(flag(r, "STATUTORY_DUTY_NARROWED")?.detail).toBe('clause 7: (7) adds "involving"');
  });
});

describe("CONTRACT_DUTIES_INCOMPLETE", () => {
  it("is a VIOLATION naming the missing clauses", () => {
    const r = determineContract(contract({ duties: dutiesWith(5, undefined).filter((d) => d.clause !== 2) }), context());
    expect(flag(r, "CONTRACT_DUTIES_INCOMPLETE")).toEqual({ code: "CONTRACT_DUTIES_INCOMPLETE", severity: "VIOLATION", detail: "missing clauses 2, 5" });
  });
  it("is raised whatever the policies", () => {
    expect(codes(determineContract(contract({ duties: [] }), context({ agency: null, district: null })))).toContain("CONTRACT_DUTIES_INCOMPLETE");
  });
  it("does not count a number outside 1–7 as a clause", () => {
    const r = determineContract(contract({ duties: [...dutiesWith(1, undefined), { clause: 8, text: "fostering a positive school climate" }] }), context());
    expect(flag(r, "CONTRACT_DUTIES_INCOMPLETE")?.detail).toBe("missing clause 1");
  });
});
