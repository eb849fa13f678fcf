import type { LawCaseExpectation } from "./case.ts";

/**
 * Compares an engine answer with an expectation, by the conformance rules of engine-contract.md §4:
 * listed fields match exactly; `flags` must be present, `absentFlags` absent; no VIOLATION or
 * POLICY_VIOLATION flag that the expectation does not list. Returns the differences in words (empty
 * when the answer meets the expectation).
 */
const EXACT_FIELDS = [
  "statuteStatus",
  "policyStatus",
  "path",
  "assumedDutiesOn",
  "deadline",
  "deadlineEffective",
  "refresherDue",
  "notRequiredDuties",
  "substituteContactDays",
] as const;

interface AnswerFlag {
  code: string;
  severity: string;
  citations?: unknown;
}

export function differences(answer: unknown, expect: LawCaseExpectation): string[] {
  const problems: string[] = [];
  const a = (answer ?? {}) as Record<string, unknown>;
  if (expect.error !== undefined) {
    const err = a["error"] as { code?: string; path?: string } | undefined;
    if (err === undefined) return [`expected INVALID_REQUEST at ${expect.error.path}, got an answer`];
    if (err.code !== "INVALID_REQUEST") problems.push(`error code ${String(err.code)}`);
    if (err.path !== expect.error.path) problems.push(`error path ${String(err.path)}, expected ${expect.error.path}`);
    return problems;
  }
  if (a["error"] !== undefined) return [`unexpected error ${JSON.stringify(a["error"])}`];
  for (const field of EXACT_FIELDS) {
    if (!(field in expect)) continue;
    const want = JSON.stringify(expect[field]);
    const got = JSON.stringify(a[field]);
    if (want !== got) problems.push(`${field}: got ${got}, expected ${want}`);
  }
  const flags = (a["flags"] as AnswerFlag[] | undefined) ?? [];
  const codes = new Set(flags.map((f) => f.code));
  for (const code of expect.flags ?? []) if (!codes.has(code)) problems.push(`missing flag ${code}`);
  for (const code of expect.absentFlags ?? []) if (codes.has(code)) problems.push(`unexpected flag ${code}`);
  for (const [code, severity] of Object.entries(expect.severities ?? {})) {
    const f = flags.find((x) => x.code === code);
    if (f !== undefined && f.severity !== severity) problems.push(`${code} severity ${f.severity}, expected ${severity}`);
  }
  if (expect.strictViolations !== false) {
    const listed = new Set(expect.flags ?? []);
    for (const f of flags) {
      if ((f.severity === "VIOLATION" || f.severity === "POLICY_VIOLATION") && !listed.has(f.code)) problems.push(`unlisted ${f.severity} flag ${f.code}`);
    }
  }
  for (const f of flags) {
    if (!Array.isArray(f.citations) || f.citations.length === 0) problems.push(`flag ${f.code} has no citation`);
  }
  return problems;
}
