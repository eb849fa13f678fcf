import type { SourceId } from "./sources/index.ts";

/**
 * One step of an answer's explanation (the contract's `trace`): what was decided, the value, why, and
 * the passages it rests on. Presented with the citations of the request's adopted policies.
 */
export interface TraceStep {
  step: string;
  value: string | number | boolean | null;
  because: string;
  sources: readonly SourceId[];
}

export function step(name: string, value: TraceStep["value"], because: string, sources: readonly SourceId[]): TraceStep {
  return { step: name, value, because, sources };
}
