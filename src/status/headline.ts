import type { TrainingResponse } from "../rules/index.ts";

/**
 * One status a chief understands at a glance, and who needs action first — both read off the
 * engine's answer, never decided apart from it (docs/decisions/0006-headline-status.md).
 *
 *   OVERDUE          the statute's deadline passed untrained (NON_COMPLIANT), or the POST refresher is overdue
 *   NEEDS_ATTENTION  otherwise, a VIOLATION or POLICY_VIOLATION flag (certificate, policy review,
 *                    no agency policy, a late completion or refresher): the action is due now
 *   STARTS_UNTRAINED not an SRO today, but an in-scope assignment starts later and the engine, asked
 *                    as of that first day, finds the officer untrained (subd. 3(a): the course comes
 *                    "prior to assuming the duties"; docs/decisions/0011-starts-untrained.md)
 *   DUE_SOON         otherwise, a training deadline (while untrained) or the refresher falls within
 *                    DUE_SOON_DAYS, today included
 *   IN_GRACE         the six months of subd. 3(c) are running
 *   COMPLIANT        trained, or not yet due (legacy window, before the mandate)
 *   EXEMPT           a substitute under 60 student contact days
 *   NOT_AN_SRO       no in-scope SRO assignment on the date
 */
export const HEADLINES = ["OVERDUE", "NEEDS_ATTENTION", "STARTS_UNTRAINED", "DUE_SOON", "IN_GRACE", "COMPLIANT", "EXEMPT", "NOT_AN_SRO"] as const;
export type Headline = (typeof HEADLINES)[number];

export const HEADLINE_LABELS: Record<Headline, string> = {
  OVERDUE: "Overdue",
  NEEDS_ATTENTION: "Needs attention",
  STARTS_UNTRAINED: "Starts untrained",
  DUE_SOON: "Due soon",
  IN_GRACE: "In grace",
  COMPLIANT: "Compliant",
  EXEMPT: "Exempt",
  NOT_AN_SRO: "Not an SRO",
};

/** How far ahead a due date makes an officer "due soon". */
export const DUE_SOON_DAYS = 60;

export interface HeadlineStatus {
  headline: Headline;
  /**
   * 1 = needs action first: the order of HEADLINES, except that an officer starting untrained more
   * than DUE_SOON_DAYS ahead shares the rank of "Due soon" (and, by date, comes after every one of them).
   */
  rank: number;
  /**
   * The date of the action needed: the missed or coming deadline, or the refresher's due date — and
   * for "Needs attention" the date asked itself, because what is needed (a certificate, a policy
   * review, an agency policy) is due now, not at the next deadline (docs/decisions/0022).
   */
  dueOn: string | null;
  /** The headline may change on this date although the engine's answer does not (due-soon window). */
  changesOn: string | null;
  /** A sentence for a reader when the headline needs one (a coming start), else null. */
  explanation: string | null;
}

/**
 * An in-scope assignment that starts after the date asked, and the engine's answer as of its first
 * day (src/status/starts.ts): what the officer will be on the day the duties are assumed.
 */
export interface UpcomingStart {
  startsOn: string;
  answer: TrainingResponse;
}

const PENDING = new Set(["IN_GRACE", "COMPLIANT_LEGACY_WINDOW", "PRE_MANDATE", "DUE_TODAY", "NON_COMPLIANT"]);

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function earliest(...dates: (string | null)[]): string | null {
  const present = dates.filter((d): d is string => d !== null).sort();
  return present[0] ?? null;
}

const rankOf = (headline: Headline): number => HEADLINES.indexOf(headline) + 1;

/** "Dec 15, 2026": a date as a reader writes it (UTC, so the day never shifts). */
export function formatShortDay(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { timeZone: "UTC", year: "numeric", month: "short", day: "numeric" });
}

/**
 * The statuses the engine may give on the first day under which the officer begins without a breach:
 * trained, within the legacy window, an exempt substitute, before the mandate.
 */
const COVERED_AT_START: Partial<Record<TrainingResponse["statuteStatus"], (a: TrainingResponse) => string>> = {
  COMPLIANT: () => "already trained",
  COMPLIANT_LEGACY_WINDOW: (a) => `an earlier SRO course counts until ${a.deadlineEffective === null ? "the legacy deadline" : formatShortDay(a.deadlineEffective)}`,
  SUBSTITUTE_EXEMPT: () => "a substitute planned for fewer than 60 student contact days needs no course yet",
  PRE_MANDATE: () => "before the training requirement takes effect",
};

/**
 * Not an SRO on `today`, with an in-scope assignment starting later (docs/decisions/0011): evaluated
 * as of that first day. Untrained then — on the standard path, or in the six months of an
 * employer-unable decision, or with a deadline already run out in earlier SRO service — the officer
 * "starts untrained", the action due by the first day (or the end of the six months). Covered then,
 * the officer stays "Not an SRO", and the explanation says when and why it is fine.
 */
function upcomingHeadline(upcoming: UpcomingStart, today: string): HeadlineStatus {
  const { startsOn, answer } = upcoming;
  const first = formatShortDay(startsOn);
  const covered = COVERED_AT_START[answer.statuteStatus];
  if (covered !== undefined || answer.statuteStatus === "NOT_APPLICABLE") {
    const why = covered === undefined ? "" : `, ${covered(answer)}`;
    return { headline: "NOT_AN_SRO", rank: rankOf("NOT_AN_SRO"), dueOn: null, changesOn: null, explanation: `Not an SRO yet: starts ${first}${why}.` };
  }
  // IN_GRACE, DUE_TODAY (standard: the deadline is the first day) or NON_COMPLIANT (an earlier clock ran out).
  const grace = answer.statuteStatus === "IN_GRACE" && answer.deadlineEffective !== null && answer.deadlineEffective > startsOn;
  const dueOn = grace ? (answer.deadlineEffective ?? startsOn) : startsOn;
  let explanation: string;
  if (grace) {
    // Subd. 3(c): the review of the employer's policy comes "before assuming the other duties". Whether
    // one is on record is a private record's fact (decision 0007): the sentence states the rule only.
    explanation =
      `Starts untrained on ${first} under the employer's documented decision that it could not provide the course: ` +
      `the course must be completed by ${formatShortDay(dueOn)}, and the officer must review the agency's SRO policy before the first day.`;
  } else {
    const passed = answer.statuteStatus === "NON_COMPLIANT" && answer.deadlineEffective !== null ? ` (the deadline from earlier SRO service, ${formatShortDay(answer.deadlineEffective)}, has passed)` : "";
    explanation = `Starts untrained — training must be completed before the first day, ${first}${passed}.`;
  }
  // Near (the first day within DUE_SOON_DAYS): ahead of "Due soon". Further off: with "Due soon", after
  // all of them by date, until the window opens (changesOn). The first day itself ends the headline:
  // the engine's own answer changes then (its validUntil never passes an assignment's start).
  const opens = addDays(startsOn, -DUE_SOON_DAYS);
  const near = opens <= today;
  return { headline: "STARTS_UNTRAINED", rank: near ? rankOf("STARTS_UNTRAINED") : rankOf("DUE_SOON"), dueOn, changesOn: near ? null : opens, explanation };
}

export function headlineOf(answer: TrainingResponse, today: string, upcoming: UpcomingStart | null = null): HeadlineStatus {
  const trainingDue = PENDING.has(answer.statuteStatus) ? answer.deadlineEffective : null;
  const refresherDue = answer.policyStatus === "N/A" ? null : answer.refresherDue;
  const dueOn = earliest(trainingDue, refresherDue);
  const at = (headline: Headline, changesOn: string | null = null): HeadlineStatus => ({ headline, rank: rankOf(headline), dueOn, changesOn, explanation: null });

  if (answer.statuteStatus === "NOT_APPLICABLE") return upcoming === null || upcoming.startsOn <= today ? at("NOT_AN_SRO") : upcomingHeadline(upcoming, today);
  if (answer.statuteStatus === "NON_COMPLIANT" || answer.policyStatus === "NON_COMPLIANT") return at("OVERDUE");
  if (answer.flags.some((f) => f.severity === "VIOLATION" || f.severity === "POLICY_VIOLATION")) {
    // Due now: the date asked. The headline changes the next day (the action is then due that day),
    // so a cached row is recomputed daily and never shows a stale "now".
    return { headline: "NEEDS_ATTENTION", rank: rankOf("NEEDS_ATTENTION"), dueOn: today, changesOn: addDays(today, 1), explanation: null };
  }
  if (answer.statuteStatus === "SUBSTITUTE_EXEMPT") return at("EXEMPT");
  if (dueOn !== null && dueOn <= addDays(today, DUE_SOON_DAYS)) return at("DUE_SOON");
  const windowOpens = dueOn === null ? null : addDays(dueOn, -DUE_SOON_DAYS);
  return at(answer.statuteStatus === "IN_GRACE" ? "IN_GRACE" : "COMPLIANT", windowOpens);
}

/** Who needs action first: by headline, then the earliest date (longest overdue, soonest due), then name. */
export function compareForAction(
  a: { rank: number; dueOn: string | null; name: string },
  b: { rank: number; dueOn: string | null; name: string },
): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.dueOn !== b.dueOn) return a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn.localeCompare(b.dueOn);
  return a.name.localeCompare(b.name);
}
