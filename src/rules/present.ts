import { FLAGS, type RaisedFlag, type Severity } from "./flags.ts";
import { citationsFor, type AdoptedPolicies } from "./sources/index.ts";
import type { TraceStep } from "./trace.ts";

/** A flag in the contract's JSON (engine-contract.md §2). */
export interface FlagJson {
  code: string;
  severity: Severity;
  message: string;
  citations: string[];
}

/** A trace step in the contract's JSON. */
export interface TraceStepJson {
  step: string;
  value: string | number | boolean | null;
  because: string;
  citations: string[];
}

export function presentFlag(f: RaisedFlag, adopted: AdoptedPolicies): FlagJson {
  const def = FLAGS[f.code];
  return {
    code: f.code,
    severity: f.severity,
    message: f.detail === null ? def.message : `${def.message} (${f.detail})`,
    citations: citationsFor(def.sources, adopted),
  };
}

export function presentTrace(steps: readonly TraceStep[], adopted: AdoptedPolicies): TraceStepJson[] {
  return steps.map((s) => ({ step: s.step, value: s.value, because: s.because, citations: citationsFor(s.sources, adopted) }));
}
