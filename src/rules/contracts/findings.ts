import { FLAGS, type FlagCode, type RaisedFlag } from "../flags.ts";
import type { SourceId } from "../sources/index.ts";
import { step, type TraceStep } from "../trace.ts";

/**
 * What the contract rules found: flags (each code at most once, with the catalogue's severity — no
 * contract flag has a case-dependent one) and the steps that explain them, in order.
 */
export class Findings {
  readonly flags: RaisedFlag[] = [];
  readonly trace: TraceStep[] = [];

  raise(code: FlagCode, detail: string | null = null): void {
    if (this.flags.some((f) => f.code === code)) return;
    this.flags.push({ code, severity: FLAGS[code].severity, detail });
  }

  note(name: string, value: TraceStep["value"], because: string, sources: readonly SourceId[]): void {
    this.trace.push(step(name, value, because, sources));
  }
}
