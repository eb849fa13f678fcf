import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import Type from "typebox";
import { OIDC_REFUSALS, OidcRefusal, oidcSignIn, PENDING_SECONDS, type OidcConfig, type OidcRefusalCode } from "../../services/accounts/oidc.ts";
import { SESSION_HOURS } from "../../services/accounts/sessions.ts";
import { clearSessionCookie, isLocal, setSessionCookie } from "../auth.ts";
import type { AppDeps } from "../context.ts";
import { errorAnswer, errorResponses } from "../errors.ts";

/**
 * Single sign-on (OpenID Connect; the flow and the matching rules are in services/accounts/oidc.ts).
 *
 * - `GET /api/v1/session/oidc`: whether SSO is on, the button's label, and the words of each refusal
 *   code (for the sign-in page).
 * - `GET /api/v1/session/oidc/start`: 302 to the provider, with the pending sign-in (state, nonce,
 *   PKCE verifier) sealed in a 10-minute HttpOnly cookie scoped to the callback's path.
 * - `GET /api/v1/session/oidc/callback`: where the provider sends the browser back. Signed in: the
 *   session cookie is set and the browser goes to "/". Refused: to "/?signInError=<code>" (a key of
 *   OIDC_REFUSALS; never free text, which anyone could put in a link). Both are browser navigations, so
 *   both always answer with a redirect — a malformed callback query too (attachValidation). Any
 *   session the browser had ends once the state shows this browser started the sign-in, whatever the
 *   outcome after that: a sign-in is always a new session (rotation), as with the password; a bare
 *   link to the callback (wrong or no state) signs nobody out.
 */
export const OIDC_PENDING_COOKIE = "sroc_oidc";
const LIMIT = { max: 20, timeWindow: "1 minute" };

const Refusals = Type.Object(Object.fromEntries(Object.keys(OIDC_REFUSALS).map((k) => [k, Type.String()])));
const Info = Type.Object(
  {
    enabled: Type.Boolean(),
    label: Type.Union([Type.String(), Type.Null()]),
    startUrl: Type.Union([Type.String(), Type.Null()]),
    refusals: Refusals,
  },
  { title: "SingleSignOn" },
);
const Redirect = Type.Null({ description: "A redirect (Location header)." });
/**
 * The two navigations answer with a redirect whatever happens, but for the sign-in throttle (429) and
 * a fault of the server (`default`: a 500 in the error shape). OpenAPI counts `default` as their
 * success-or-other answer, which is what it is here: there is no 2xx.
 */
const navigationResponses = { 302: Redirect, 429: errorAnswer("Too many sign-in attempts from this address: wait a minute."), default: errorAnswer("A fault of the server (500).") };

const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
/** What providers send back: RFC 6749 §4.1.2, RFC 9207 (iss), session management (session_state), and Google's extras. */
const CallbackQuery = Type.Object(
  {
    code: text(4096),
    state: text(1024),
    iss: text(2048),
    session_state: text(1024),
    error: text(256),
    error_description: text(2048),
    error_uri: text(2048),
    scope: text(2048),
    authuser: text(16),
    hd: text(256),
    prompt: text(256),
  },
  { additionalProperties: false },
);

export function oidcRoutes(fastify: FastifyInstance, deps: AppDeps, config: OidcConfig | null): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["session"];
  const sso = config === null ? null : oidcSignIn(config);
  const origin = (request: FastifyRequest) => ({ ip: request.ip, userAgent: typeof request.headers["user-agent"] === "string" ? request.headers["user-agent"].slice(0, 300) : null });
  const cookiePath = config === null ? "/" : new URL(config.redirectUri).pathname;
  const pendingCookie = (request: FastifyRequest) => ({ path: cookiePath, httpOnly: true, sameSite: "lax" as const, secure: !isLocal(request) });

  const refused = (request: FastifyRequest, reply: FastifyReply, reason: OidcRefusalCode, detail?: unknown): FastifyReply => {
    if (detail !== undefined && detail !== null) request.log.warn({ err: detail, reason }, "single sign-on refused");
    return reply.redirect(`/?signInError=${reason}`, 302);
  };

  app.get(
    "/api/v1/session/oidc",
    {
      config: { public: true },
      schema: { operationId: "getSingleSignOn", tags, summary: "Whether single sign-on is on, and its label", querystring: Type.Object({}, { additionalProperties: false }), response: { 200: Info, 400: errorResponses[400] } },
    },
    () => ({ enabled: config !== null, label: config?.label ?? null, startUrl: config === null ? null : "/api/v1/session/oidc/start", refusals: { ...OIDC_REFUSALS } }),
  );

  app.get(
    "/api/v1/session/oidc/start",
    {
      config: { rateLimit: LIMIT, public: true },
      schema: {
        operationId: "startSingleSignOn",
        tags,
        summary: "Start single sign-on: a redirect to the provider",
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { ...navigationResponses, 400: errorResponses[400] },
      },
    },
    async (request, reply) => {
      if (sso === null) return refused(request, reply, "sso_off");
      try {
        const { url, sealed } = await sso.start();
        void reply.setCookie(OIDC_PENDING_COOKIE, sealed, { ...pendingCookie(request), maxAge: PENDING_SECONDS });
        void reply.header("cache-control", "no-store");
        return await reply.redirect(url, 302);
      } catch (e) {
        if (e instanceof OidcRefusal) return refused(request, reply, e.reason, e.detail);
        throw e;
      }
    },
  );

  app.get(
    "/api/v1/session/oidc/callback",
    {
      config: { rateLimit: LIMIT, public: true },
      attachValidation: true,
      schema: { operationId: "finishSingleSignOn", tags, summary: "The provider's answer: signs in and redirects to the application", querystring: CallbackQuery, response: navigationResponses },
    },
    async (request, reply) => {
      const sealed = request.cookies[OIDC_PENDING_COOKIE];
      // One use: the pending sign-in is spent whatever happens next.
      void reply.clearCookie(OIDC_PENDING_COOKIE, pendingCookie(request));
      void reply.header("cache-control", "no-store");
      if (sso === null) return refused(request, reply, "sso_off");
      if (request.validationError !== undefined) {
        const refusal = await sso.recordRefusal(deps.db, "invalid_response", origin(request), request.validationError);
        return refused(request, reply, refusal.reason, refusal.detail);
      }
      try {
        const result = await sso.finish(deps.db, { query: request.query, sealed, previousToken: request.session?.token ?? null, origin: origin(request) });
        setSessionCookie(request, reply, result.token, SESSION_HOURS * 3600);
        return await reply.redirect("/", 302);
      } catch (e) {
        if (e instanceof OidcRefusal) {
          // Past the state check the browser's session has ended (see finish).
          if (request.session !== null && e.reason !== "state") clearSessionCookie(request, reply);
          return refused(request, reply, e.reason, e.detail);
        }
        throw e;
      }
    },
  );
}
