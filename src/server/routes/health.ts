import type { FastifyInstance } from "fastify";
import Type from "typebox";
import type { Database } from "../../store/database.ts";

/** GET /healthz: answers once the server is ready (migrated, demo loaded, listening). */
export function healthRoutes(app: FastifyInstance, database: Database): void {
  app.get(
    "/healthz",
    { config: { public: true }, schema: { tags: ["health"], summary: "Readiness", response: { 200: Type.Object({ status: Type.Literal("ok"), storage: Type.Enum(["embedded", "server"]) }) } } },
    () => ({ status: "ok" as const, storage: database.mode }),
  );
}
