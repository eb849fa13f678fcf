import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { AUDIT_EXPORT_FORMATS } from "../../audit/export.ts";
import { auditQueryProblem, auditVocabulary, exportAuditTrail, readAuditTrail, verifyAuditTrail, type AuditPageQuery } from "../../services/audit-trail.ts";
import { Purpose } from "../../services/records/fields.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses, RequestPartError } from "../errors.ts";

/**
 * The audit trail: read it a page at a time, export it (CSV or JSON — the export is itself
 * recorded), verify its hash chain, and the words to show it in. Thin: validate (the schema, then
 * the filters' forms, each refusal naming its field) → act through services/audit-trail.ts, which
 * authorizes (policies/system.ts) and records → present. The administrator sees everything; an
 * auditor the events of the organizations assigned to them. Reading or exporting needs a purpose.
 */
const closed = { additionalProperties: false } as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Filters = {
  from: Type.Optional(Type.String({ maxLength: 40, description: "A date (YYYY-MM-DD, America/Chicago) or a date and time with its offset; included." })),
  to: Type.Optional(Type.String({ maxLength: 40, description: "A date (YYYY-MM-DD, America/Chicago) or a date and time with its offset; included." })),
  type: Type.Optional(Type.String({ maxLength: 600, description: "Event types of the catalogue (GET /api/v1/audit/vocabulary), comma-separated." })),
  actor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "Who acted: their account id, or a part of their name (any case)." })),
  entity: Type.Optional(Type.String({ maxLength: 60, description: "The kind of thing the events concern, by its plural name (officers, courses, users, …)." })),
  entityId: Type.Optional(Type.String({ maxLength: 60, description: "The id of the record the events concern." })),
  organizationId: Type.Optional(Type.String({ format: "uuid", description: "Events of this organization only (an auditor: one assigned to them; without it, all of theirs)." })),
  purpose: Purpose,
};

const AuditEventItem = Type.Object(
  {
    seq: Type.Integer({ description: "The event's number in the chain." }),
    at: Type.String({ format: "date-time" }),
    type: Type.String({ description: "The catalogue's event type (src/audit/events.ts); its words: GET /api/v1/audit/vocabulary." }),
    actor: Type.Object({ id: Type.String(), name: Type.String() }, closed),
    organizationId: Nullable(Type.String()),
    entity: Nullable(Type.String()),
    entityId: Nullable(Type.String()),
    before: Type.Unknown({ description: "For a change, the values before it (JSON as stored); null for none." }),
    after: Type.Unknown({ description: "For a change, the values after it; otherwise what the event produced (JSON as stored); null for none." }),
    purpose: Nullable(Type.String()),
    legalBasis: Nullable(Type.String()),
    ip: Nullable(Type.String()),
    userAgent: Nullable(Type.String()),
    prevHash: Type.String({ description: "The previous event's hash (64 zeros for the first)." }),
    hash: Type.String({ description: "SHA-256 of the event's canonical content and prevHash (src/audit/hash.ts)." }),
  },
  { ...closed, description: "An event exactly as stored, so that its hash can be recomputed." },
);

const Organization = Type.Object({ id: Type.String({ format: "uuid" }), name: Type.String() }, closed);

const AuditPage = Type.Object(
  {
    items: Type.Array(AuditEventItem),
    total: Type.Integer({ description: "Events matching the filters." }),
    next: Nullable(Type.Integer({ description: "Give it as afterSeq (oldest first) or beforeSeq (newest first) for the next page; null on the last page." })),
    organizations: Type.Array(Organization, { description: "The organizations the page's events concern, by name." }),
  },
  closed,
);

const ProblemKind = Type.Enum(["EDITED", "MISSING", "REORDERED", "BROKEN_LINK"]);
const Verification = Type.Object(
  {
    intact: Type.Boolean(),
    events: Type.Integer({ description: "Events in the whole chain." }),
    head: Nullable(Type.Object({ seq: Type.Integer(), hash: Type.String() }, { ...closed, description: "The last event: note it elsewhere to compare later." })),
    problemCount: Type.Integer(),
    problems: Type.Array(
      Type.Object({ kind: ProblemKind, seq: Nullable(Type.Integer({ description: "The event concerned; null when the caller may not read it (the message places the break between events they may read)." })), message: Type.String() }, closed),
      { description: "The first 50 breaks, in chain order." },
    ),
    shows: Type.Enum(["all", "assigned"], { description: "all: every event is named; assigned: only the events of the caller's organizations (decision 0018)." }),
  },
  closed,
);

const Vocabulary = Type.Object(
  {
    eventTypes: Type.Array(Type.Object({ type: Type.String(), sentence: Type.String({ description: "What the actor did, to follow their name." }), group: Type.String() }, closed)),
    entities: Type.Array(Type.Object({ entity: Type.String(), words: Type.String() }, closed)),
    organizations: Type.Array(Organization, { description: "The organizations the caller may filter by." }),
    shows: Type.Enum(["all", "assigned"], { description: "all: the caller reads every event; assigned: the events of the organizations assigned to them." }),
  },
  closed,
);

/** 400 naming the query's field, before anything is read or recorded. */
function checkFilters(q: AuditPageQuery): void {
  const problem = auditQueryProblem(q);
  if (problem !== null) throw new RequestPartError("querystring", problem.path, problem.message);
}

export function auditRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["audit"];

  app.get(
    "/api/v1/audit",
    {
      schema: {
        operationId: "listAuditEvents",
        tags,
        summary: "Audit events, oldest or newest first, a page at a time (private data: give a purpose)",
        querystring: Type.Object(
          {
            ...Filters,
            order: Type.Optional(Type.Enum(["oldest", "newest"], { description: "oldest (the default) pages with afterSeq; newest with beforeSeq." })),
            afterSeq: Type.Optional(Type.Integer({ minimum: 0 })),
            beforeSeq: Type.Optional(Type.Integer({ minimum: 1 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          closed,
        ),
        response: { 200: AuditPage, ...errorResponses },
      },
    },
    async (request) => {
      checkFilters(request.query);
      return readAuditTrail(contextOf(deps, request), deps.zone, request.query);
    },
  );

  app.get(
    "/api/v1/audit/export",
    {
      schema: {
        operationId: "exportAuditEvents",
        tags,
        summary: "Export the audit trail as CSV or JSON (recorded as an export; give a purpose)",
        querystring: Type.Object({ ...Filters, format: Type.Optional(Type.Enum([...AUDIT_EXPORT_FORMATS])) }, closed),
        response: {
          200: {
            description: "The events matching the filters, in chain order, up to the export's own event.",
            content: {
              "text/csv": { schema: Type.String({ description: "One row per event; the columns of src/audit/export.ts (AUDIT_CSV_COLUMNS)." }) },
              "application/json": { schema: Type.Array(AuditEventItem) },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      checkFilters(request.query);
      const format = request.query.format ?? "csv";
      const body = await exportAuditTrail(contextOf(deps, request), deps.zone, request.query, format);
      return reply
        .header("content-type", format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
        .header("content-disposition", `attachment; filename="audit-trail.${format}"`)
        .send(body);
    },
  );

  app.get(
    "/api/v1/audit/verify",
    {
      schema: {
        operationId: "verifyAuditTrail",
        tags,
        summary: "Verify the hash chain (the administrator; an auditor, named as far as they may read: decision 0018)",
        response: { 200: Verification, ...errorResponses },
      },
    },
    (request) => verifyAuditTrail(contextOf(deps, request)),
  );

  app.get(
    "/api/v1/audit/vocabulary",
    {
      schema: {
        operationId: "getAuditVocabulary",
        tags,
        summary: "The trail in words: each event type's sentence, each kind of thing's name, and the organizations the caller may filter by",
        response: { 200: Vocabulary, ...errorResponses },
      },
    },
    (request) => auditVocabulary(contextOf(deps, request)),
  );
}
