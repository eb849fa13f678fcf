import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { OrganizationKindField } from "../../records/organizations.ts";
import { ROLES } from "../../records/roles.ts";
import { resetPassword, setAccountDisabled } from "../../services/accounts/administration.ts";
import { listAccounts } from "../../services/accounts/list.ts";
import { readSecondFactorRequirement, setSecondFactorRequirement } from "../../services/accounts/obligations.ts";
import { roleChoices } from "../../services/accounts/roles.ts";
import { createUser, grantMembership, revokeMembership, setSupervision } from "../../services/accounts/users.ts";
import { Purpose } from "../../services/records/fields.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses } from "../errors.ts";
import { IdParams } from "./records.ts";

/**
 * Accounts, roles and supervision: the system administrator's (the services decide who may, and
 * record every refusal). The list of accounts is private data: it needs a purpose, recorded with it.
 * Temporary passwords, disabling and the second factor required by role: decision 0019.
 */
const closed = { additionalProperties: false } as const;
const Uuid = Type.String({ format: "uuid" });
const Role = Type.Enum([...ROLES], { description: "A role within an organization." });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const MembershipInput = Type.Object({ organizationId: Uuid, role: Role, schoolId: Type.Optional(Nullable(Uuid)) }, closed);

const Membership = Type.Object(
  {
    id: Uuid, organizationId: Uuid, organizationName: Type.String(), organizationKind: OrganizationKindField, role: Role, roleTitle: Type.String(),
    schoolId: Nullable(Uuid), schoolName: Nullable(Type.String()),
  },
  { ...closed, title: "AccountMembership" },
);
const Account = Type.Object(
  {
    id: Uuid, email: Type.String(), displayName: Type.String(), administrator: Type.Boolean({ description: "The system administrator." }), officerId: Nullable(Uuid), disabled: Type.Boolean(),
    passwordTemporary: Type.Boolean({ description: "The password was set by an administrator; the person must choose their own at sign-in." }),
    hasPassword: Type.Boolean(), singleSignOn: Type.Boolean(), totpEnabled: Type.Boolean(), lockedUntil: Nullable(Type.String({ format: "date-time" })),
    memberships: Type.Array(Membership),
  },
  { ...closed, title: "Account" },
);
const TemporaryPassword = Type.String({ description: "Shown once: never stored in clear nor recorded." });
const Requirement = Type.Object(
  { roles: Type.Array(Role, { maxItems: ROLES.length, uniqueItems: true }), administrators: Type.Boolean() },
  { ...closed, title: "SecondFactorRequirement", description: "Accounts holding one of these roles (or administrators) must set up a second factor before using the application." },
);

export function userRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["accounts"];

  app.get(
    "/api/v1/users",
    {
      schema: {
        operationId: "listAccounts", tags, summary: "Accounts and their roles (an auditor: those of their organizations; private data: give a purpose)",
        querystring: Type.Object({ purpose: Type.Optional(Purpose) }, closed),
        response: { 200: Type.Object({ items: Type.Array(Account) }), ...errorResponses },
      },
    },
    (request) => listAccounts(contextOf(deps, request)),
  );

  app.post(
    "/api/v1/users",
    {
      schema: {
        operationId: "createAccount", tags, summary: "Create an account (with a password, a temporary password shown once, or none for single sign-on)",
        body: Type.Object(
          {
            email: Type.String({ minLength: 3, maxLength: 200 }), displayName: Type.String({ minLength: 1, maxLength: 200 }),
            password: Type.Optional(Nullable(Type.String({ maxLength: 256 }))),
            temporaryPassword: Type.Optional(Type.Boolean({ description: "Make a temporary password, returned once; the person must change it at first sign-in." })),
            isAdmin: Type.Optional(Type.Boolean()), officerId: Type.Optional(Nullable(Uuid)), memberships: Type.Optional(Type.Array(MembershipInput, { maxItems: 50 })),
          },
          closed,
        ),
        response: { 201: Type.Object({ id: Uuid, temporaryPassword: Type.Optional(TemporaryPassword) }), ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(contextOf(deps, request), request.body)),
  );

  app.put(
    "/api/v1/users/:id/disabled",
    {
      schema: {
        operationId: "setAccountDisabled", tags, summary: "Disable an account (it cannot sign in; its sessions end at once) or enable it again",
        params: IdParams, body: Type.Object({ disabled: Type.Boolean() }, closed), response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await setAccountDisabled(contextOf(deps, request), request.params.id, request.body.disabled);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/v1/users/:id/password-reset",
    {
      schema: {
        operationId: "resetAccountPassword", tags, summary: "Give an account a new temporary password, shown once (its sessions end)",
        params: IdParams, response: { 200: Type.Object({ temporaryPassword: TemporaryPassword }), ...errorResponses },
      },
    },
    (request) => resetPassword(contextOf(deps, request), request.params.id),
  );

  app.post(
    "/api/v1/users/:id/memberships",
    { schema: { operationId: "grantRole", tags, summary: "Grant a role in an organization", params: IdParams, body: MembershipInput, response: { 201: Type.Object({ id: Uuid }), ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await grantMembership(contextOf(deps, request), request.params.id, request.body)),
  );

  app.delete(
    "/api/v1/memberships/:id",
    { schema: { operationId: "revokeRole", tags, summary: "Revoke a role (the person's sessions end)", params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      await revokeMembership(contextOf(deps, request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.put(
    "/api/v1/users/:id/supervisions",
    {
      schema: {
        operationId: "setSupervision", tags, summary: "Start or stop supervising an officer",
        params: IdParams, body: Type.Object({ officerId: Uuid, supervises: Type.Boolean() }, closed), response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await setSupervision(contextOf(deps, request), request.params.id, request.body.officerId, request.body.supervises);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/roles",
    {
      schema: {
        operationId: "listRoles", tags, summary: "The roles an account may be given, in words, and where each is held",
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object(
                {
                  role: Role, title: Type.String({ description: "The role in words, e.g. \"Training coordinator\"." }),
                  heldIn: Type.Enum(["AGENCY", "SCHOOLS", "ANY"], { description: "An agency, a school district or charter school, or either." }),
                  atSchool: Type.Boolean({ description: "Held at one school (a principal)." }),
                },
                { ...closed, title: "RoleChoice" },
              ),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    () => ({ items: roleChoices() }),
  );

  app.get(
    "/api/v1/second-factor-requirement",
    { schema: { operationId: "getSecondFactorRequirement", tags, summary: "Which roles must use a second factor", response: { 200: Requirement, ...errorResponses } } },
    (request) => readSecondFactorRequirement(contextOf(deps, request)),
  );

  app.put(
    "/api/v1/second-factor-requirement",
    {
      schema: {
        operationId: "setSecondFactorRequirement", tags, summary: "Require a second factor for roles (their accounts set one up before anything else)",
        body: Requirement, response: { 200: Requirement, ...errorResponses },
      },
    },
    (request) => setSecondFactorRequirement(contextOf(deps, request), request.body),
  );
}
