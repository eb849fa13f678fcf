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

  it("Edina IV.A.1, 2, 3, 4 and 6 narrow nothing; 5 and 7 each narrow their clause", () => {
    const verdicts = [...edina].map(([clause, text]) => [clause, isNarrowed(assessDuty(clause, text))]);
    expect(verdicts).toEqual([[1, false], [2, false], [3, false], [4, false], [5, true], [6, false], [7, true]]);
  });

  it("Edina IV.A.3 and 4 keep their core words and add none of law.md's qualifiers; 5 and 7 each add one", () => {
    const verdict = (clause: number) => assessDuty(clause, edina.get(clause) ?? "");
    expect(verdict(3)).toEqual({ clause: 3, lacks: [], adds: [] });
    expect(verdict(4)).toEqual({ clause: 4, lacks: [], adds: [] });
    expect(verdict(5).adds).toEqual(["under supervision of"]);
    expect(verdict(7).adds).toEqual(["involving"]);
  });

  it("the Edina list as a contract raises STATUTORY_DUTY_NARROWED once, naming clauses 5 and 7", () => {
    const duties = [...edina].map(([clause, text]) => ({ clause, text }));
    const r = determineContract(contract({ duties }), context({ district: "EDINA" }));
    const f = flag(r, "STATUTORY_DUTY_NARROWED");
    expect(f?.severity).toBe("REVIEW");
    expect(f?.detail).toBe('clauses 5, 7: (5) adds "under supervision of"; (7) adds "involving"');
    expect(codes(r)).not.toContain("CONTRACT_DUTIES_INCOMPLETE");
  });

  it("the statute's own words contain no qualifier", () => {
    for (const d of STATUTORY_DUTIES) expect(assessDuty(d.clause, d.statute)).toEqual({ clause: d.clause, lacks: [], adds: [] });
  });
});

describe("the limiting qualifiers are law.md §13's list, exactly", () => {
  it("is the list law.md prints", () => {
    expect(LIMITING_QUALIFIERS).toEqual(["involving", "only", "solely", "limited to", "under (the) supervision (of)", "except", "excluding", "provided that"]);
  });
  it("finds each listed qualifier as whole words in any case, the parenthesized words optional", () => {
    const added: [string, string][] = [
      ["enforcement of criminal laws involving weapons", "involving"],
      ["enforcement of criminal laws ONLY", "only"],
      ["enforcement of criminal laws, solely on school grounds", "solely"],
      ["enforcement of criminal laws limited to felonies", "limited to"],
      ["providing advice on safety drills under supervision", "under supervision"],
      ["providing advice on safety drills Under The Supervision of the principal", "under the supervision of"],
      ["providing advice on safety drills under the supervision\nof the principal", "under the supervision of"],
      ["providing advice on safety drills under supervision of the principal", "under supervision of"],
      ["enforcement of criminal laws, except traffic laws", "except"],
      ["enforcement of criminal laws excluding traffic laws", "excluding"],
      ["enforcement of criminal laws, provided that the principal agrees", "provided that"],
      ["enforcement of criminal laws, PROVIDED-THAT the principal agrees", "provided that"],
    ];
    for (const [text, qualifier] of added) {
      const clause = text.startsWith("providing") ? 4 : 7;
      expect({ text, adds: assessDuty(clause, text).adds }).toEqual({ text, adds: [qualifier] });
    }
  });
  it("does not match inside other words", () => {
    for (const text of ["enforcement of criminal laws, commonly", "enforcement of criminal laws with exceptions noted", "enforcement of criminal laws as provided by statute", "enforcement of criminal laws under the law"]) {
      expect({ text, adds: assessDuty(7, text).adds }).toEqual({ text, adds: [] });
    }
  });
  it("words law.md does not list do not narrow a clause by themselves", () => {
    for (const text of ["enforcement of criminal laws exclusively", "enforcement of criminal laws restricted to felonies", "enforcement of criminal laws unless a parent objects", "enforcement of criminal laws under the direction of the principal", "enforcement of criminal laws as directed by the principal", "enforcement of criminal laws in collaboration with the principal"]) {
      expect({ text, narrowed: isNarrowed(assessDuty(7, text)) }).toEqual({ text, narrowed: false });
    }
  });
  it("compares core words ignoring punctuation and reading \"&\" as \"and\"", () => {
    expect(assessDuty(6, "Educating & advising students & staff on law-enforcement topics.")).toEqual({ clause: 6, lacks: [], adds: [] });
    expect(assessDuty(2, "PROTECTING students, staff & visitors to the school grounds from criminal activity;")).toEqual({ clause: 2, lacks: [], adds: [] });
  });
});

describe("STATUTORY_DUTY_NARROWED on other wordings", () => {
  it("is raised when a core word is dropped", () => {
    const r = determineContract(contract({ duties: dutiesWith(2, "protecting students and staff from criminal activity on school grounds") }), context());
    expect(flag(r, "STATUTORY_DUTY_NARROWED")?.detail).toBe('clause 2: (2) lacks "visitors"');
  });
  it("is raised for each limiting qualifier, matched as whole words in any case", () => {
    for (const text of ["enforcement of criminal laws ONLY", "enforcement of criminal laws, except traffic laws", "providing advice on safety drills under the supervision of the principal", "enforcement of criminal laws limited to felonies", "enforcement of criminal laws provided that the principal agrees"]) {
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
