import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { exportAuditTrail, readAuditTrail, verifyAuditTrail, type AuditQuery } from "../../services/audit-trail.ts";
import { Purpose } from "../../services/records/fields.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses } from "../errors.ts";

/**
 * The audit trail for an auditor: read it, export it (CSV or JSON — the export is itself recorded),
 * and verify its hash chain. The administrator sees everything; an auditor the events of the
 * organisations assigned to them (`organizationId` is then required and must be one of them). The
 * trail is private: reading or exporting it needs a purpose, recorded with the read
 * (services/audit-trail.ts).
 */
const closed = { additionalProperties: false } as const;
const Filters = {
  from: Type.Optional(Type.String({ maxLength: 40, description: "A date (YYYY-MM-DD, America/Chicago) or an instant; included." })),
  to: Type.Optional(Type.String({ maxLength: 40 })),
  type: Type.Optional(Type.String({ maxLength: 400, description: "Event types, comma-separated." })),
  entity: Type.Optional(Type.String({ maxLength: 60 })),
  entityId: Type.Optional(Type.String({ maxLength: 60 })),
  organizationId: Type.Optional(Type.String({ format: "uuid" })),
  purpose: Purpose,
};

export function auditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ["audit"];

  app.get(
    "/api/v1/audit",
    {
      schema: {
        tags, summary: "Audit events, oldest first (page with afterSeq; private data: give a purpose)",
        querystring: Type.Object({ ...Filters, afterSeq: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }, closed),
        response: { 200: Type.Object({ items: Type.Array(Type.Object({}, { additionalProperties: true })) }), ...errorResponses },
      },
    },
    (request) => readAuditTrail(contextOf(deps, request), deps.zone, request.query as AuditQuery & { afterSeq?: number; limit?: number }),
  );

  app.get(
    "/api/v1/audit/export",
    { schema: { tags, summary: "Export the audit trail as CSV or JSON (recorded as AUDIT_EXPORTED; give a purpose)", querystring: Type.Object({ ...Filters, format: Type.Optional(Type.Enum(["csv", "json"])) }, closed), response: { ...errorResponses } } },
    async (request, reply) => {
      const format = (request.query as { format?: "csv" | "json" }).format ?? "csv";
      const body = await exportAuditTrail(contextOf(deps, request), deps.zone, request.query as AuditQuery, format);
      return reply
        .header("content-type", format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
        .header("content-disposition", `attachment; filename="audit-trail.${format}"`)
        .send(body);
    },
  );

  app.get("/api/v1/audit/verify", { schema: { tags, summary: "Verify the hash chain (the administrator)", response: { 200: Type.Object({}, { additionalProperties: true }), ...errorResponses } } }, (request) =>
    verifyAuditTrail(contextOf(deps, request)),
  );
}
