import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { abilitiesOf, ownMemberships, viewpointOf } from "../../services/accounts/abilities.ts";
import { completeSecondFactor, signIn, signOut } from "../../services/accounts/sign-in.ts";
import { endSession, SESSION_HOURS } from "../../services/accounts/sessions.ts";
import { changePassword, confirmSecondFactor, startSecondFactor } from "../../services/accounts/users.ts";
import { ClientError } from "../../services/errors.ts";
import { clearSessionCookie, setSessionCookie } from "../auth.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses } from "../errors.ts";

/**
 * Signing in and out (local accounts; single sign-on in routes/oidc.ts), the second factor, and one's
 * own account. Sign-in attempts are throttled per address; a new session (a new token, a new CSRF
 * token) is created at every sign-in and again when the second factor completes it. No answer carries
 * the session token: only the cookie does.
 */
const closed = { additionalProperties: false } as const;
const May = Type.Object(
  {
    importRecords: Type.Boolean({ description: "Import a file of officers' records." }),
    addOfficers: Type.Boolean({ description: "Add an officer to at least one agency (those of addOfficersTo)." }),
    addOfficersTo: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }, closed), { description: "The agencies where the person may add an officer." }),
    addOrganizations: Type.Boolean({ description: "Add an agency, district or charter school." }),
    administerUsers: Type.Boolean({ description: "Manage accounts and roles." }),
    readAuditTrail: Type.Boolean({ description: "Read the audit trail (an auditor: of the organizations assigned to them)." }),
    verifyAuditTrail: Type.Boolean({ description: "Verify the audit trail's hash chain." }),
    changeReadings: Type.Boolean({ description: "Change the readings of the law in force." }),
  },
  { ...closed, description: "What the signed-in person may do, as the policies decide: a client shows what this says and names no role." },
);
const Me = Type.Object({
  signedIn: Type.Boolean(),
  secondFactorPending: Type.Boolean(),
  csrfToken: Type.Union([Type.String(), Type.Null()]),
  user: Type.Union([
    Type.Object({
      id: Type.String(), name: Type.String(), isAdmin: Type.Boolean(), officerId: Type.Union([Type.String(), Type.Null()]),
      memberships: Type.Array(
        Type.Object({
          organizationId: Type.String(), organizationKind: Type.String(), role: Type.String(), schoolId: Type.Union([Type.String(), Type.Null()]),
          roleTitle: Type.String({ description: "The role in words, e.g. \"Training coordinator\"." }),
        }),
      ),
      may: May,
      mustFirst: Type.Object(
        { changePassword: Type.Boolean(), setUpSecondFactor: Type.Boolean() },
        { ...closed, description: "What the person must do before anything else (decision 0019): choose their own password in place of a temporary one; set up a second factor their role requires. Until then only their own account answers." },
      ),
      view: Type.Object(
        {
          districtId: Type.Union([Type.String(), Type.Null()], { description: "The district whose view of officers an overview reads, or null for the employing agency's." }),
          relievedDutiesDistrictId: Type.Union([Type.String(), Type.Null()], { description: "The district whose school-safety work relies on SROs' duties (4) and (5), or null." }),
        },
        closed,
      ),
    }),
    Type.Null(),
  ]),
});

const SIGN_IN_LIMIT = { max: 10, timeWindow: "1 minute" };

export function sessionRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  // The TypeBox type provider types each body from its schema: no casts.
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["session"];
  const origin = (request: { ip: string; headers: Record<string, unknown> }) => ({ ip: request.ip, userAgent: typeof request.headers["user-agent"] === "string" ? request.headers["user-agent"].slice(0, 300) : null });

  app.get(
    "/api/v1/session",
    { config: { public: true }, schema: { operationId: "getSession", tags, summary: "Who is signed in, what they may do, and the CSRF token", response: { 200: Me, ...errorResponses } } },
    async (request) => {
      const actor = request.actor;
      return {
        signedIn: actor.kind === "user",
        secondFactorPending: request.session?.pendingSecondFactor === true,
        csrfToken: request.session?.csrfToken ?? null,
        user:
          actor.kind === "user"
            ? {
                id: actor.id, name: actor.name, isAdmin: actor.isAdmin, officerId: actor.officerId,
                memberships: ownMemberships(actor),
                may: await abilitiesOf(deps.db, actor),
                view: viewpointOf(actor),
                mustFirst: request.obligations,
              }
            : null,
      };
    },
  );

  app.post(
    "/api/v1/session",
    {
      config: { rateLimit: SIGN_IN_LIMIT, public: true },
      schema: {
        operationId: "signIn", tags, summary: "Sign in with email and password",
        body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 200 }), password: Type.String({ minLength: 1, maxLength: 256 }) }, closed),
        response: { 200: Type.Object({ secondFactorRequired: Type.Boolean(), csrfToken: Type.String() }), 423: errorResponses[400], 429: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      if (request.session !== null) await endSession(deps.db, request.session.token); // a new session at every sign-in
      const result = await signIn(deps.db, email, password, origin(request));
      setSessionCookie(request, reply, result.token, SESSION_HOURS * 3600);
      return { secondFactorRequired: result.kind === "second-factor", csrfToken: result.csrfToken };
    },
  );

  app.post(
    "/api/v1/session/second-factor",
    {
      config: { rateLimit: SIGN_IN_LIMIT, public: true },
      schema: {
        operationId: "completeSignIn", tags, summary: "Give the code of the authenticator app: the sign-in completes with a new session (and CSRF token)",
        body: Type.Object({ code: Type.String({ pattern: "^\\s*\\d{6}\\s*$" }) }, closed),
        response: { 200: Type.Object({ csrfToken: Type.String() }), 423: errorResponses[400], 429: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => {
      if (request.session === null || !request.session.pendingSecondFactor) throw new ClientError("UNAUTHENTICATED", "", "sign in with your password first");
      const result = await completeSecondFactor(deps.db, request.session.token, request.session.userId, request.body.code, origin(request));
      setSessionCookie(request, reply, result.token, SESSION_HOURS * 3600);
      return { csrfToken: result.csrfToken };
    },
  );

  app.delete("/api/v1/session", { config: { public: true }, schema: { operationId: "signOut", tags, summary: "Sign out", response: { 204: Type.Null(), ...errorResponses } } }, async (request, reply) => {
    if (request.session !== null) await signOut(deps.db, request.session.token, origin(request));
    clearSessionCookie(request, reply);
    return reply.code(204).send(null);
  });

  app.post(
    "/api/v1/account/second-factor",
    { schema: { operationId: "startSecondFactor", tags, summary: "Start setting up a second factor (TOTP)", response: { 200: Type.Object({ secret: Type.String(), uri: Type.String() }), ...errorResponses } } },
    async (request) => {
      return startSecondFactor(contextOf(deps, request));
    },
  );

  app.post(
    "/api/v1/account/second-factor/confirm",
    { schema: { operationId: "confirmSecondFactor", tags, summary: "Confirm the second factor with a code", body: Type.Object({ code: Type.String({ pattern: "^\\s*\\d{6}\\s*$" }) }, closed), response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      await confirmSecondFactor(contextOf(deps, request), request.body.code);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/v1/account/password",
    {
      config: { rateLimit: SIGN_IN_LIMIT },
      schema: { operationId: "changeOwnPassword", tags, summary: "Change one's password", body: Type.Object({ currentPassword: Type.String({ maxLength: 256 }), newPassword: Type.String({ maxLength: 256 }) }, closed), response: { 204: Type.Null(), 429: errorResponses[400], ...errorResponses } },
    },
    async (request, reply) => {
      const body = request.body;
      await changePassword(contextOf(deps, request), body.currentPassword, body.newPassword, request.session?.token ?? null);
      return reply.code(204).send(null);
    },
  );
}
