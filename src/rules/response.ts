import type { FlagJson, TraceStepJson } from "./present.ts";
import type { RequestError } from "./request/validate.ts";
import type { PolicyStatus, StatuteStatus, TrainingPath } from "./training/determination.ts";

export type { FlagJson, TraceStepJson } from "./present.ts";
export type { RequestError } from "./request/validate.ts";

/** engine-contract.md §2, kind "training". */
export interface TrainingResponse {
  kind: "training";
  lawVersion: string;
  statuteStatus: StatuteStatus;
  policyStatus: PolicyStatus;
  path: TrainingPath | null;
  assumedDutiesOn: string | null;
  deadline: string | null;
  deadlineEffective: string | null;
  refresherDue: string | null;
  notRequiredDuties: number[];
  substituteContactDays: { schoolYear: string; count: number } | null;
  flags: FlagJson[];
  trace?: TraceStepJson[];
}

/** engine-contract.md §2: incident and contract answers carry kind, lawVersion, flags and trace. */
export interface IncidentResponse {
  kind: "incident";
  lawVersion: string;
  flags: FlagJson[];
  trace?: TraceStepJson[];
}

export interface ContractResponse {
  kind: "contract";
  lawVersion: string;
  flags: FlagJson[];
  trace?: TraceStepJson[];
}

export interface ErrorResponse {
  error: RequestError;
}

export type EngineResponse = TrainingResponse | IncidentResponse | ContractResponse | ErrorResponse;

export function isErrorResponse(r: EngineResponse): r is ErrorResponse {
  return "error" in r;
}
