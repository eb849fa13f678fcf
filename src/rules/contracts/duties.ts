import type { ContractFacts } from "./facts.ts";
import type { Findings } from "./findings.ts";
import { findTerm, words } from "./wording.ts";

/**
 * One core term: the forms any of which shows the term is there (a verb's inflections, a plural).
 * Core terms are the words that give a clause its reach — what the duty is about and whom it serves.
 */
type CoreTerm = string | readonly string[];

interface StatutoryDuty {
  clause: number;
  /** Minn. Stat. § 626.8482, subd. 2(a), the clause's own words. */
  statute: string;
  core: readonly CoreTerm[];
}

/**
 * R-CON-1 — Minn. Stat. § 626.8482, subd. 2(a): "A school resource officer's contractual duties with a
 * school district or charter school shall include: (1) … (7)". Law.md §13 (STATUTORY_DUTY_NARROWED):
 * a duty narrows its clause when it "lacks the statutory clause's core words, or adds a limiting
 * qualifier". Core terms are the clause's objects and beneficiaries, plus the verb where the verb is
 * the duty itself (fostering, protecting, educating, advising, enforcement); generic verbs ("providing",
 * "serving", "identifying") are left out so that a grammatical rewording does not count as narrowing.
 */
export const STATUTORY_DUTIES: readonly StatutoryDuty[] = [
  { clause: 1, statute: "fostering a positive school climate through relationship building and open communication",
    core: [["fostering", "foster", "fosters"], "positive school climate", "relationship building", "open communication"] },
  { clause: 2, statute: "protecting students, staff, and visitors to the school grounds from criminal activity",
    core: [["protecting", "protect", "protects", "protection"], "students", "staff", "visitors", "school grounds", "criminal activity"] },
  { clause: 3, statute: "serving as a liaison from law enforcement to school officials",
    core: ["liaison", "law enforcement", "school officials"] },
  { clause: 4, statute: "providing advice on safety drills",
    core: ["advice", "safety drills"] },
  { clause: 5, statute: "identifying vulnerabilities in school facilities and safety protocols",
    core: ["vulnerabilities", "school facilities", "safety protocols"] },
  { clause: 6, statute: "educating and advising students and staff on law enforcement topics",
    core: [["educating", "educate", "educates", "education"], ["advising", "advise", "advises"], "students", "staff", "law enforcement topics"] },
  { clause: 7, statute: "enforcement of criminal laws",
    core: [["enforcement", "enforcing", "enforce", "enforces"], ["criminal laws", "criminal law"]] },
];

/**
 * Law.md §13 (STATUTORY_DUTY_NARROWED), exactly: a duty narrows its clause when it "adds a limiting
 * qualifier: 'involving', 'only', 'solely', 'limited to', 'under (the) supervision (of)', 'except',
 * 'excluding', 'provided that' (any of these, as whole words, case-insensitive …)". Words in parentheses
 * are optional (wording.ts). No other word narrows a clause by itself; Edina IV.A.3 ("between the") and
 * IV.A.4 ("collaborating with") therefore keep their clauses, while IV.A.5 ("under supervision of") and
 * IV.A.7 ("involving") narrow theirs (docs/decisions/0010-long-term-substitute-assumption.md, which
 * supersedes the longer list of decision 0005 item 10).
 */
export const LIMITING_QUALIFIERS: readonly string[] = [
  "involving", "only", "solely", "limited to", "under (the) supervision (of)", "except", "excluding", "provided that",
];

export interface DutyVerdict {
  clause: number;
  /** Core terms the text lacks (each named by its statutory form). */
  lacks: string[];
  /** Limiting qualifiers the text adds (the words as written). */
  adds: string[];
}

export function assessDuty(clause: number, text: string): DutyVerdict {
  const duty = STATUTORY_DUTIES.find((d) => d.clause === clause);
  const have = words(text);
  const lacks: string[] = [];
  for (const term of duty?.core ?? []) {
    const forms = typeof term === "string" ? [term] : term;
    if (!forms.some((form) => findTerm(have, form) !== null)) lacks.push(forms[0] ?? "");
  }
  const adds: string[] = [];
  for (const q of LIMITING_QUALIFIERS) {
    const found = findTerm(have, q);
    if (found !== null) adds.push(found);
  }
  return { clause, lacks, adds };
}

export function isNarrowed(v: DutyVerdict): boolean {
  return v.lacks.length > 0 || v.adds.length > 0;
}

function explain(v: DutyVerdict): string {
  const parts = [...v.lacks.map((w) => `lacks "${w}"`), ...v.adds.map((w) => `adds "${w}"`)];
  return `(${v.clause}) ${parts.join(", ")}`;
}

function list(ns: readonly number[]): string {
  return `${ns.length === 1 ? "clause" : "clauses"} ${ns.join(", ")}`;
}

export function applyDuties(contract: ContractFacts, f: Findings): void {
  const clauses = STATUTORY_DUTIES.map((d) => d.clause);
  const listed = contract.duties.filter((d) => clauses.includes(d.clause));
  const stray = contract.duties.filter((d) => !clauses.includes(d.clause)).map((d) => d.clause);
  if (stray.length > 0) f.note("dutiesNotInSubd2a", stray.join(", "), "subd. 2(a) has clauses 1 to 7 only; other numbers were not read as statutory duties", ["626.8482/2(a)"]);

  // R-CON-1 — Minn. Stat. § 626.8482, subd. 2(a): the contractual duties "shall include" all seven clauses. A clause listed with
  // no words of its own is incorporated by reference to the statute: present, and not narrowed.
  const missing = clauses.filter((c) => !listed.some((d) => d.clause === c));
  const byReference = clauses.filter((c) => listed.some((d) => d.clause === c && d.text === null));
  f.note("dutyClauses", missing.length === 0 ? "ALL" : `missing ${missing.join(", ")}`, missing.length === 0
    ? `all seven clauses of subd. 2(a) are in the contract${byReference.length > 0 ? ` (${list(byReference)} by reference to the statute)` : ""}`
    : `subd. 2(a) requires every clause; the contract lacks ${list(missing)}`, ["626.8482/2(a)", "123B.02/25", "POST/IV.A", "MSBA/IV.A", "MSBA/II", "EDINA/II"]);
  if (missing.length > 0) f.raise("CONTRACT_DUTIES_INCOMPLETE", `missing ${list(missing)}`);

  // Reading A20 (law.md §12) and law.md §13: a district cannot narrow a "shall include" duty; a text
  // that drops the clause's core words or adds a limiting qualifier is sent for review. When a clause
  // is listed more than once, any narrowed wording counts: it may be read as limiting the others.
  const verdicts = listed.flatMap((d) => (d.text === null ? [] : [assessDuty(d.clause, d.text)])).filter(isNarrowed);
  const narrowed = [...new Set(verdicts.map((v) => v.clause))].sort((a, b) => a - b);
  f.note("dutyNarrowing", narrowed.length === 0 ? "NONE" : narrowed.join(", "), narrowed.length === 0
    ? "every duty's wording keeps its clause's core words and adds no limiting qualifier"
    : verdicts.map(explain).join("; "), ["626.8482/2(a)", "EDINA/IV.A", "A20", "S13"]);
  if (narrowed.length > 0) f.raise("STATUTORY_DUTY_NARROWED", `${list(narrowed)}: ${verdicts.map(explain).join("; ")}`);
}
