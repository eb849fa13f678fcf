import type { FastifyInstance, FastifyRequest } from "fastify";
import Type from "typebox";
import { filterCondition, exportAudit, type AuditFilter } from "../../audit/export.ts";
import { readEvents } from "../../audit/read.ts";
import { verifyAudit } from "../../audit/verify.ts";
import { systemPolicy } from "../../policies/system.ts";
import { ClientError } from "../../services/errors.ts";
import { requireSignedIn } from "../auth.ts";
import type { AppDeps } from "../context.ts";
import { errorResponses } from "../errors.ts";

/**
 * The audit trail for an auditor: read it, export it (CSV or JSON — the export is itself recorded),
 * and verify its hash chain. The administrator sees everything; an auditor the events of the
 * organisations assigned to them (`organizationId` is then required and must be one of them).
 */
const closed = { additionalProperties: false } as const;
const Filters = {
  from: Type.Optional(Type.String({ maxLength: 40, description: "A date (YYYY-MM-DD, America/Chicago) or an instant; included." })),
  to: Type.Optional(Type.String({ maxLength: 40 })),
  type: Type.Optional(Type.String({ maxLength: 400, description: "Event types, comma-separated." })),
  entity: Type.Optional(Type.String({ maxLength: 60 })),
  entityId: Type.Optional(Type.String({ maxLength: 60 })),
  organizationId: Type.Optional(Type.String({ format: "uuid" })),
};

type Query = { from?: string; to?: string; type?: string; entity?: string; entityId?: string; organizationId?: string };

function allowedFilter(request: FastifyRequest, deps: AppDeps): AuditFilter {
  requireSignedIn(request);
  const may = systemPolicy.readAudit(request.actor);
  if (!may.allowed) throw new ClientError("FORBIDDEN", "", may.reason);
  const q = request.query as Query;
  if (may.organizations !== "all") {
    if (q.organizationId === undefined) throw new ClientError("INVALID_REQUEST", "/organizationId", "an auditor reads the events of one of their organisations: give organizationId");
    if (!may.organizations.includes(q.organizationId)) throw new ClientError("FORBIDDEN", "", "that organisation is not assigned to you");
  }
  const filter: AuditFilter = { zone: deps.zone, from: q.from, to: q.to, entity: q.entity, entityId: q.entityId, organizationId: q.organizationId, types: q.type?.split(",").map((t) => t.trim()).filter((t) => t !== "") };
  try {
    filterCondition(filter);
  } catch (e) {
    throw new ClientError("INVALID_REQUEST", "", (e as Error).message);
  }
  return filter;
}

export function auditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ["audit"];

  app.get(
    "/api/v1/audit",
    {
      schema: {
        tags, summary: "Audit events, oldest first (page with afterSeq)",
        querystring: Type.Object({ ...Filters, afterSeq: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }, closed),
        response: { 200: Type.Object({ items: Type.Array(Type.Object({}, { additionalProperties: true })) }), ...errorResponses },
      },
    },
    async (request) => {
      const filter = allowedFilter(request, deps);
      const q = request.query as { afterSeq?: number; limit?: number };
      const limit = q.limit ?? 200;
      for await (const page of readEvents(deps.db, { where: filterCondition(filter), afterSeq: q.afterSeq ?? 0, pageSize: limit })) return { items: page.slice(0, limit) };
      return { items: [] };
    },
  );

  app.get(
    "/api/v1/audit/export",
    { schema: { tags, summary: "Export the audit trail as CSV or JSON (recorded as AUDIT_EXPORTED)", querystring: Type.Object({ ...Filters, format: Type.Optional(Type.Enum(["csv", "json"])) }, closed), response: { ...errorResponses } } },
    async (request, reply) => {
      const filter = allowedFilter(request, deps);
      const format = (request.query as { format?: "csv" | "json" }).format ?? "csv";
      const chunks: string[] = [];
      await exportAudit(deps.db, {
        actor: request.actor, format, filter, write: (c) => { chunks.push(c); },
        ip: request.ip, ...(typeof request.headers["user-agent"] === "string" ? { userAgent: request.headers["user-agent"] } : {}),
      });
      return reply
        .header("content-type", format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
        .header("content-disposition", `attachment; filename="audit-trail.${format}"`)
        .send(chunks.join(""));
    },
  );

  app.get("/api/v1/audit/verify", { schema: { tags, summary: "Verify the hash chain (the administrator)", response: { 200: Type.Object({}, { additionalProperties: true }), ...errorResponses } } }, async (request) => {
    requireSignedIn(request);
    if (!request.actor.isAdmin) throw new ClientError("FORBIDDEN", "", "only the administrator verifies the whole trail (an auditor can export it and check the hashes)");
    return verifyAudit(deps.db);
  });
}
