import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { EngineRequest, Options } from "../../rules/request/schema.ts";
import { evaluateRequests } from "../../services/engine.ts";
import { lawInForce, updateReadings } from "../../services/readings.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses } from "../errors.ts";
import { ContractAnswer, EngineAnswer, EngineError, IncidentAnswer, TrainingAnswer } from "../openapi-schemas.ts";

const LawAnswer = Type.Object({
  applied: Type.String({ description: "The version the engine applies today." }),
  versions: Type.Array(Type.Object({ id: Type.String(), inForceFrom: Type.String({ format: "date" }), notVerified: Type.Array(Type.String(), { description: "What is not yet verified about this text (law.md A25)." }) })),
  readingOptions: Type.Array(
    Type.Object({
      option: Type.String({ description: "The key a client sends to change it." }), reading: Type.String({ description: "The engine's internal reference, for developers." }), default: Type.Union([Type.Boolean(), Type.String()]),
      title: Type.String({ description: "What the reading decides, in plain words." }), interprets: Type.String({ description: "The law it interprets, as the law cites itself." }),
      explanation: Type.String({ description: "What the choice decides, in plain words." }),
    }),
  ),
  readingsInForce: Options,
}, { title: "Law" });
const Readings = Type.With(Options, { title: "Readings" });

/** 400: the engine's own error, or (for an array) every answer with each invalid request's error in its place. */
const EngineRefusal = Type.Union([EngineError, Type.Array(Type.Union([TrainingAnswer, IncidentAnswer, ContractAnswer, EngineError]))], {
  description: "An invalid request: the engine's error (`path` points into the request); for an array, every answer with the error in the invalid one's place.",
});

/**
 * POST /api/v1/evaluate: the engine contract over HTTP — the same body (one request or an array) and
 * the same answer as `sroc evaluate`; an invalid request is a 400 with the engine's own error. The
 * body is checked by the engine itself (its schema is published for the reference page).
 */
export function engineRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    "/api/v1/evaluate",
    {
      schema: {
        operationId: "evaluate",
        tags: ["engine"],
        summary: "Evaluate engine requests (the JSON contract)",
        description: "One request or an array of requests (training, incident, contract) as in engine-contract.md; one answer each. An invalid request: 400 with {error: {code: INVALID_REQUEST, message, path}} (in an array, in its place).",
        body: Type.Unsafe<unknown>({ oneOf: [EngineRequest, Type.Array(EngineRequest)] }),
        querystring: Type.Object({ trace: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: {
          200: Type.Union([EngineAnswer, Type.Array(EngineAnswer)], { description: "One answer, or one per request of an array, in order." }),
          400: EngineRefusal,
          401: errorResponses[401],
          403: errorResponses[403],
        },
      },
      // The engine validates and answers with its own error shape, so Fastify's validator steps aside for the body.
      validatorCompiler: (route) => (route.httpPart === "body" ? (value: unknown) => ({ value }) : TypeBoxValidatorCompiler(route)),
      // …and its answer goes out exactly as the engine wrote it (the same bytes as `sroc evaluate`): the schemas above document it.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request, reply) => {
      const trace = request.query.trace ?? true;
      const { answers, invalid } = await evaluateRequests(contextOf(deps, request), request.body, { trace });
      return reply.code(invalid ? 400 : 200).send(answers);
    },
  );

  app.get(
    "/api/v1/law",
    {
      schema: {
        operationId: "getLaw",
        tags: ["engine"],
        summary: "The law version applied and the readings in force",
        description: "The dated versions of § 626.8482 the engine knows (with what is not yet verified about each, law.md A25), the one it applies today, the configurable readings of law.md §12 with their defaults, and the readings stored for this installation (an absent reading is its default).",
        response: { 200: LawAnswer, ...errorResponses },
      },
    },
    (request) => lawInForce(contextOf(deps, request)),
  );

  app.put(
    "/api/v1/settings/readings",
    {
      schema: {
        operationId: "updateReadings",
        tags: ["engine"],
        summary: "Set the readings of the law's ambiguities in force (law.md §12)",
        description: "Every status is recomputed with them in the same transaction.",
        body: Readings,
        response: { 200: Readings, ...errorResponses },
      },
    },
    async (request) => updateReadings(contextOf(deps, request), request.body),
  );
}
