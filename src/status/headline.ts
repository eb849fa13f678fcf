import type { TrainingResponse } from "../rules/index.ts";

/**
 * One status a chief understands at a glance, and who needs action first — both read off the
 * engine's answer, never decided apart from it (docs/decisions/0006-headline-status.md).
 *
 *   OVERDUE          the statute's deadline passed untrained (NON_COMPLIANT), or the POST refresher is overdue
 *   NEEDS_ATTENTION  otherwise, a VIOLATION or POLICY_VIOLATION flag (certificate, policy review,
 *                    no agency policy, a late completion or refresher)
 *   DUE_SOON         otherwise, a training deadline (while untrained) or the refresher falls within
 *                    DUE_SOON_DAYS, today included
 *   IN_GRACE         the six months of subd. 3(c) are running
 *   COMPLIANT        trained, or not yet due (legacy window, before the mandate)
 *   EXEMPT           a substitute under 60 student contact days
 *   NOT_AN_SRO       no in-scope SRO assignment on the date
 */
export const HEADLINES = ["OVERDUE", "NEEDS_ATTENTION", "DUE_SOON", "IN_GRACE", "COMPLIANT", "EXEMPT", "NOT_AN_SRO"] as const;
export type Headline = (typeof HEADLINES)[number];

export const HEADLINE_LABELS: Record<Headline, string> = {
  OVERDUE: "Overdue",
  NEEDS_ATTENTION: "Needs attention",
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
  /** 1 = needs action first (the order of HEADLINES). */
  rank: number;
  /** The date the action is about: the missed or coming deadline, or the refresher's due date. */
  dueOn: string | null;
  /** The headline may change on this date although the engine's answer does not (due-soon window). */
  changesOn: string | null;
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

export function headlineOf(answer: TrainingResponse, today: string): HeadlineStatus {
  const trainingDue = PENDING.has(answer.statuteStatus) ? answer.deadlineEffective : null;
  const refresherDue = answer.policyStatus === "N/A" ? null : answer.refresherDue;
  const dueOn = earliest(trainingDue, refresherDue);
  const at = (headline: Headline, changesOn: string | null = null): HeadlineStatus => ({ headline, rank: HEADLINES.indexOf(headline) + 1, dueOn, changesOn });

  if (answer.statuteStatus === "NOT_APPLICABLE") return at("NOT_AN_SRO");
  if (answer.statuteStatus === "NON_COMPLIANT" || answer.policyStatus === "NON_COMPLIANT") return at("OVERDUE");
  if (answer.flags.some((f) => f.severity === "VIOLATION" || f.severity === "POLICY_VIOLATION")) return at("NEEDS_ATTENTION");
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
