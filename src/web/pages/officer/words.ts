import type { TrainingAnswer } from "./model.ts";

/**
 * The engine's codes in the words a chief reads (issue 11 item 4): never "non compliant", "pre
 * mandate" or "incumbent". The codes are the API's; only their words live here.
 */
export const STATUTE_WORDS: Record<string, string> = {
  NOT_APPLICABLE: "Not required: not serving as a school resource officer on this date",
  PRE_MANDATE: "Not yet required: the training requirement had not taken effect",
  DUE_TODAY: "Due today: the course must be completed today",
  COMPLIANT: "Met: the training course is completed",
  COMPLIANT_LEGACY_WINDOW: "Met for now by an earlier SRO course; the required training is still due",
  IN_GRACE: "Within the six months allowed to complete the course",
  SUBSTITUTE_EXEMPT: "Not required: a substitute with fewer than 60 student contact days this school year",
  NON_COMPLIANT: "Not met: the deadline passed without the course",
};

export const POLICY_WORDS: Record<string, string> = {
  COMPLIANT: "Met",
  NON_COMPLIANT: "Not met: the three-year refresher is overdue",
  "N/A": "No refresher duty (the agency's adopted policy does not ask for one, or the officer is exempt)",
};

export const PATH_WORDS: Record<string, string> = {
  STANDARD: "Trained before taking up the duties (the usual rule)",
  GRACE: "Six months to train, because the employer documented that it could not provide the course",
  LEGACY: "An SRO course completed before September 1, 2025, which counts until the required training",
  INCUMBENT: "Already serving as an SRO before September 1, 2025",
  SUBSTITUTE: "Substitute SRO",
};

/** The engine's step names as a reader's questions. */
export const STEP_WORDS: Record<string, string> = {
  scope: "Serving as an SRO on this date",
  role: "Regular or substitute",
  substituteContactDays: "Student contact days as a substitute this school year",
  assumedDutiesOn: "Took up the duties on",
  qualifyingCourse: "First POST-approved SRO course",
  path: "Which rule sets the deadline",
  deadline: "Training deadline",
  status: "Training under the statute",
  notRequiredDuties: "Duties not yet required",
  policyReview: "Agency's SRO policy to be reviewed by",
  certificate: "Certificate to keep: of the course completed on",
  refresher: "POST refresher due",
};

/** The codes a step may give as its value. */
const VALUE_WORDS: Record<string, string> = {
  ...PATH_WORDS,
  ...STATUTE_WORDS,
  IN_SCOPE: "Yes",
  NOT_APPLICABLE: "No",
  REGULAR: "Regular SRO",
  SUBSTITUTE: "Substitute SRO",
};

/** Words for a code the API sends, or the code's own letters in lower case when a new one arrives. */
export function wordsFor(table: Record<string, string>, code: string): string {
  return table[code] ?? code.toLowerCase().replaceAll("_", " ");
}

export function valueWords(step: string, value: string): string {
  if (step === "path") return wordsFor(PATH_WORDS, value);
  if (step === "status") return wordsFor(STATUTE_WORDS, value);
  return VALUE_WORDS[value] ?? (/^[A-Z0-9_]+$/.test(value) ? value.toLowerCase().replaceAll("_", " ") : value);
}

/** Severities that mean a duty of the statute or of the adopted policy is not met. */
export const BREACHES = new Set(["VIOLATION", "POLICY_VIOLATION"]);

/**
 * The statute line of the summary, never contradicting the flags below it: "met" for the course
 * stays true, and says so, when another duty of the statute (a certificate, a policy review, a late
 * completion) is flagged as not met.
 */
export function statuteLine(answer: TrainingAnswer): string {
  const words = wordsFor(STATUTE_WORDS, answer.statuteStatus);
  const statuteBreach = answer.flags.some((f) => f.severity === "VIOLATION");
  const met = answer.statuteStatus === "COMPLIANT" || answer.statuteStatus === "COMPLIANT_LEGACY_WINDOW";
  return met && statuteBreach ? `${words}; but another duty of the statute is not met (see the flags below)` : words;
}

export function policyLine(answer: TrainingAnswer): string {
  const words = wordsFor(POLICY_WORDS, answer.policyStatus);
  const policyBreach = answer.flags.some((f) => f.severity === "POLICY_VIOLATION");
  return answer.policyStatus === "COMPLIANT" && policyBreach ? `${words} for now; but a duty of the policy was not met on time (see the flags below)` : words;
}
