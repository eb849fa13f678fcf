import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { createRecord, getRecord, listRecords, RECORD_KINDS, removeRecord, updateRecord } from "../../services/records/index.ts";
import { pageOf, Purpose } from "../../services/records/fields.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses } from "../errors.ts";

/** Create, read, update, list (and remove, for child records) for every record kind, under /api/v1. */
export const IdParams = Type.Object({ id: Type.String({ format: "uuid" }) }, { additionalProperties: false });
const PurposeQuery = Type.Object({ purpose: Purpose }, { additionalProperties: false });

export function recordRoutes(app: FastifyInstance, deps: AppDeps): void {
  for (const kind of RECORD_KINDS) {
    const base = `/api/v1/${kind.plural}`;
    const tags = [kind.plural];
    const { create, update, output, filters } = kind.schemas;

    app.post(base, { schema: { tags, summary: `Create a ${kind.name}`, description: kind.description, body: create, response: { 201: output, ...errorResponses } } }, async (request, reply) => {
      const created = await createRecord(contextOf(deps, request), kind, request.body as Record<string, unknown>);
      return reply.code(201).send(created);
    });

    app.get(base, { schema: { tags, summary: `List ${kind.plural}`, querystring: filters, response: { 200: pageOf(output), ...errorResponses } } }, async (request) =>
      listRecords(contextOf(deps, request), kind, request.query as Record<string, unknown>),
    );

    app.get(`${base}/:id`, { schema: { tags, summary: `Read a ${kind.name}`, params: IdParams, querystring: PurposeQuery, response: { 200: output, ...errorResponses } } }, async (request) =>
      getRecord(contextOf(deps, request), kind, (request.params as { id: string }).id),
    );

    app.patch(`${base}/:id`, { schema: { tags, summary: `Update a ${kind.name}`, params: IdParams, body: update, response: { 200: output, ...errorResponses } } }, async (request) =>
      updateRecord(contextOf(deps, request), kind, (request.params as { id: string }).id, request.body as Record<string, unknown>),
    );

    if (kind.removable) {
      app.delete(`${base}/:id`, { schema: { tags, summary: `Remove a ${kind.name}`, params: IdParams, response: { 204: Type.Null(), ...errorResponses } } }, async (request, reply) => {
        await removeRecord(contextOf(deps, request), kind, (request.params as { id: string }).id);
        return reply.code(204).send();
      });
    }
  }
}
