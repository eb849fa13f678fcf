import { TypeBoxValidatorCompiler } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { evaluate, isErrorResponse, LAW_VERSIONS, READING_OPTIONS } from "../../rules/index.ts";
import { EngineRequest, Options } from "../../rules/request/schema.ts";
import { readingsInForce, updateReadings } from "../../services/readings.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { requireSignedIn } from "../auth.ts";
import { errorResponses } from "../errors.ts";

/**
 * POST /api/v1/evaluate: the engine contract over HTTP — the same body (one request or an array) and
 * the same answer as `sroc evaluate`; an invalid request is a 400 with the engine's own error. The
 * body is checked by the engine itself (its schema is published for the reference page).
 */
export function engineRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.post(
    "/api/v1/evaluate",
    {
      schema: {
        tags: ["engine"],
        summary: "Evaluate engine requests (the JSON contract)",
        description: "One request or an array of requests (training, incident, contract) as in engine-contract.md; one answer each. An invalid request: 400 with {error: {code: INVALID_REQUEST, message, path}} (in an array, in its place).",
        body: Type.Unsafe<unknown>({ oneOf: [EngineRequest, Type.Array(EngineRequest)] }),
        querystring: Type.Object({ trace: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      },
      // The engine validates and answers with its own error shape, so Fastify's validator steps aside for the body.
      validatorCompiler: (route) => (route.httpPart === "body" ? (value: unknown) => ({ value }) : TypeBoxValidatorCompiler(route)),
    },
    async (request, reply) => {
      requireSignedIn(request);
      const trace = (request.query as { trace?: boolean }).trace ?? true;
      const body = request.body;
      if (Array.isArray(body)) {
        const answers = body.map((r) => evaluate(r, { trace }));
        return reply.code(answers.some(isErrorResponse) ? 400 : 200).send(answers);
      }
      const answer = evaluate(body, { trace });
      return reply.code(isErrorResponse(answer) ? 400 : 200).send(answer);
    },
  );

  app.get(
    "/api/v1/law",
    { schema: { tags: ["engine"], summary: "The law version applied and the readings in force" } },
    async (request) => {
      requireSignedIn(request);
      return {
      versions: LAW_VERSIONS.map((v) => ({ id: v.id })),
      readingOptions: READING_OPTIONS,
      readingsInForce: await readingsInForce(contextOf(deps, request).db),
      };
    },
  );

  app.put(
    "/api/v1/settings/readings",
    {
      schema: {
        tags: ["engine"],
        summary: "Set the readings of the law's ambiguities in force (law.md §12)",
        description: "Every status is recomputed with them in the same transaction.",
        body: Options,
        response: { 200: Options, ...errorResponses },
      },
    },
    async (request) => updateReadings(contextOf(deps, request), request.body as Record<string, unknown>),
  );
}
