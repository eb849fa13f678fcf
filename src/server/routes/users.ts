import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { asc, eq, sql } from "drizzle-orm";
import { ROLES, users } from "../../store/schema.ts";
import { queryRows } from "../../store/database.ts";
import { createUser, grantMembership, revokeMembership, setSupervision } from "../../services/accounts/users.ts";
import { systemPolicy } from "../../policies/system.ts";
import { ClientError } from "../../services/errors.ts";
import type { Role } from "../../policies/actor.ts";
import { requireSignedIn } from "../auth.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses } from "../errors.ts";
import { IdParams } from "./records.ts";

/** Accounts, roles and supervision: the system administrator's. */
const closed = { additionalProperties: false } as const;
const Uuid = Type.String({ format: "uuid" });
const Role = Type.Enum([...ROLES]);
const MembershipInput = Type.Object({ organizationId: Uuid, role: Role, schoolId: Type.Optional(Type.Union([Uuid, Type.Null()])) }, closed);

export function userRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ["accounts"];
  const admin = (request: Parameters<typeof requireSignedIn>[0]) => {
    requireSignedIn(request);
    const d = systemPolicy.manageUsers(request.actor);
    if (!d.allowed) throw new ClientError("FORBIDDEN", "", d.reason);
  };

  app.get("/api/v1/users", { schema: { tags, summary: "Accounts and their roles (an auditor: those of their organisations)", response: { 200: Type.Object({ items: Type.Array(Type.Object({}, { additionalProperties: true })) }), ...errorResponses } } }, async (request) => {
    requireSignedIn(request);
    const may = systemPolicy.listUsers(request.actor);
    if (!may.allowed) throw new ClientError("FORBIDDEN", "", may.reason);
    const rows = await deps.db
      .select({ id: users.id, email: users.email, displayName: users.displayName, isAdmin: users.isAdmin, officerId: users.officerId, disabled: users.disabled, totpEnabled: users.totpEnabled, lockedUntil: users.lockedUntil })
      .from(users)
      .orderBy(asc(users.email));
    const roles = await queryRows<{ user_id: string; id: string; organization_id: string; role: string; school_id: string | null }>(deps.db, sql`select id, user_id, organization_id, role, school_id from memberships`);
    const visible = (u: { id: string }) => may.organizations === "all" || roles.some((m) => m.user_id === u.id && may.organizations.includes(m.organization_id));
    return { items: rows.filter(visible).map((u) => ({ ...u, memberships: roles.filter((m) => m.user_id === u.id).map((m) => ({ id: m.id, organizationId: m.organization_id, role: m.role, schoolId: m.school_id })) })) };
  });

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
      admin(request);
      return reply.code(201).send(await createUser(contextOf(deps, request), request.body as Parameters<typeof createUser>[1]));
    },
  );

  app.post("/api/v1/users/:id/memberships", { schema: { tags, summary: "Grant a role in an organisation", params: IdParams, body: MembershipInput, response: { 201: Type.Object({ id: Uuid }), ...errorResponses } } }, async (request, reply) => {
    admin(request);
    const [exists] = await deps.db.select({ id: users.id }).from(users).where(eq(users.id, (request.params as { id: string }).id));
    if (exists === undefined) throw new ClientError("NOT_FOUND", "", "no such account");
    const body = request.body as { organizationId: string; role: Role; schoolId?: string | null };
    return reply.code(201).send(await grantMembership(contextOf(deps, request), exists.id, body));
  });

  app.delete("/api/v1/memberships/:id", { schema: { tags, summary: "Revoke a role", params: IdParams, response: { 204: Type.Null(), ...errorResponses } } }, async (request, reply) => {
    admin(request);
    await revokeMembership(contextOf(deps, request), (request.params as { id: string }).id);
    return reply.code(204).send();
  });

  app.put(
    "/api/v1/users/:id/supervisions",
    { schema: { tags, summary: "Start or stop supervising an officer", params: IdParams, body: Type.Object({ officerId: Uuid, supervises: Type.Boolean() }, closed), response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      admin(request);
      const body = request.body as { officerId: string; supervises: boolean };
      await setSupervision(contextOf(deps, request), (request.params as { id: string }).id, body.officerId, body.supervises);
      return reply.code(204).send();
    },
  );
}
