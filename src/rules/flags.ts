import type { SourceId } from "./sources/index.ts";

/**
 * The flag catalogue: law.md §14, one row per code. A code never changes meaning once released; a
 * new situation gets a new code (engine-contract.md §3). Severity is part of the interface: each row
 * gives the usual severity, and the few that depend on the case say when they differ (`otherwise`).
 */
export type Severity = "VIOLATION" | "POLICY_VIOLATION" | "ADVISORY" | "REVIEW" | "INFO";

export type FlagKind = "training" | "incident" | "contract";

export interface FlagDefinition {
  kind: FlagKind;
  severity: Severity;
  /** When the severity differs from `severity`, and to what (law.md §13–§14). */
  otherwise?: { severity: Severity; when: string };
  /** The rule ids of law.md (R-…, A…). */
  rule: string;
  /** law.md §14's "raised when", in words. */
  raisedWhen: string;
  /** What a person reads. */
  message: string;
  sources: readonly SourceId[];
}

function training(d: Omit<FlagDefinition, "kind">): FlagDefinition {
  return { kind: "training", ...d };
}
function incident(d: Omit<FlagDefinition, "kind">): FlagDefinition {
  return { kind: "incident", ...d };
}
function contract(d: Omit<FlagDefinition, "kind">): FlagDefinition {
  return { kind: "contract", ...d };
}

const SUBD_3A = ["626.8482/3(a)", "POST/IV.G.1", "MSBA/V.A", "EDINA/V.A"] as const;
const SUBD_3B = ["626.8482/3(b)", "POST/IV.G.2", "MSBA/V.B", "EDINA/V.B"] as const;
const SUBD_3C = ["626.8482/3(c)", "POST/IV.G.3", "MSBA/V.C", "EDINA/V.C"] as const;
const SUBD_3D = ["626.8482/3(d)", "POST/IV.G.4", "MSBA/V.D", "EDINA/V.D"] as const;
const CERTIFICATE = ["626.8482/certificate", "POST/IV.G.6", "MSBA/V.E", "EDINA/V.E"] as const;
const SUBD_2C = ["626.8482/2(c)", "MSBA/IV.C", "EDINA/IV.B"] as const;

export const FLAGS = {
  // ── 14.1 Training ────────────────────────────────────────────────────────────────────────────
  ASSIGNMENT_ENDED: training({
    severity: "INFO", rule: "R-APP-1",
    raisedWhen: "NOT_APPLICABLE because every in-scope assignment begun by the as-of date ended before it",
    message: "Not a school resource officer on this date: every in-scope assignment has ended.",
    sources: ["626.8482/1(c)"],
  }),
  AGENCY_SRO_POLICY_MISSING: training({
    severity: "VIOLATION", rule: "R-REC-3",
    raisedWhen: "the officer is in scope and the employing agency has no adopted SRO policy on file",
    message: "The employing agency has no SRO policy on file; an agency with SROs must adopt one identical or substantially similar to the POST model.",
    sources: ["626.8482/6", "POST/web-model-policies", "S13"],
  }),
  LEGACY_COURSE_TOO_LATE: training({
    severity: "INFO", rule: "A11",
    raisedWhen: "an SSC or NASRO basic course dated 2025-09-01 or later, not POST-approved",
    message: "A School Safety Center or NASRO basic course completed on or after September 1, 2025 is not a legacy course, and it is not POST-approved, so it does not satisfy the mandate.",
    sources: ["626.8482/3(b)", "A11"],
  }),
  EMPLOYER_UNABLE_UNDOCUMENTED: training({
    severity: "REVIEW", rule: "A16",
    raisedWhen: "an employer-unable entry lacks a decision date or a reason",
    message: "An employer-unable decision lacks a decision date or a reason, so it was not used.",
    sources: ["626.8482/3(c)", "A16"],
  }),
  SUB_EXEMPT: training({
    severity: "INFO", rule: "R-SUB-1, R-SUB-2",
    raisedWhen: "status SUBSTITUTE_EXEMPT",
    message: "Substitute with fewer than 60 student contact days this school year: training and clauses (4) and (5) are not required; the agency's SRO policy must still be reviewed and followed.",
    sources: [...SUBD_3D, "A2", "A3"],
  }),
  SUB_THRESHOLD_REACHED: training({
    severity: "INFO", otherwise: { severity: "VIOLATION", when: "the status is NON_COMPLIANT" }, rule: "R-SUB-2, A3",
    raisedWhen: "a substitute's distinct contact days in the school year reach 60",
    message: "The substitute reached 60 student contact days this school year: the exemption ended on the 60th day, which counts as assuming the duties.",
    sources: ["626.8482/3(d)", "626.8482/3(a)", "A3", "A4", "S13"],
  }),
  SUB_PLANNED_OVER_THRESHOLD: training({
    severity: "INFO", rule: "A4",
    raisedWhen: "a substitute assignment planned for 60 or more contact days, not ended before the school year began, sets the assumption date: its own first day",
    message: "The substitute assignment is planned for 60 or more student contact days: it counts as assuming the duties on its first day, even when that day was in an earlier school year.",
    sources: ["626.8482/3(d)", "A4", "A15"],
  }),
  SUB_AGGREGATION_ASSUMED: training({
    severity: "REVIEW", rule: "A2",
    raisedWhen: "a substitute's counted contact days span more than one district (OFFICER count scope)",
    message: "Student contact days in more than one district were added together for the 60-day count.",
    sources: ["626.8482/3(d)", "A2"],
  }),
  SCHOOL_YEAR_BOUNDARY_ASSUMED: training({
    severity: "REVIEW", rule: "A1",
    raisedWhen: "a substitute has contact days in a previous school year, or counted days in June–August",
    message: "The 60-day count depends on where the school year begins; the configured boundary was assumed.",
    sources: ["626.8482/3(d)", "A1", "S13"],
  }),
  PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED: training({
    severity: "REVIEW", rule: "A4",
    raisedWhen: "the previous school year reached 60 contact days and there is still no qualifying completion",
    message: "Last school year this substitute reached 60 student contact days and is still untrained; the count has reset, but the earlier lapse deserves a look.",
    sources: ["626.8482/3(d)", "A4", "S13"],
  }),
  EDINA_SUB_POLICY_WORDING: training({
    severity: "INFO", rule: "A20",
    raisedWhen: "status SUBSTITUTE_EXEMPT and district policy EDINA",
    message: "Edina's policy says substitutes \"must follow district policies\"; the statute requires review of the employing agency's SRO policy, which still applies.",
    sources: ["EDINA/V.D", "626.8482/3(d)", "A20"],
  }),
  LEGACY_PATH: training({
    severity: "INFO", rule: "R-TRN-2",
    raisedWhen: "path LEGACY",
    message: "A basic SRO course completed before September 1, 2025: the mandated training is due before June 1, 2027.",
    sources: SUBD_3B,
  }),
  LEGACY_NEW_ASSIGNEE: training({
    severity: "REVIEW", rule: "A10",
    raisedWhen: "path LEGACY and duties assumed on or after 2025-09-01",
    message: "A new SRO relies on an older basic course; the literal text allows it until May 31, 2027, but the purpose could be read otherwise.",
    sources: ["626.8482/3(b)", "A10"],
  }),
  LEGACY_WINDOW_CLOSED: training({
    severity: "INFO", rule: "A10",
    raisedWhen: "a legacy course and duties assumed after 2027-05-31",
    message: "The legacy exception ended on May 31, 2027; the older basic course no longer postpones the training.",
    sources: ["626.8482/3(b)", "A10"],
  }),
  INCUMBENT_DEADLINE_ASSUMED: training({
    severity: "REVIEW", rule: "A5",
    raisedWhen: "path INCUMBENT and the officer is untrained or was trained on or after 2025-09-01",
    message: "This SRO served before September 1, 2025; the deadline of September 1, 2025 comes from the POST Board's web page, not the statute's words.",
    sources: ["626.8482/3(a)", "POST/web-MLO", "A5", "S13"],
  }),
  INCUMBENT_GRACE_AMBIGUOUS: training({
    severity: "REVIEW", rule: "A5",
    raisedWhen: "path INCUMBENT, employer-unable documented, option incumbentGrace off",
    message: "An employer-unable decision is on file for an incumbent; whether the six-month period applies to incumbents is unsettled (option incumbentGrace).",
    sources: ["626.8482/3(c)", "A5"],
  }),
  EMPLOYER_UNABLE_NOT_USED: training({
    severity: "INFO", rule: "R-TRN-3",
    raisedWhen: "employer-unable documented and path STANDARD or LEGACY",
    message: "An employer-unable decision is on file but does not apply: subd. 3(c) applies only when the course was not provided before duties were assumed.",
    sources: ["626.8482/3(c)"],
  }),
  EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION: training({
    severity: "REVIEW", rule: "A16",
    raisedWhen: "path GRACE on a decision dated after the assumption date",
    message: "The employer-unable decision is dated after duties were assumed; subd. 3(c) speaks of inability before assuming them.",
    sources: ["626.8482/3(c)", "A16"],
  }),
  DEADLINE_ROLLED_645_15: training({
    severity: "INFO", rule: "A7",
    raisedWhen: "the effective deadline differs from the nominal one",
    message: "The six months end on a weekend or legal holiday, so the deadline rolls to the next business day (Minn. Stat. § 645.15).",
    sources: ["645.15", "645.44/5", "A7"],
  }),
  FIXED_DATE_ON_LEGAL_HOLIDAY: training({
    severity: "INFO", rule: "A8",
    raisedWhen: "the deadline is 2025-09-01 or 2027-05-31, a legal holiday, and no qualifying completion before it",
    message: "The fixed statutory date is a legal holiday; fixed dates do not roll under § 645.15.",
    sources: ["645.15", "645.44/5", "A8", "S13"],
  }),
  CLOCK_NOT_RESET_ON_REASSIGNMENT: training({
    severity: "REVIEW", rule: "A15",
    raisedWhen: "path GRACE and an in-scope assignment begun after the six months started",
    message: "A later assignment did not restart the six months: the clock runs from the first assumption of duties.",
    sources: ["626.8482/3(c)", "A15"],
  }),
  EDINA_TEXT_OMITS_SUBD3C_DUTIES: training({
    severity: "INFO", rule: "A20",
    raisedWhen: "path GRACE and district policy EDINA",
    message: "Edina's policy omits the clause (4)/(5) relief and the policy-review duty of subd. 3(c); the statute still applies.",
    sources: ["EDINA/V.C", "626.8482/3(c)", "A20"],
  }),
  DUE_TODAY: training({
    severity: "INFO", rule: "R-TRN-1, §4.3",
    raisedWhen: "no qualifying completion and the as-of date is the deadline",
    message: "The training deadline is today.",
    sources: ["626.8482/3(a)"],
  }),
  GRACE_PERIOD_ACTIVE: training({
    severity: "INFO", rule: "R-TRN-3",
    raisedWhen: "status IN_GRACE",
    message: "Training is due within six months of assuming duties; clauses (4) and (5) are not required until then.",
    sources: SUBD_3C,
  }),
  TRAINING_REQUIRED_BEFORE_ASSUMPTION: training({
    severity: "VIOLATION", rule: "R-TRN-1",
    raisedWhen: "path STANDARD, no qualifying completion, after the deadline",
    message: "The SRO assumed duties without the required training course.",
    sources: SUBD_3A,
  }),
  GRACE_EXPIRED: training({
    severity: "VIOLATION", rule: "R-TRN-3",
    raisedWhen: "path GRACE, no qualifying completion, after the deadline",
    message: "The six months to complete the training have passed without a qualifying course.",
    sources: SUBD_3C,
  }),
  LEGACY_DEADLINE_MISSED: training({
    severity: "VIOLATION", rule: "R-TRN-2",
    raisedWhen: "path LEGACY, no qualifying completion, after 2027-05-31",
    message: "The mandated training was not completed before June 1, 2027.",
    sources: SUBD_3B,
  }),
  INCUMBENT_DEADLINE_MISSED: training({
    severity: "REVIEW", rule: "A5",
    raisedWhen: "path INCUMBENT, no qualifying completion, after 2025-09-01",
    message: "This SRO, serving since before September 1, 2025, has no qualifying course; under the POST Board's reading it was due by September 1, 2025.",
    sources: ["626.8482/3(a)", "POST/web-MLO", "A5"],
  }),
  LATE_COMPLETION: training({
    severity: "VIOLATION", otherwise: { severity: "REVIEW", when: "the path is INCUMBENT" }, rule: "R-TRN-1, R-TRN-2, R-TRN-3",
    raisedWhen: "the first qualifying completion is after the deadline",
    message: "The training was completed after the deadline.",
    sources: ["626.8482/3(a)", "626.8482/3(b)", "626.8482/3(c)"],
  }),
  SAME_DAY_COMPLETION: training({
    severity: "INFO", rule: "A6",
    raisedWhen: "the first qualifying completion is the day duties were assumed (STANDARD path)",
    message: "The course was completed on the day duties were assumed; that is read as prior to assuming them.",
    sources: ["626.8482/3(a)", "A6"],
  }),
  POST_WEB_DATE_CONFLICT: training({
    severity: "REVIEW", rule: "A9",
    raisedWhen: "path LEGACY and completion, or non-compliance, in 2027-06-01..2027-06-30",
    message: "The POST Board's web page says \"by June 30, 2027\"; the statute says \"before June 1, 2027\", which the engine applies.",
    sources: ["626.8482/3(b)", "POST/web-MLO", "A9"],
  }),
  POLICY_REVIEW_MISSING: training({
    severity: "VIOLATION", rule: "R-REC-2, R-SUB-3",
    raisedWhen: "a review is required (GRACE path or substitute service) and no review of the agency's SRO policy is dated on or before the review date",
    message: "No review of the employing agency's SRO policy is recorded before the officer began serving.",
    sources: ["626.8482/3(c)", "626.8482/3(d)", "POST/IV.G.3", "POST/IV.G.4", "MSBA/V.C", "MSBA/V.D", "S13"],
  }),
  CERTIFICATE_MISSING: training({
    severity: "VIOLATION", rule: "R-REC-1",
    raisedWhen: "a qualifying completion and no certificate on file",
    message: "The chief law enforcement officer holds no training certificate for this officer.",
    sources: CERTIFICATE,
  }),
  CERTIFICATE_NOT_MOST_RECENT: training({
    severity: "VIOLATION", rule: "R-REC-1",
    raisedWhen: "the certificate on file predates the latest qualifying completion",
    message: "The certificate on file is not the most recent one.",
    sources: CERTIFICATE,
  }),
  REFRESHER_DUE_TODAY: training({
    severity: "INFO", rule: "R-REF-2",
    raisedWhen: "agency POST, not exempt, the refresher is due today",
    message: "The three-year refresher is due today.",
    sources: ["POST/IV.G.5", "A12"],
  }),
  REFRESHER_OVERDUE: training({
    severity: "POLICY_VIOLATION", rule: "R-REF-1, R-REF-2",
    raisedWhen: "agency POST, not exempt, after the refresher due date",
    message: "The three-year refresher required by the agency's POST policy is overdue.",
    sources: ["POST/IV.G.5", "A12"],
  }),
  REFRESHER_LATE: training({
    severity: "POLICY_VIOLATION", rule: "R-REF-2",
    raisedWhen: "agency POST, not exempt, a qualifying course completed after the refresher due date then in force",
    message: "A refresher was completed after it was due.",
    sources: ["POST/IV.G.5", "A12"],
  }),
  POST_MLO_REFRESHER_INFO: training({
    severity: "INFO", rule: "A13",
    raisedWhen: "agency not POST, not exempt, and a qualifying completion",
    message: "The agency has not adopted the POST model policy, so its three-year refresher does not apply; the POST Board lists the SRO objective \"Every 3 Years\".",
    sources: ["POST/web-MLO", "A13"],
  }),

  // ── 14.2 Incident ────────────────────────────────────────────────────────────────────────────
  PRE_STATUTE_INCIDENT: incident({
    severity: "REVIEW", rule: "A19",
    raisedWhen: "an SRO incident before 2024-03-15, or a school-staff prone restraint or listed hold before 2023-08-01",
    message: "The incident predates the rule that would apply to it; the rule was not applied.",
    sources: ["laws-2024-ch78", "A19", "S13"],
  }),
  SCHOOL_RULE_FORCE: incident({
    severity: "VIOLATION", rule: "R-UOF-1",
    raisedWhen: "SRO force with a school-rule basis and neither a criminal nor a safety basis (on or after 2024-03-15)",
    message: "Force was used solely to enforce a school rule.",
    sources: [...SUBD_2C, "POST/IV.E.2.i"],
  }),
  SCHOOL_RULE_AUTHORITY: incident({
    severity: "VIOLATION", rule: "R-UOF-1",
    raisedWhen: "the authority of office used for a school rule with no criminal or safety basis (on or after 2024-03-15)",
    message: "The authority of the office was used solely to enforce a school rule.",
    sources: SUBD_2C,
  }),
  DISCIPLINE_PARTICIPATION: incident({
    severity: "VIOLATION", otherwise: { severity: "REVIEW", when: "a criminal or safety basis is also recorded" }, rule: "R-UOF-2, A18",
    raisedWhen: "the SRO participated in enforcing school discipline (on or after 2024-03-15)",
    message: "The SRO participated in the enforcement of discipline for a school-rule violation.",
    sources: [...SUBD_2C, "A18"],
  }),
  FORCE_BASIS_MISSING: incident({
    severity: "REVIEW", rule: "R-UOF-3",
    raisedWhen: "SRO force with no criminal, safety or school-rule basis recorded",
    message: "The record does not show what the force was for.",
    sources: ["626.8482/2(c)", "POST/IV.E.2.i", "S13"],
  }),
  CONSIDER_SCHOOL_REFERRAL: incident({
    severity: "ADVISORY", rule: "R-ALT-1",
    raisedWhen: "SRO, POST in force, criminal and school-rule basis, school referral not considered",
    message: "The incident also broke a school rule: referral to school authorities in lieu of criminal referral should be considered.",
    sources: ["POST/II", "POST/IV.E.4"],
  }),
  CONSIDER_ALTERNATIVES: incident({
    severity: "ADVISORY", rule: "R-ALT-1",
    raisedWhen: "SRO, POST in force, a criminal basis, offense, citation or custodial arrest, alternatives not considered",
    message: "Alternatives to formal criminal referral (diversion, restorative justice) should be considered.",
    sources: ["POST/II", "POST/IV.F.1"],
  }),
  EDINA_COLLABORATE_ADMIN: incident({
    severity: "ADVISORY", rule: "R-ALT-2",
    raisedWhen: "district EDINA, SRO, a non-violent petty-misdemeanor or misdemeanor status offense without a victim's request, administrators not consulted",
    message: "Edina's policy asks SROs to collaborate with school administrators on non-violent juvenile status offenses.",
    sources: ["EDINA/IV.A.7"],
  }),
  CUSTODIAL_ARREST_IN_SCHOOL_EXIGENT: incident({
    severity: "INFO", rule: "R-ARR-2",
    raisedWhen: "SRO, POST in force, a custodial arrest made because of exigency",
    message: "A custodial arrest in school was made because of exigency or public safety.",
    sources: ["POST/IV.F.2"],
  }),
  CUSTODIAL_ARREST_AVOIDABLE: incident({
    severity: "ADVISORY", rule: "R-ARR-1",
    raisedWhen: "SRO, POST in force, a custodial arrest without exigency that the record calls avoidable",
    message: "Custodial arrests in school should be avoided if reasonably practical.",
    sources: ["POST/IV.F.2", "A22"],
  }),
  ARREST_COMMUNAL_AREA: incident({
    severity: "ADVISORY", rule: "R-ARR-2",
    raisedWhen: "SRO, POST in force, a custodial arrest in a communal area where a non-communal one was practicable",
    message: "The arrest should have been made in a non-communal area away from other students, which was practicable.",
    sources: ["POST/IV.F.2", "A22"],
  }),
  SCHOOL_STAFF_NOT_NOTIFIED: incident({
    severity: "ADVISORY", rule: "R-ARR-3",
    raisedWhen: "SRO, POST in force, a custodial arrest, staff not notified though practicable",
    message: "Appropriate school staff should have been notified before or present at the arrest, which was practicable.",
    sources: ["POST/IV.F.3", "A22"],
  }),
  FORCE_FACTORS_INCOMPLETE: incident({
    severity: "REVIEW", rule: "R-UOF-5",
    raisedWhen: "SRO force, POST in force, any of the fourteen considerations missing or blank",
    message: "Not every POST IV.E.3 consideration is recorded for this use of force.",
    sources: ["POST/IV.E.3"],
  }),
  DISABILITY_CONSIDERATION_MISSING: incident({
    severity: "ADVISORY", rule: "R-UOF-5",
    raisedWhen: "SRO force, POST in force, a known education plan not recorded as considered",
    message: "The student's education plan or accommodations were known but are not recorded as considered.",
    sources: ["POST/IV.E.3", "POST/IV.E.5"],
  }),
  POST_FORCE_CARE_MISSING: incident({
    severity: "POLICY_VIOLATION", rule: "R-UOF-4",
    raisedWhen: "SRO force, POST in force, assessment or aid recorded as not done",
    message: "After the use of force the student's condition was not assessed or aid was not rendered.",
    sources: ["POST/IV.E.2.ii", "626.8482/6"],
  }),
  PRONE_NOT_RESTORED_ASAP: incident({
    severity: "POLICY_VIOLATION", rule: "R-UOF-4",
    raisedWhen: "SRO prone restraint, POST in force, not restored to a non-prone position as soon as possible",
    message: "The student was not restored to a non-prone position as soon as possible.",
    sources: ["POST/IV.E.2.ii"],
  }),
  FORCE_REASONABLENESS_REVIEW: incident({
    severity: "REVIEW", rule: "R-UOF-5",
    raisedWhen: "SRO prone restraint not restored to non-prone (any agency policy)",
    message: "A prone restraint held after it was needed raises the question whether the force stayed reasonable.",
    sources: ["609.06/1", "POST/IV.E.3"],
  }),
  PRONE_RESTRAINT_REVIEW: incident({
    severity: "REVIEW", rule: "R-PRN-1",
    raisedWhen: "SRO prone restraint on or after 2024-03-15",
    message: "Prone restraint by an SRO is not prohibited per se since March 15, 2024, but every use is reviewed against the policy's duty to minimise it.",
    sources: ["626.8482/6", "121A.58/1(b)", "laws-2024-ch78", "A19"],
  }),
  FORCE_RECORD_INCOMPLETE: incident({
    severity: "REVIEW", rule: "R-PRN-1",
    raisedWhen: "SRO prone restraint on or after 2024-03-15 without its duration, restoration, assessment or aid recorded",
    message: "The prone restraint record lacks its duration, restoration, assessment or aid.",
    sources: ["POST/IV.E.2.ii", "626.8482/6", "A19"],
  }),
  HISTORIC_121A58_SRO_COVERED: incident({
    severity: "REVIEW", rule: "R-PRN-2",
    raisedWhen: "SRO prone restraint dated 2023-08-01 through 2024-03-14",
    message: "Between August 1, 2023 and March 14, 2024, § 121A.58 subd. 2a named school resource officers in its prone-restraint ban.",
    sources: ["121A.58/2a", "A19", "S13"],
  }),
  LAW_TEXT_SECONDARY: incident({
    severity: "INFO", rule: "A19",
    raisedWhen: "SRO prone restraint on or after 2023-08-01",
    message: "The § 121A.58 texts behind this determination were retrieved only from secondary or unofficial sources.",
    sources: ["121A.58/2a", "laws-2024-ch78", "A19"],
  }),
  CHOKEHOLD_609_06_3: incident({
    severity: "VIOLATION", otherwise: { severity: "REVIEW", when: "a deadly-force justification is recorded" }, rule: "R-UOF-6, R-PRN-4",
    raisedWhen: "pressure on the neck or throat by a peace officer",
    message: "A choke hold or other pressure on the neck or throat is prohibited unless deadly force is authorized.",
    sources: ["609.06/3", "609.066/2", "626.8482/6"],
  }),
  DEADLY_FORCE_REVIEW: incident({
    severity: "REVIEW", rule: "R-UOF-6",
    raisedWhen: "force by a peace officer with a deadly-force justification recorded",
    message: "A deadly-force justification is recorded; it must meet § 609.066.",
    sources: ["609.066/2"],
  }),
  SCHOOL_STAFF_PRONE_121A58: incident({
    severity: "VIOLATION", rule: "R-PRN-3",
    raisedWhen: "school staff used prone restraint or a listed hold on or after 2023-08-01",
    message: "District employees and agents may not use prone restraint or the holds listed in § 121A.58 subd. 2a; route to the district.",
    sources: ["121A.58/2a"],
  }),
  DISTRICT_HOLD_REPORTING: incident({
    severity: "INFO", rule: "R-PRN-3",
    raisedWhen: "school staff used force on a student with a known education plan",
    message: "The district must report reasonable force used on a student with a disability.",
    sources: ["121A.582/1"],
  }),
  DUTY_TO_INTERCEDE: incident({
    severity: "REVIEW", rule: "R-UOF-7",
    raisedWhen: "an observer saw excessive force and did not intercede",
    message: "An officer who observed excessive force did not intercede.",
    sources: ["626.8475", "POST/IV.E.1"],
  }),
  DUTY_TO_REPORT: incident({
    severity: "REVIEW", rule: "R-UOF-7",
    raisedWhen: "an observer saw excessive force and did not report it",
    message: "An officer who observed excessive force did not report it.",
    sources: ["626.8475", "POST/IV.E.1"],
  }),

  // ── 14.3 Contract ────────────────────────────────────────────────────────────────────────────
  CONTRACT_DUTIES_INCOMPLETE: contract({
    severity: "VIOLATION", rule: "R-CON-1",
    raisedWhen: "a statutory duty clause 1–7 is missing",
    message: "The contract's duties do not include every clause of subd. 2(a).",
    sources: ["626.8482/2(a)", "123B.02/25", "POST/IV.A", "MSBA/IV.A"],
  }),
  STATUTORY_DUTY_NARROWED: contract({
    severity: "REVIEW", rule: "R-CON-1, A20",
    raisedWhen: "a duty lacks the statutory clause's core words or adds a limiting qualifier",
    message: "A duty's wording narrows or re-scopes the statutory clause.",
    sources: ["626.8482/2(a)", "EDINA/IV.A", "A20", "S13"],
  }),
  CONTRACT_ASSIGNS_SCHOOL_DISCIPLINE: contract({
    severity: "VIOLATION", rule: "R-CON-2, R-CON-3",
    raisedWhen: "an additional duty enforces school discipline",
    message: "An additional duty would have the SRO enforce school discipline, which subd. 2(c) forbids.",
    sources: ["626.8482/2(b)", ...SUBD_2C],
  }),
  CONTRACT_ATTIRE_MISSING: contract({
    severity: "POLICY_VIOLATION", rule: "R-CON-6 (i)",
    raisedWhen: "agency POST and no attire policy",
    message: "The contract does not address SRO attire (plain clothes, modified uniforms).",
    sources: ["POST/IV.A.1.i", "626.8482/6"],
  }),
  CONTRACT_VETTING_ROLE_MISSING: contract({
    severity: "POLICY_VIOLATION", rule: "R-CON-6 (ii)",
    raisedWhen: "agency POST and no district role in selection, vetting and retention",
    message: "The contract does not articulate the district's role, if any, in selecting, vetting and retaining the SRO.",
    sources: ["POST/IV.A.1.ii"],
  }),
  CONTRACT_DEESCALATION_RESOURCES_MISSING: contract({
    severity: "ADVISORY", rule: "R-CON-6 (iii)",
    raisedWhen: "agency POST and no de-escalation resources",
    message: "The contract should say how the SRO learns of district de-escalation resources.",
    sources: ["POST/IV.A.1.iii"],
  }),
  CONTRACT_PUBLIC_NOTICE_MISSING: contract({
    severity: "POLICY_VIOLATION", rule: "R-CON-6 (iv)",
    raisedWhen: "agency POST and no public notification process",
    message: "The contract does not establish how the public is told that an SRO is present in the schools.",
    sources: ["POST/IV.A.1.iv"],
  }),
  CONTRACT_DATA_PRACTICES_MISSING: contract({
    severity: "POLICY_VIOLATION", rule: "R-CON-7, R-DAT-1",
    raisedWhen: "agency POST and no data-practices terms, no shared records listed, or no purposes",
    message: "The contract does not identify which education records are shared with the agency and the SRO, and for what purposes.",
    sources: ["POST/IV.H.1"],
  }),
} as const satisfies Record<string, FlagDefinition>;

export type FlagCode = keyof typeof FLAGS;

/** A flag as the engine raises it; turned into the contract's JSON by present.ts. */
export interface RaisedFlag {
  code: FlagCode;
  severity: Severity;
  /** Facts that make the message specific (dates, counts), appended to the catalogue message. */
  detail: string | null;
}
