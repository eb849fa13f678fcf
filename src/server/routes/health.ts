import type { FastifyInstance } from "fastify";
import Type from "typebox";
import type { Database } from "../../store/database.ts";
import { errorResponses } from "../errors.ts";

/**
 * GET /healthz: answers once the server is ready (migrated, demo loaded, listening). It takes no
 * parameter: an unknown one is a 400, as on every route.
 */
export function healthRoutes(app: FastifyInstance, database: Database): void {
  app.get(
    "/healthz",
    {
      config: { public: true },
      schema: {
        operationId: "getHealth",
        tags: ["health"],
        summary: "Readiness",
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: Type.Object({ status: Type.Literal("ok"), storage: Type.Enum(["embedded", "server"]) }, { title: "Health" }), 400: errorResponses[400] },
      },
    },
    () => ({ status: "ok" as const, storage: database.mode }),
  );
}
