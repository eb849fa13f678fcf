import { determineContract } from "./contracts/determine.ts";
import { determineIncident } from "./incidents/determine.ts";
import { presentFlag, presentTrace } from "./present.ts";
import { ParseError, parseContract, parseIncident, parseTraining } from "./request/parse.ts";
import { validateRequest } from "./request/validate.ts";
import type { EngineResponse } from "./response.ts";
import { determineTraining } from "./training/determine.ts";
import { presentTraining } from "./training/present.ts";

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
