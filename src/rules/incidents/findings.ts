import { FLAGS, type FlagCode, type FlagDefinition, type RaisedFlag } from "../flags.ts";
import type { SourceId } from "../sources/index.ts";
import { step, type TraceStep } from "../trace.ts";

/**
 * What the incident rules found: the flags raised and the steps that explain them, in order. Each
 * code is raised at most once (engine-contract.md §3: a response lists a code once); a second trigger
 * of the same code only adds its specifics to the detail, so the reader still sees both.
 */
export class Findings {
  readonly flags: RaisedFlag[] = [];
  readonly trace: TraceStep[] = [];

  /**
   * Raises `code` with the catalogue's severity, or with its `otherwise` severity when `variant` is
   * true (the case-dependent severities of law.md §13–§14, e.g. DISCIPLINE_PARTICIPATION as REVIEW).
   */
  raise(code: FlagCode, detail: string | null = null, variant = false): void {
    const def: FlagDefinition = FLAGS[code];
    const severity = variant && def.otherwise !== undefined ? def.otherwise.severity : def.severity;
    const existing = this.flags.find((f) => f.code === code);
    if (existing === undefined) {
      this.flags.push({ code, severity, detail });
      return;
    }
    if (detail !== null && existing.detail !== detail) existing.detail = existing.detail === null ? detail : `${existing.detail}; ${detail}`;
  }

  note(name: string, value: TraceStep["value"], because: string, sources: readonly SourceId[]): void {
    this.trace.push(step(name, value, because, sources));
  }

  has(code: FlagCode): boolean {
    return this.flags.some((f) => f.code === code);
  }
}
