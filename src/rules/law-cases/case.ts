/**
 * One row of the project's own table of law cases (Hono-style: one table, run against every
 * implementation of the engine contract — the `evaluate` module, the `sroc evaluate` CLI, and later the
 * HTTP route).
 *
 * A row states a request in the JSON contract (../shared/domain/engine-contract.md) and what the law
 * (../shared/domain/law.md) requires of the answer. The expectations are written from law.md, never
 * copied from the engine's output, so that the engine cannot pass its own test.
 */
export type Severity = "VIOLATION" | "POLICY_VIOLATION" | "ADVISORY" | "REVIEW" | "INFO";

export interface LawCase {
  /** Stable id, e.g. "TRN-GRACE-03". */
  id: string;
  /** The rule(s) and reading(s) the row pins down, e.g. "R-TRN-3, A7". */
  rule: string;
  /** One line a lawyer can read. */
  title: string;
  /** A request exactly as the engine contract defines it (JSON-serialisable). */
  request: unknown;
  expect: LawCaseExpectation;
}

export interface LawCaseExpectation {
  /** Fields of the response that must match exactly (deep equality). */
  statuteStatus?: string;
  policyStatus?: string;
  path?: string | null;
  assumedDutiesOn?: string | null;
  deadline?: string | null;
  deadlineEffective?: string | null;
  refresherDue?: string | null;
  notRequiredDuties?: number[];
  substituteContactDays?: { schoolYear: string; count: number } | null;
  /** Codes that must be present. */
  flags?: string[];
  /** Codes that must be absent. */
  absentFlags?: string[];
  /** For listed codes, the exact severity the flag must carry. */
  severities?: Record<string, Severity>;
  /**
   * When true (the default), the response may carry no VIOLATION or POLICY_VIOLATION flag that
   * `flags` does not list (the conformance rule of engine-contract.md §4).
   */
  strictViolations?: boolean;
  /** The request is invalid: the answer is {"error": {"code": "INVALID_REQUEST", "path": ...}}. */
  error?: { path: string };
}
