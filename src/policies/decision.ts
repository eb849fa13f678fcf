/**
 * A policy's answer: allowed or not, and why — the role and the law that give (or withhold) the
 * right, so that an answer can be explained and an audit event can record its legal basis.
 */
export interface Decision {
  allowed: boolean;
  /** Why, in words; for an allowed read of private data, the legal basis recorded in the audit trail. */
  reason: string;
}

export const allow = (reason: string): Decision => ({ allowed: true, reason });
export const deny = (reason: string): Decision => ({ allowed: false, reason });

/** The first allowing decision, else the last refusal (its reason says what was missing). */
export function anyOf(...decisions: Decision[]): Decision {
  return decisions.find((d) => d.allowed) ?? decisions[decisions.length - 1] ?? deny("no rule gives this right");
}
