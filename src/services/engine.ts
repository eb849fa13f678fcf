import { evaluate, isErrorResponse } from "../rules/index.ts";
import type { EngineResponse } from "../rules/response.ts";
import { systemPolicy } from "../policies/system.ts";
import type { ServiceContext } from "./context.ts";
import { refuseAccess } from "./errors.ts";

/**
 * The rules engine over the API (POST /api/v1/evaluate): the same answers as `sroc evaluate`. It
 * holds no records, so it writes nothing and reads nothing stored; who may ask it is still the
 * policy's to say (policies/system.ts), as for every other door.
 */
export async function evaluateRequests(ctx: ServiceContext, body: unknown, options: { trace: boolean }): Promise<{ answers: EngineResponse | EngineResponse[]; invalid: boolean }> {
  const may = systemPolicy.evaluate(ctx.actor);
  if (!may.allowed) await refuseAccess(ctx, may.reason, { entity: "evaluate" });
  if (Array.isArray(body)) {
    const answers = body.map((r) => evaluate(r, options));
    return { answers, invalid: answers.some(isErrorResponse) };
  }
  const answer = evaluate(body, options);
  return { answers: answer, invalid: isErrorResponse(answer) };
}
