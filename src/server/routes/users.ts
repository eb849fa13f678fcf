import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { ROLES } from "../../store/schema.ts";
import { listAccounts } from "../../services/accounts/list.ts";
import { createUser, grantMembership, revokeMembership, setSupervision } from "../../services/accounts/users.ts";
import { Purpose } from "../../services/records/fields.ts";
import type { Role } from "../../policies/actor.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses } from "../errors.ts";
import { IdParams } from "./records.ts";

/**
 * Accounts, roles and supervision: the system administrator's (the services decide who may, and
 * record every refusal). The list of accounts is private data: it needs a purpose, recorded with it.
 */
const closed = { additionalProperties: false } as const;
const Uuid = Type.String({ format: "uuid" });
const Role = Type.Enum([...ROLES]);
const MembershipInput = Type.Object({ organizationId: Uuid, role: Role, schoolId: Type.Optional(Type.Union([Uuid, Type.Null()])) }, closed);

export function userRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ["accounts"];

  app.get(
    "/api/v1/users",
    {
      schema: {
        tags, summary: "Accounts and their roles (an auditor: those of their organisations; private data: give a purpose)",
        querystring: Type.Object({ purpose: Purpose }, closed),
        response: { 200: Type.Object({ items: Type.Array(Type.Object({}, { additionalProperties: true })) }), ...errorResponses },
      },
    },
    (request) => listAccounts(contextOf(deps, request)),
  );

  app.post(
    "/api/v1/users",
    {
      schema: {
        tags, summary: "Create an account",
        body: Type.Object(
          {
            email: Type.String({ minLength: 3, maxLength: 200 }), displayName: Type.String({ minLength: 1, maxLength: 200 }),
            password: Type.Optional(Type.Union([Type.String({ maxLength: 256 }), Type.Null()])), isAdmin: Type.Optional(Type.Boolean()),
            officerId: Type.Optional(Type.Union([Uuid, Type.Null()])), memberships: Type.Optional(Type.Array(MembershipInput, { maxItems: 50 })),
          },
          closed,
        ),
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.code(201).send(await createUser(contextOf(deps, request), request.body as Parameters<typeof createUser>[1]));
    },
  );

  app.post("/api/v1/users/:id/memberships", { schema: { tags, summary: "Grant a role in an organisation", params: IdParams, body: MembershipInput, response: { 201: Type.Object({ id: Uuid }), ...errorResponses } } }, async (request, reply) => {
    const body = request.body as { organizationId: string; role: Role; schoolId?: string | null };
    return reply.code(201).send(await grantMembership(contextOf(deps, request), (request.params as { id: string }).id, body));
  });

  app.delete("/api/v1/memberships/:id", { schema: { tags, summary: "Revoke a role", params: IdParams, response: { 204: Type.Null(), ...errorResponses } } }, async (request, reply) => {
    await revokeMembership(contextOf(deps, request), (request.params as { id: string }).id);
    return reply.code(204).send();
  });

  app.put(
    "/api/v1/users/:id/supervisions",
    { schema: { tags, summary: "Start or stop supervising an officer", params: IdParams, body: Type.Object({ officerId: Uuid, supervises: Type.Boolean() }, closed), response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const body = request.body as { officerId: string; supervises: boolean };
      await setSupervision(contextOf(deps, request), (request.params as { id: string }).id, body.officerId, body.supervises);
      return reply.code(204).send();
    },
  );
}
