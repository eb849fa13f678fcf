import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { createRecord, getRecord, isReversible, listRecords, RECORD_KINDS, removeRecord, restoreRecord, updateRecord } from "../../services/records/index.ts";
import { pageOf, Purpose } from "../../services/records/fields.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses, RequestPartError } from "../errors.ts";

/** Create, read, update, list (and remove, for child records) for every record kind, under /api/v1. */
export const IdParams = Type.Object({ id: Type.String({ format: "uuid" }) }, { additionalProperties: false });
const PurposeQuery = Type.Object({ purpose: Purpose }, { additionalProperties: false });
const Removed = Type.Null({ description: "Removed: no content." });

/**
 * The kinds' schemas are declared for any kind (TSchema), so the type provider cannot know a body is
 * an object; the route's schema has already checked it is one — this only tells the compiler.
 */
function fieldsOf(value: unknown, part: "body" | "querystring"): Record<string, unknown> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return { ...value };
  throw new RequestPartError(part, "", "must be a JSON object");
}

/** "contact-days" → "ContactDay": the names of a kind's operations and component schemas. */
function typeName(plural: string): string {
  return plural.replace(/s$/, "").split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}

export function recordRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  for (const kind of RECORD_KINDS) {
    const base = `/api/v1/${kind.plural}`;
    const tags = [kind.plural];
    const name = typeName(kind.plural);
    const plural = `${name}s`;
    const output = Type.With(kind.schemas.output, { title: name });
    const create = Type.With(kind.schemas.create, { title: `New${name}` });
    const update = Type.With(kind.schemas.update, { title: `${name}Changes` });
    const { filters } = kind.schemas;

    r.post(base, { schema: { operationId: `create${name}`, tags, summary: `Create a ${kind.name}`, description: kind.description, body: create, response: { 201: output, ...errorResponses } } }, async (request, reply) => {
      const created = await createRecord(contextOf(deps, request), kind, fieldsOf(request.body, "body"));
      return reply.code(201).send(created);
    });

    r.get(base, { schema: { operationId: `list${plural}`, tags, summary: `List ${kind.plural}`, querystring: filters, response: { 200: Type.With(pageOf(output), { title: `${name}Page` }), ...errorResponses } } }, async (request) =>
      listRecords(contextOf(deps, request), kind, fieldsOf(request.query, "querystring")),
    );

    r.get(`${base}/:id`, { schema: { operationId: `get${name}`, tags, summary: `Read a ${kind.name}`, params: IdParams, querystring: PurposeQuery, response: { 200: output, ...errorResponses } } }, async (request) =>
      getRecord(contextOf(deps, request), kind, request.params.id),
    );

    r.patch(`${base}/:id`, { schema: { operationId: `update${name}`, tags, summary: `Update a ${kind.name}`, params: IdParams, body: update, response: { 200: output, ...errorResponses } } }, async (request) =>
      updateRecord(contextOf(deps, request), kind, request.params.id, fieldsOf(request.body, "body")),
    );

    if (kind.removable) {
      r.delete(`${base}/:id`, { schema: { operationId: `remove${name}`, tags, summary: `Remove a ${kind.name}`, params: IdParams, response: { 204: Removed, ...errorResponses } } }, async (request, reply) => {
        await removeRecord(contextOf(deps, request), kind, request.params.id);
        return reply.code(204).send(null);
      });
    }

    if (isReversible(kind)) {
      // Training evidence is removed reversibly, and restored here (docs/decisions/0017).
      r.post(
        `${base}/:id/restore`,
        { schema: { operationId: `restore${name}`, tags, summary: `Restore a removed ${kind.name}`, description: `The ${kind.name} counts again; the restore is recorded in the audit trail.`, params: IdParams, response: { 200: output, ...errorResponses } } },
        async (request) => restoreRecord(contextOf(deps, request), kind, request.params.id),
      );
    }
  }
}
