import type { Source } from "./source.ts";

function reading(id: string, words: string): Source {
  return { cite: `Reading ${id} (law.md §12)`, authority: "reading", text: "reading", words };
}

/**
 * The readings this project adopted where the law is ambiguous: law.md §12 (A1–A26, each configurable
 * where the contract's `options` says so), §13 (when each flag fires) and the project's own decisions
 * (docs/decisions/). Counsel can overrule the configurable ones per request.
 */
export const READINGS = {
  A1: reading("A1", "The school year for the 60-day substitute count runs July 1 – June 30 (configurable per district: options.schoolYearStartMonthDay). Edina's \"/year\" is read the same way."),
  A2: reading("A2", "A student contact day is any date the officer served as a substitute SRO at a school while students were present for instruction, however long; several schools on one date count once; staff-only days count zero. Days are aggregated across all districts and contracts of the officer (options.substituteCountScope \"DISTRICT\" counts each district separately)."),
  A3: reading("A3", "\"Fewer than 60\": a substitute is exempt at 59 days or fewer and loses the exemption on reaching the 60th day."),
  A4: reading("A4", "The 60th day is the substitute's date of assuming the duties; an assignment planned for 60 or more contact days is an assumption on its own first day, and one that runs on across school years is one continuous assumption from that day, never re-based at a school-year boundary (only the counted 60th day resets). The six-month period is available only with a documented employer-unable decision. A prior school year's overrun does not carry into the next school year."),
  A5: reading("A5", "An SRO who assumed duties before September 1, 2025 without a legacy course had to be trained by September 1, 2025 (inclusive, no grace) — the POST Board's web-page reading, not the statute's words. options.incumbentGrace gives a documented employer-unable incumbent six months from September 1, 2025."),
  A6: reading("A6", "A course completed on the day duties are assumed is \"prior to assuming the duties\"."),
  A7: reading("A7", "\"Within six months\" = the assumption date plus six calendar months (clamped to the month's last day), and the last day rolls past a Saturday, Sunday or legal holiday under § 645.15 (options.roll645_15)."),
  A8: reading("A8", "Fixed calendar dates in the statute (September 1, 2025; before June 1, 2027) do not roll under § 645.15, which speaks of periods of time."),
  A9: reading("A9", "The statute's \"before June 1, 2027\" controls over the POST web page's \"by June 30, 2027\"; completion or non-compliance inside June 2027 is flagged for review."),
  A10: reading("A10", "The legacy exception reaches officers first assigned after September 1, 2025 who hold a pre-September 2025 basic course, until it is spent on May 31, 2027; with a documented employer-unable decision the later of the two deadlines applies (a tie keeps the legacy path)."),
  A11: reading("A11", "A School Safety Center or NASRO basic course completed on or after September 1, 2025 is not a legacy course; it satisfies the mandate only if POST-approved."),
  A12: reading("A12", "The POST refresher runs on a rolling three years from the latest POST-approved SRO course, due date inclusive, without a § 645.15 roll; only POST-approved courses start the clock."),
  A13: reading("A13", "The refresher duty exists only where the employing agency adopted the POST model policy (IV.G.5); a district's silence neither adds nor removes it."),
  A14: reading("A14", "After a missed deadline the engine reports non-compliance; the clause (4)/(5) relief continues until the officer is trained. Removal is for people to decide."),
  A15: reading("A15", "The training clock runs per officer from the first assumption of duties; a new or returning assignment does not restart it; service that ended before September 1, 2025 is not a first assumption for the mandate (options.clockScope \"ASSIGNMENT\" restarts it with each assignment)."),
  A16: reading("A16", "An employer-unable decision counts only with a decision date and a reason; the latest decision dated on or before the assumption date is used; one dated after it still gives the six months but is flagged for review."),
  A17: reading("A17", "\"Not required to perform\" clauses (4) and (5) is a relief, not a prohibition."),
  A18: reading("A18", "\"Solely\": force or authority is not used solely for school rules when a criminal-law or safety basis is recorded; the bar on participating in school discipline is independent of \"solely\" (review, not violation, when another basis is recorded)."),
  A19: reading("A19", "Incident rules are keyed by the incident date: § 626.8482, subd. 2(c) and the SRO prone-restraint rules from March 15, 2024; § 121A.58, subd. 2a for district staff from August 1, 2023 (assumed); POST-policy rules from the agency's adoption date."),
  A20: reading("A20", "Edina's narrowed duty clauses, its \"district policies\" wording for substitutes and its \"employed by the district\" are flagged; the statute controls."),
  A21: reading("A21", "POST's cross-references are read as intended: G.1's \"E.2–E.4\" as G.2–G.4, G.2's \"E.1\" as G.1, IV.A.2's \"paragraph IV.A\" as subd. 2(a)."),
  A22: reading("A22", "\"Reasonably practicable\" is taken from the officer's own record (arrest.avoidable, arrest.nonCommunalPracticable, arrest.notifyPracticable); an advisory is raised only when the record says the step was practicable and was not taken."),
  A23: reading("A23", "An exempt substitute has no refresher duty."),
  A24: reading("A24", "Training, force and arrest rules and the POST contract items come from the employing agency's policy; the contract-must-meet-policy and duty-list provisions come from the district's policy; the statute always applies."),
  A25: reading("A25", "No 2025 or 2026 amendment of § 626.8482 was found; the engine applies the 2024 text as retrieved and names it in every answer (lawVersion). Re-check the Revisor's page before relying on it."),
  A26: reading("A26", "Legal holidays are those of Minn. Stat. § 645.44, subd. 5, with a fixed-date holiday on a Sunday also observed the Monday after and on a Saturday the Friday before."),
  S13: {
    cite: "law.md §13 (when flags fire)",
    authority: "reading",
    text: "reading",
    words: "Where the rules name a flag but not exactly when it fires, the project's engineering defaults in law.md §13 apply; each is a reading beside the law's own citation.",
  },
} as const satisfies Record<string, Source>;
