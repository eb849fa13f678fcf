import { determineContract } from "./contracts/determine.ts";
import { determineIncident } from "./incidents/determine.ts";
import { presentFlag, presentTrace } from "./present.ts";
import { ParseError, parseContract, parseIncident, parseTraining } from "./request/parse.ts";
import { invalid, validateRequest } from "./request/validate.ts";
import { formatIsoDate } from "./calendar/day.ts";
import type { EngineResponse, ErrorResponse, TrainingResponse } from "./response.ts";
import type { TrainingRequestJson } from "./request/schema.ts";
import { nextChange } from "./training/next-change.ts";
import { determineTraining } from "./training/determine.ts";
import { presentTraining } from "./training/present.ts";

/** A training answer with the first date on which the same records could be answered differently. */
export interface TrainingEvaluation {
  answer: TrainingResponse;
  /** The answer holds for every as-of date from the request's `asOf` to the day before this one. */
  validUntil: string;
}

/**
 * `evaluate` for a training request, plus how long its answer holds (training/next-change.ts): what
 * a cache of the engine's answers needs to stay exact. Invalid requests are answered as by evaluate.
 */
export function evaluateTraining(request: unknown, options: EvaluateOptions = {}): TrainingEvaluation | ErrorResponse {
  const checked = validateRequest(request);
  if (!checked.ok) return { error: checked.error };
  if (checked.request.kind !== "training") return { error: invalid("/kind", 'must be "training"') };
  return evaluateTypedTraining(checked.request, options);
}

/**
 * `evaluateTraining` for a request built by code with the contract's own type (the records service
 * builds one per officer and view from database rows): the schema check is left out — the type
 * system already made it — but every date still passes the calendar check, and a bad one is still
 * answered with its path. Measured: the schema check was about a third of a refresh's evaluation time.
 */
export function evaluateTypedTraining(request: TrainingRequestJson, options: EvaluateOptions = {}): TrainingEvaluation | ErrorResponse {
  try {
    const { ctx, officer } = parseTraining(request);
    const det = determineTraining(officer, ctx);
    return { answer: presentTraining(det, ctx, options.trace ?? true), validUntil: formatIsoDate(nextChange(officer, ctx, det)) };
  } catch (e) {
    if (e instanceof ParseError) return { error: e.error };
    throw e;
  }
}

export interface EvaluateOptions {
  /** Include the explanation (`trace`). Default true: every answer explains itself. */
  trace?: boolean;
}

/**
 * The engine's contract (engine-contract.md): one request in, one response out. Synchronous and pure;
 * an invalid request gets `{"error": {"code": "INVALID_REQUEST", …}}` naming the field's path, and
 * the function never throws.
 */
export function evaluate(request: unknown, options: EvaluateOptions = {}): EngineResponse {
  const withTrace = options.trace ?? true;
  const checked = validateRequest(request);
  if (!checked.ok) return { error: checked.error };
  try {
    const req = checked.request;
    switch (req.kind) {
      case "training": {
        const { ctx, officer } = parseTraining(req);
        return presentTraining(determineTraining(officer, ctx), ctx, withTrace);
      }
      case "incident": {
        const { ctx, incident } = parseIncident(req);
        const result = determineIncident(incident, ctx);
        return {
          kind: "incident",
          lawVersion: ctx.law.id,
          flags: result.flags.map((f) => presentFlag(f, ctx.policies)),
          ...(withTrace ? { trace: presentTrace(result.trace, ctx.policies) } : {}),
        };
      }
      case "contract": {
        const { ctx, contract } = parseContract(req);
        const result = determineContract(contract, ctx);
        return {
          kind: "contract",
          lawVersion: ctx.law.id,
          flags: result.flags.map((f) => presentFlag(f, ctx.policies)),
          ...(withTrace ? { trace: presentTrace(result.trace, ctx.policies) } : {}),
        };
      }
    }
  } catch (e) {
    if (e instanceof ParseError) return { error: e.error };
    throw e;
  }
}
