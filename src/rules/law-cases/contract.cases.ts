/**
 * Law cases for `kind: "contract"` (626.8482 subd. 2, POST IV.A.1 and IV.H.1; law.md §3, §8, A20,
 * §13 STATUTORY_DUTY_NARROWED, §14.3).
 *
 * Duty texts: the statute's clauses (1)–(7) as reproduced verbatim by MSBA 507.5 IV.A.1–7, and
 * ISD 273 (Edina) IV.A.1–7 as printed in policies/isd-273-edina.txt (list punctuation "; and," dropped
 * unless a row says otherwise). law.md §10 row 5 and A20 describe Edina IV.A.3, 4, 5 and 7 as modified;
 * whether a modification raises STATUTORY_DUTY_NARROWED is decided by law.md §13's test alone — the
 * clause's core words, and the listed limiting qualifiers ("involving", "only", "solely", "limited to",
 * "under (the) supervision (of)", "except", "excluding", "provided that"). By that test IV.A.5 ("under
 * supervision of") and IV.A.7 ("involving") narrow their clauses; IV.A.3 and IV.A.4 keep their core words
 * and add no listed qualifier (docs/decisions/0010-long-term-substitute-assumption.md); IV.A.2 ("on school
 * grounds") is a wording change only; IV.A.1 and IV.A.6 are the statute's words.
 */
import type { LawCase } from "./case.ts";

interface Duty {
  clause: number;
  text: string;
}

interface Policies {
  agency: "POST" | null;
  district: "MSBA" | "EDINA" | null;
}

const POST_MSBA: Policies = { agency: "POST", district: "MSBA" };
const NO_AGENCY_MSBA: Policies = { agency: null, district: "MSBA" };

/** 626.8482 subd. 2(a)(1)–(7) = MSBA 507.5 IV.A.1–7. */
const STATUTE: Record<number, string> = {
  1: "fostering a positive school climate through relationship building and open communication",
  2: "protecting students, staff, and visitors to the school grounds from criminal activity",
  3: "serving as a liaison from law enforcement to school officials",
  4: "providing advice on safety drills",
  5: "identifying vulnerabilities in school facilities and safety protocols",
  6: "educating and advising students and staff on law enforcement topics",
  7: "enforcement of criminal laws",
};

/** ISD 273 (Edina) IV.A.1–7. */
const EDINA: Record<number, string> = {
  1: "fostering a positive school climate through relationship building and open communication",
  2: "protecting students, staff, and visitors on school grounds from criminal activity",
  3:
    "serving as a liaison between the Emergency Management & Safety Coordinator and law enforcement to " +
    "facilitate coordinated communication and responses with school officials",
  4:
    "collaborating with the Emergency Management & Safety Coordinator to provide expertise and advice on the " +
    "design and implementation of safety drills tailored to the specific needs of each school environment",
  5:
    "working under supervision of the Emergency Management & Safety Coordinator to conduct comprehensive " +
    "assessments to identify vulnerabilities in school facilities and safety protocols, ensuring alignment " +
    "with district-wide emergency preparedness standards",
  6: "educating and advising students and staff on law enforcement topics",
  7:
    "enforcement of criminal laws involving bodily harm or the threat of bodily harm to another, or in which a " +
    "victim of a crime, or their parent or guardian, is requesting law enforcement assistance. School resource " +
    "officers should collaborate with school administrators for non-violent juvenile status offenses involving " +
    "petty-misdemeanor and misdemeanor infractions occurring on school-owned property or during " +
    "school-sanctioned events.",
};

const CLAUSES = [1, 2, 3, 4, 5, 6, 7];

/** The seven statutory duties, with `replace` overriding the text of some clauses. */
function duties(replace: Record<number, string> = {}): Duty[] {
  return CLAUSES.map((clause) => ({ clause, text: replace[clause] ?? STATUTE[clause] ?? "" }));
}

/** The seven statutory duties without the listed clauses. */
function dutiesWithout(...missing: number[]): Duty[] {
  return duties().filter((d) => !missing.includes(d.clause));
}

const EDINA_DUTIES: Duty[] = CLAUSES.map((clause) => ({ clause, text: EDINA[clause] ?? "" }));

const DATA_PRACTICES = {
  recordsSharedWithAgency: ["directory information", "records disclosed under a health or safety emergency (34 CFR 99.36)"],
  recordsSharedWithSro: ["attendance records needed for safety planning while acting as a school official"],
  purposes: ["school safety and the physical security of students and staff"],
};

/** A contract meeting every POST IV.A.1 and IV.H.1 item; override fields as needed. */
function contract(overrides: Record<string, unknown> = {}, policies: Policies = POST_MSBA, asOf?: string): unknown {
  return {
    kind: "contract",
    ...(asOf === undefined ? {} : { asOf }),
    policies,
    contract: {
      duties: duties(),
      additionalDuties: [],
      attirePolicy: "Standard uniform; plain clothes at school events by mutual agreement.",
      districtSelectionRole: "The superintendent's designee sits on the selection panel and may request reassignment.",
      deescalationResources: "The SRO is briefed each fall on the district crisis team and mediation services.",
      publicNotificationProcess: "The district posts the SRO assignment on each school's website and in the fall newsletter.",
      dataPractices: DATA_PRACTICES,
      ...overrides,
    },
  };
}

const ALL_CONTRACT_FLAGS = [
  "CONTRACT_DUTIES_INCOMPLETE",
  "STATUTORY_DUTY_NARROWED",
  "CONTRACT_ASSIGNS_SCHOOL_DISCIPLINE",
  "CONTRACT_ATTIRE_MISSING",
  "CONTRACT_VETTING_ROLE_MISSING",
  "CONTRACT_DEESCALATION_RESOURCES_MISSING",
  "CONTRACT_PUBLIC_NOTICE_MISSING",
  "CONTRACT_DATA_PRACTICES_MISSING",
];

const POST_ITEMS_NULL = {
  attirePolicy: null,
  districtSelectionRole: null,
  deescalationResources: null,
  publicNotificationProcess: null,
  dataPractices: null,
};

export const contractCases: LawCase[] = [
  // ───────────────────────────── Clean contracts ─────────────────────────────
  {
    id: "CON-01",
    rule: "R-CON-1, R-CON-6, R-CON-7",
    title: "Statutory duties verbatim and every POST item present (no asOf: optional for contracts)",
    request: contract(),
    expect: { flags: [], absentFlags: ALL_CONTRACT_FLAGS },
  },
  {
    id: "CON-02",
    rule: "R-CON-1, §13 STATUTORY_DUTY_NARROWED",
    title: "MSBA IV.A.1–7 as printed, with list punctuation and an asOf: nothing narrowed",
    request: contract(
      {
        duties: CLAUSES.map((clause) => ({
          clause,
          text: `${STATUTE[clause] ?? ""}${clause === 6 ? "; and," : clause === 7 ? "." : ";"}`,
        })),
      },
      POST_MSBA,
      "2026-01-15",
    ),
    expect: { flags: [], absentFlags: ["STATUTORY_DUTY_NARROWED", "CONTRACT_DUTIES_INCOMPLETE"] },
  },
  {
    id: "CON-03",
    rule: "R-CON-6, R-CON-7 (POST agency policy only), A24",
    title: "No POST agency policy: the POST contract items are not required",
    request: contract(POST_ITEMS_NULL, NO_AGENCY_MSBA),
    expect: {
      flags: [],
      absentFlags: [
        "CONTRACT_ATTIRE_MISSING",
        "CONTRACT_VETTING_ROLE_MISSING",
        "CONTRACT_DEESCALATION_RESOURCES_MISSING",
        "CONTRACT_PUBLIC_NOTICE_MISSING",
        "CONTRACT_DATA_PRACTICES_MISSING",
      ],
    },
  },

  // ───────────────────────────── POST IV.A.1.i–iv and IV.H.1 (R-CON-6, R-CON-7) ─────────────────────────────
  {
    id: "CON-04",
    rule: "R-CON-1, R-CON-6, R-CON-7",
    title: "POST agency, every IV.A.1 item and data practices missing",
    request: contract(POST_ITEMS_NULL),
    expect: {
      flags: [
        "CONTRACT_ATTIRE_MISSING",
        "CONTRACT_VETTING_ROLE_MISSING",
        "CONTRACT_DEESCALATION_RESOURCES_MISSING",
        "CONTRACT_PUBLIC_NOTICE_MISSING",
        "CONTRACT_DATA_PRACTICES_MISSING",
      ],
      severities: {
        CONTRACT_ATTIRE_MISSING: "POLICY_VIOLATION",
        CONTRACT_VETTING_ROLE_MISSING: "POLICY_VIOLATION",
        CONTRACT_DEESCALATION_RESOURCES_MISSING: "ADVISORY",
        CONTRACT_PUBLIC_NOTICE_MISSING: "POLICY_VIOLATION",
        CONTRACT_DATA_PRACTICES_MISSING: "POLICY_VIOLATION",
      },
      absentFlags: ["CONTRACT_DUTIES_INCOMPLETE"],
    },
  },
  {
    id: "CON-05",
    rule: "R-CON-6 (i)",
    title: "Attire policy missing",
    request: contract({ attirePolicy: null }),
    expect: { flags: ["CONTRACT_ATTIRE_MISSING"], severities: { CONTRACT_ATTIRE_MISSING: "POLICY_VIOLATION" } },
  },
  {
    id: "CON-06",
    rule: "R-CON-6 (i)",
    title: "Attire policy present but blank",
    request: contract({ attirePolicy: "   " }),
    expect: { flags: ["CONTRACT_ATTIRE_MISSING"] },
  },
  {
    id: "CON-07",
    rule: "R-CON-6 (ii)",
    title: "District's role in selection, vetting and retention not stated",
    request: contract({ districtSelectionRole: "" }),
    expect: { flags: ["CONTRACT_VETTING_ROLE_MISSING"], severities: { CONTRACT_VETTING_ROLE_MISSING: "POLICY_VIOLATION" } },
  },
  {
    id: "CON-08",
    rule: "R-CON-6 (iii) 'should'",
    title: "De-escalation resources not addressed: advisory only",
    request: contract({ deescalationResources: null }),
    expect: {
      flags: ["CONTRACT_DEESCALATION_RESOURCES_MISSING"],
      severities: { CONTRACT_DEESCALATION_RESOURCES_MISSING: "ADVISORY" },
    },
  },
  {
    id: "CON-09",
    rule: "R-CON-6 (iv)",
    title: "No public notification process",
    request: contract({ publicNotificationProcess: null }),
    expect: { flags: ["CONTRACT_PUBLIC_NOTICE_MISSING"], severities: { CONTRACT_PUBLIC_NOTICE_MISSING: "POLICY_VIOLATION" } },
  },
  {
    id: "CON-10",
    rule: "R-CON-7, R-DAT-1",
    title: "Data practices not addressed (null)",
    request: contract({ dataPractices: null }),
    expect: {
      flags: ["CONTRACT_DATA_PRACTICES_MISSING"],
      severities: { CONTRACT_DATA_PRACTICES_MISSING: "POLICY_VIOLATION" },
    },
  },
  {
    id: "CON-11",
    rule: "R-CON-7, R-DAT-1",
    title: "Data practices section lists no shared records at all",
    request: contract({
      dataPractices: { recordsSharedWithAgency: [], recordsSharedWithSro: [], purposes: DATA_PRACTICES.purposes },
    }),
    expect: { flags: ["CONTRACT_DATA_PRACTICES_MISSING"] },
  },
  {
    id: "CON-12",
    rule: "R-CON-7, R-DAT-1",
    title: "Data practices section lists records but no purposes",
    request: contract({ dataPractices: { ...DATA_PRACTICES, purposes: [] } }),
    expect: { flags: ["CONTRACT_DATA_PRACTICES_MISSING"] },
  },

  // ───────────────────────────── Statutory duties (R-CON-1) ─────────────────────────────
  {
    id: "CON-13",
    rule: "R-CON-1",
    title: "Contract omits clause (5), identifying vulnerabilities",
    request: contract({ duties: dutiesWithout(5) }),
    expect: {
      flags: ["CONTRACT_DUTIES_INCOMPLETE"],
      severities: { CONTRACT_DUTIES_INCOMPLETE: "VIOLATION" },
    },
  },
  {
    id: "CON-14",
    rule: "R-CON-1",
    title: "Contract omits clause (7), enforcement of criminal laws (no POST agency policy)",
    request: contract({ duties: dutiesWithout(7), ...POST_ITEMS_NULL }, NO_AGENCY_MSBA),
    expect: { flags: ["CONTRACT_DUTIES_INCOMPLETE"] },
  },

  // ───────────────────────────── Narrowed duties (A20, §13) ─────────────────────────────
  {
    id: "CON-15",
    rule: "R-CON-1, A20",
    title: "Edina IV.A.1–7 in full: narrowed, but every clause is present",
    request: contract({ duties: EDINA_DUTIES }, { agency: "POST", district: "EDINA" }),
    expect: {
      flags: ["STATUTORY_DUTY_NARROWED"],
      severities: { STATUTORY_DUTY_NARROWED: "REVIEW" },
      absentFlags: ["CONTRACT_DUTIES_INCOMPLETE"],
    },
  },
  {
    id: "CON-16",
    rule: "A20, law.md §10 row 5",
    title: "Edina IV.A.2 'on school grounds' alone is wording only: not narrowed",
    request: contract({ duties: duties({ 2: EDINA[2] ?? "" }) }),
    expect: { flags: [], absentFlags: ["STATUTORY_DUTY_NARROWED"] },
  },
  {
    id: "CON-17",
    rule: "A20",
    title: "Edina IV.A.3: liaison 'between the' Coordinator and law enforcement keeps its core words, adds no listed qualifier",
    // "liaison", "law enforcement", "school officials" all present; none of the §13 qualifiers → not narrowed
    request: contract({ duties: duties({ 3: EDINA[3] ?? "" }) }),
    expect: { flags: [], absentFlags: ["STATUTORY_DUTY_NARROWED"] },
  },
  {
    id: "CON-18",
    rule: "A20",
    title: "Edina IV.A.4: 'collaborating with' the Coordinator on safety-drill advice is not a listed qualifier",
    // "advice", "safety drills" present; "collaborating" is not among law.md §13's qualifiers → not narrowed
    request: contract({ duties: duties({ 4: EDINA[4] ?? "" }) }),
    expect: { flags: [], absentFlags: ["STATUTORY_DUTY_NARROWED"] },
  },
  {
    id: "CON-19",
    rule: "A20",
    title: "Edina IV.A.5: vulnerability assessments 'under supervision of' the Coordinator",
    request: contract({ duties: duties({ 5: EDINA[5] ?? "" }) }),
    expect: { flags: ["STATUTORY_DUTY_NARROWED"] },
  },
  {
    id: "CON-20",
    rule: "A20, R-ALT-2",
    title: "Edina IV.A.7: criminal-law enforcement limited to bodily harm or a victim's request",
    request: contract({ duties: duties({ 7: EDINA[7] ?? "" }) }),
    expect: { flags: ["STATUTORY_DUTY_NARROWED"], absentFlags: ["CONTRACT_DUTIES_INCOMPLETE"] },
  },
  {
    id: "CON-21",
    rule: "§13 STATUTORY_DUTY_NARROWED ('only')",
    title: "Clause (7) limited with 'only during school hours'",
    request: contract({ duties: duties({ 7: "enforcement of criminal laws only during school hours" }) }),
    expect: { flags: ["STATUTORY_DUTY_NARROWED"] },
  },
  {
    id: "CON-22",
    rule: "§13 STATUTORY_DUTY_NARROWED ('under supervision of')",
    title: "Clause (4) placed 'under supervision of' the principal",
    request: contract({ duties: duties({ 4: "providing advice on safety drills under supervision of the building principal" }) }),
    expect: { flags: ["STATUTORY_DUTY_NARROWED"] },
  },
  {
    id: "CON-23",
    rule: "§13 STATUTORY_DUTY_NARROWED (core words missing)",
    title: "Clause (6) text lacks the statutory clause's core words",
    request: contract({ duties: duties({ 6: "presenting an annual assembly" }) }),
    expect: { flags: ["STATUTORY_DUTY_NARROWED"], absentFlags: ["CONTRACT_DUTIES_INCOMPLETE"] },
  },
  {
    id: "CON-27",
    rule: "§13 STATUTORY_DUTY_NARROWED ('provided that')",
    title: "Clause (7) made conditional with 'provided that'",
    request: contract({ duties: duties({ 7: "enforcement of criminal laws, Provided that the principal is first consulted" }) }),
    expect: { flags: ["STATUTORY_DUTY_NARROWED"], severities: { STATUTORY_DUTY_NARROWED: "REVIEW" } },
  },
  {
    id: "CON-28",
    rule: "§13 STATUTORY_DUTY_NARROWED ('under the supervision of')",
    title: "Clause (5) placed 'under the supervision of' the facilities director",
    request: contract({ duties: duties({ 5: "identifying vulnerabilities in school facilities and safety protocols under the supervision of the facilities director" }) }),
    expect: { flags: ["STATUTORY_DUTY_NARROWED"] },
  },
  {
    id: "CON-29",
    rule: "§13 STATUTORY_DUTY_NARROWED (qualifiers not on the list)",
    title: "Words law.md does not list ('exclusively', 'unless', 'at the direction of') do not narrow a clause",
    // §13 lists the qualifiers exactly; the core words of (3), (4) and (7) are all present
    request: contract({
      duties: duties({
        3: "serving exclusively as a liaison from law enforcement to school officials",
        4: "providing advice on safety drills at the direction of the principal",
        7: "enforcement of criminal laws unless a parent objects",
      }),
    }),
    expect: { flags: [], absentFlags: ["STATUTORY_DUTY_NARROWED"] },
  },
  {
    id: "CON-30",
    rule: "§13 STATUTORY_DUTY_NARROWED ('&' for 'and')",
    title: "Core words written with '&' and other punctuation match: not narrowed",
    request: contract({
      duties: duties({
        1: "Fostering a positive school-climate through relationship building & open communication.",
        6: "educating & advising students & staff on law-enforcement topics",
      }),
    }),
    expect: { flags: [], absentFlags: ["STATUTORY_DUTY_NARROWED"] },
  },
  {
    id: "CON-24",
    rule: "R-CON-1, A20, A24",
    title: "Edina district, no agency policy, Edina duty texts: narrowed only",
    request: contract({ duties: EDINA_DUTIES, ...POST_ITEMS_NULL }, { agency: null, district: "EDINA" }),
    expect: {
      flags: ["STATUTORY_DUTY_NARROWED"],
      absentFlags: ["CONTRACT_DUTIES_INCOMPLETE", "CONTRACT_ATTIRE_MISSING", "CONTRACT_DATA_PRACTICES_MISSING"],
    },
  },

  // ───────────────────────────── Additional duties (R-CON-2, R-CON-3) ─────────────────────────────
  {
    id: "CON-25",
    rule: "R-CON-2, R-CON-3",
    title: "Additional duty: enforcing the school's tardy and detention policy",
    request: contract({
      additionalDuties: [{ text: "enforce the tardy policy and supervise after-school detention", enforcesSchoolDiscipline: true }],
    }),
    expect: {
      flags: ["CONTRACT_ASSIGNS_SCHOOL_DISCIPLINE"],
      severities: { CONTRACT_ASSIGNS_SCHOOL_DISCIPLINE: "VIOLATION" },
    },
  },
  {
    id: "CON-26",
    rule: "R-CON-2",
    title: "Additional duty that is not school discipline (traffic safety at dismissal)",
    request: contract({
      additionalDuties: [{ text: "traffic safety at the bus loop during dismissal", enforcesSchoolDiscipline: false }],
    }),
    expect: { flags: [], absentFlags: ["CONTRACT_ASSIGNS_SCHOOL_DISCIPLINE"] },
  },
];
