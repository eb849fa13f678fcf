/**
 * sro-compliance/rules — Minn. Stat. § 626.8482 and the adopted SRO policies as code.
 *
 *   import { evaluate } from "sro-compliance/rules";
 *   evaluate({ kind: "training", asOf: "2025-10-06", officer: { assignments: [...] } });
 *
 * The JSON contract is ../shared/domain/engine-contract.md; the law it implements, law.md.
 */
export { evaluate, evaluateTraining, evaluateTypedTraining, type EvaluateOptions, type TrainingEvaluation } from "./evaluate.ts";
export type {
  ContractResponse,
  EngineResponse,
  ErrorResponse,
  FlagJson,
  IncidentResponse,
  RequestError,
  TraceStepJson,
  TrainingResponse,
} from "./response.ts";
export { isErrorResponse } from "./response.ts";
export {
  ContractRequest,
  EngineRequest,
  IncidentRequest,
  TrainingRequest,
  type ContractRequestJson,
  type EngineRequestJson,
  type IncidentRequestJson,
  type TrainingRequestJson,
} from "./request/schema.ts";
export { FLAGS, type FlagCode, type FlagDefinition, type Severity } from "./flags.ts";
export { PLAIN_READINGS, plainPassage, plainReading, SOURCES, sourceByCitation, type PlainReading, type Source, type SourceId } from "./sources/index.ts";
export { LAW_VERSIONS, READING_OPTIONS, describeLawVersions, lawInForce, type LawVersion } from "./versions.ts";
export type { PolicyStatus, StatuteStatus, TrainingPath } from "./training/determination.ts";
