import { READINGS } from "./readings.ts";
import type { Source } from "./source.ts";

/**
 * The readings in the words a chief or a superintendent reads (docs/decisions/0022): a plain title, the
 * law each one interprets, and the reading itself without the engine's references (its internal
 * numbers, the specification's sections, the contract's option names). The engine's own citations
 * ("Reading A7 (law.md §12)") stay in its answers and traces for developers; a page shows these.
 */
export interface PlainReading {
  /** What the reading decides, as a heading. */
  title: string;
  /** The statute or policy it interprets, cited as the law cites itself. */
  interprets: string;
  /** The reading in plain words. */
  words: string;
}

const SUBD = (s: string) => `Minn. Stat. § 626.8482, subd. ${s}`;

export const PLAIN_READINGS: Record<keyof typeof READINGS, PlainReading> = {
  A1: { title: "When the school year begins for the substitute count", interprets: SUBD("3(d)"), words: "The school year in which a substitute's 60 student contact days are counted runs July 1 to June 30, unless the administrator sets another first day for a district. Edina's \"per year\" is read the same way." },
  A2: { title: "What counts as a student contact day", interprets: SUBD("3(d)"), words: "A student contact day is any date the officer served as a substitute SRO at a school while students were present for instruction, however long. Several schools on one date count once; staff-only days do not count. Days are added up across all the officer's districts and contracts, unless the administrator chooses to count each district separately." },
  A3: { title: "\"Fewer than 60\" days", interprets: SUBD("3(d)"), words: "A substitute is exempt at 59 days or fewer and loses the exemption on the 60th day." },
  A4: { title: "When a substitute takes up the duties", interprets: SUBD("3(a) and 3(d)"), words: "The 60th contact day is the day a substitute takes up the duties. An assignment planned for 60 or more contact days counts from its own first day, and one that runs on into the next school year stays one assignment from that day. The six months to train are available only with the employer's documented decision that it could not provide the course. Going over 60 days in an earlier school year does not carry into the next one." },
  A5: { title: "SROs already serving before September 1, 2025", interprets: SUBD("3(a)"), words: "An SRO who took up the duties before September 1, 2025 without an earlier SRO course had to be trained by September 1, 2025, with no six months' grace. This follows the POST Board's web page, not the statute's own words. The administrator may instead give such an SRO six months from September 1, 2025 when the employer documented that it could not provide the course." },
  A6: { title: "A course on the first day counts", interprets: SUBD("3(a)"), words: "A course completed on the day the duties are taken up counts as completed \"prior to assuming the duties\"." },
  A7: { title: "How the six months are counted", interprets: `${SUBD("3(c)")}, and Minn. Stat. § 645.15`, words: "\"Within six months\" ends on the same date six calendar months after the duties were taken up (or the month's last day when it is shorter). When that day is a Saturday, Sunday or legal holiday, the deadline moves to the next working day, as Minn. Stat. § 645.15 provides, unless the administrator turns this off." },
  A8: { title: "Fixed dates do not move", interprets: `${SUBD("3(b)")}, and Minn. Stat. § 645.15`, words: "The fixed dates in the statute (September 1, 2025 and \"before June 1, 2027\") do not move past a weekend or holiday: Minn. Stat. § 645.15 speaks of periods of time." },
  A9: { title: "Before June 1, 2027, not by June 30", interprets: SUBD("3(b)"), words: "The statute's \"before June 1, 2027\" controls over the POST web page's \"by June 30, 2027\"; a completion or a lapse in June 2027 is flagged for review." },
  A10: { title: "An earlier course for an SRO assigned after September 1, 2025", interprets: SUBD("3(b)"), words: "An officer first assigned after September 1, 2025 who completed a basic SRO course before then may rely on it until May 31, 2027. With the employer's documented decision that it could not provide the course, the later of the two deadlines applies." },
  A11: { title: "Newer School Safety Center and NASRO courses", interprets: SUBD("3(b)"), words: "A School Safety Center or NASRO basic course completed on or after September 1, 2025 is not an earlier course under the exception; it meets the requirement only if the POST Board approved it." },
  A12: { title: "When the POST refresher is due", interprets: "POST model policy IV.G.5", words: "The refresher is due three years after the latest POST-approved SRO course, that day included, without moving past a weekend or holiday. Only POST-approved courses start the three years." },
  A13: { title: "Who owes the refresher", interprets: "POST model policy IV.G.5", words: "The refresher is owed only where the employing agency adopted the POST model policy; a district's policy neither adds nor removes it." },
  A14: { title: "After a missed deadline", interprets: SUBD("3(c)"), words: "After a missed deadline the officer is reported as not meeting the requirement, and clauses (4) and (5) stay not required until the officer is trained. Whether to remove the officer from the school is for people to decide." },
  A15: { title: "One training clock per officer", interprets: SUBD("3(a)"), words: "The training deadline runs from the first time the officer took up SRO duties; a new or returning assignment does not restart it. Service that ended before September 1, 2025 does not count as a first time. The administrator may instead restart the clock with each assignment." },
  A16: { title: "The employer's decision that it could not provide the course", interprets: SUBD("3(c)"), words: "The employer's decision counts only with the date it was made and a reason. The latest decision dated on or before the day the duties were taken up is used; one dated later still gives the six months but is flagged for review." },
  A17: { title: "\"Not required\" is a relief", interprets: SUBD("3(c) and 3(d)"), words: "An untrained officer who is \"not required to perform\" clauses (4) and (5) may still perform them: it is a relief, not a prohibition." },
  A18: { title: "\"Solely\" to enforce school rules", interprets: SUBD("2(c)"), words: "Force or the authority of the office is not used solely for a school rule when a criminal-law or safety reason is recorded. Taking part in school discipline is barred on its own terms; when another reason is recorded it is flagged for review rather than as a violation." },
  A19: { title: "Which rules apply to an incident", interprets: `${SUBD("2(c)")}, and Minn. Stat. § 121A.58`, words: "An incident is judged by the rules in force on its date: the statute's school-rule limits and the SRO prone-restraint rules from March 15, 2024; the ban on prone restraint by district staff from August 1, 2023; the POST policy's rules from the agency's adoption date." },
  A20: { title: "Edina's narrower wording", interprets: "ISD 273 (Edina) SRO policy", words: "Where Edina's policy narrows the statute's duties, tells substitutes to follow \"district policies\", or speaks of an SRO \"employed by the district\", it is flagged: the statute controls." },
  A21: { title: "The POST policy's cross-references", interprets: "POST model policy IV.A and IV.G", words: "A few cross-references in the POST model policy point to the wrong paragraph; they are read as intended (for example, G.1's \"E.2–E.4\" as G.2–G.4)." },
  A22: { title: "\"Reasonably practicable\" steps in an arrest", interprets: "POST model policy IV.F", words: "Whether a step was reasonably practicable is taken from the officer's own record of the arrest; an advisory is raised only when the record says the step was practicable and was not taken." },
  A23: { title: "No refresher for an exempt substitute", interprets: `${SUBD("3(d)")}, and POST model policy IV.G.5`, words: "A substitute exempt from training owes no refresher." },
  A24: { title: "Whose policy decides what", interprets: `${SUBD("6")}, and the adopted SRO policies`, words: "Training, force and arrest rules and the POST contract terms come from the employing agency's policy; what a contract must contain comes from the district's policy; the statute always applies." },
  A25: { title: "The text of the statute applied", interprets: "Minn. Stat. § 626.8482", words: "No 2025 or 2026 amendment of the statute was found; the 2024 text is applied and named in every status. Check the Revisor of Statutes' page before relying on it." },
  A26: { title: "Which days are legal holidays", interprets: "Minn. Stat. § 645.44, subd. 5", words: "Legal holidays are those of Minn. Stat. § 645.44, subd. 5; a fixed-date holiday on a Sunday is also observed the Monday after, and one on a Saturday the Friday before." },
  S13: { title: "When a flag is raised", interprets: "Minn. Stat. § 626.8482 and the adopted SRO policies", words: "Where the law names a duty but not exactly when a lapse is to be flagged, this application follows a documented default; each such flag also cites the law itself." },
};

/** The title and words of a passage as a person reads them: the law's own, or a reading in plain words. */
export function plainPassage(source: Source): { title: string; words: string } {
  if (source.authority !== "reading") return { title: source.cite, words: source.words };
  const entry = Object.entries(READINGS).find(([, r]) => r.cite === source.cite);
  const plain = entry === undefined ? undefined : PLAIN_READINGS[entry[0] as keyof typeof READINGS];
  if (plain === undefined) return { title: "How this application reads the law", words: source.words };
  return { title: `How this application reads ${plain.interprets}: ${plain.title}`, words: plain.words };
}

/** A reading's plain form by its id ("A7"), for the settings that choose between readings. */
export function plainReading(id: string): PlainReading | undefined {
  return Object.hasOwn(PLAIN_READINGS, id) ? PLAIN_READINGS[id as keyof typeof READINGS] : undefined;
}
