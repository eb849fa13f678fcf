/**
 * A passage of law or policy the engine rests a decision on: the citation it prints, the words, and
 * how sure we are of the words (law.md §0–§1: the current official text of parts of § 626.8482 was not
 * retrieved; some rules rest on the adopted policies' restatement or on secondary sources).
 */
export type Authority =
  /** Minnesota Statutes and session laws: bind every officer, whatever the adopted policies. */
  | "statute"
  /** The POST Board model policy as adopted by the employing agency (policies.agency = "POST"). */
  | "POST"
  /** MSBA/MASA model policy 507.5 as adopted by the district (policies.district = "MSBA"). */
  | "MSBA"
  /** ISD 273 (Edina)'s policy (policies.district = "EDINA"). */
  | "EDINA"
  /** The POST Board's own published statements (web pages): guidance to every agency, adopted or not. */
  | "board"
  /** Federal law and guidance (FERPA). */
  | "federal"
  /** A reading this project adopted where the law is ambiguous (law.md §12–§13, docs/decisions). */
  | "reading";

export type TextStatus =
  /** The words were retrieved verbatim from an official or adopted text. */
  | "verbatim"
  /** The statute's words as restated by the adopted policies (the statute's own text not retrieved). */
  | "restated"
  /** A summary or a secondary source; not official text. */
  | "secondary"
  /** A reading adopted by this project, not a text of law. */
  | "reading";

export interface Source {
  /** The citation exactly as responses print it. */
  cite: string;
  authority: Authority;
  text: TextStatus;
  /** The words the rule turns on. */
  words: string;
}
