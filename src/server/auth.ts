import { timingSafeEqual } from "node:crypto";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { PUBLIC, type Actor } from "../policies/actor.ts";
import { actorOf } from "../services/accounts/actors.ts";
import { NO_OBLIGATIONS, obligationsOf, type Obligations } from "../services/accounts/obligations.ts";
import { findSession } from "../services/accounts/sessions.ts";
import { ClientError, refuseAccess } from "../services/errors.ts";
import type { Db } from "../store/database.ts";

/**
 * Who is asking, for every request: the session cookie (HttpOnly, SameSite=Lax, Secure outside
 * localhost) names a server-side session, whose person becomes `request.actor`; without one the actor
 * is the public. A session still owed its second factor gives no rights. Every state-changing request
 * made with a session must carry its CSRF token in the `X-CSRF-Token` header. Security headers on
 * every answer; sign-in attempts are throttled per address.
 *
 * Private by default (issue 10, item 4): every route under /api/v1 needs a signed-in person unless it
 * declares itself public (`config: { public: true }` — signing in and out, the session's state,
 * single sign-on). A signed-out request to any other is answered 401 in onRequest, before its body is
 * read, validated or looked up and before any policy is asked, so it learns nothing (an existing and
 * a missing record look alike) and writes nothing — not even an audit event, which would let anyone
 * grow the append-only trail. Every answer of a private route says `Cache-Control: no-store`.
 * Decision: docs/decisions/0015-signed-out-requests-and-sign-in-throttling.md.
 */
export const SESSION_COOKIE = "sroc_session";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Open to the public (signed out); every other /api/v1 route needs a signed-in person. */
    public?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    session: { token: string; userId: string; csrfToken: string; pendingSecondFactor: boolean } | null;
    /** What the signed-in person must do before anything else (docs/decisions/0019-user-administration.md). */
    obligations: Obligations;
  }
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLocal(request: FastifyRequest): boolean {
  return LOCAL_HOSTS.has(request.hostname.replace(/:\d+$/, ""));
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  void reply.setCookie(SESSION_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure: !isLocal(request), maxAge: maxAgeSeconds });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure: !isLocal(request) });
}

export async function registerAuth(app: FastifyInstance, db: Db): Promise<void> {
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });

  app.decorateRequest("actor", null as unknown as Actor);
  app.decorateRequest("session", null);
  app.decorateRequest("obligations", null as unknown as Obligations);

  app.addHook("onRequest", async (request) => {
    request.actor = PUBLIC;
    request.session = null;
    request.obligations = NO_OBLIGATIONS;
    const token = request.cookies[SESSION_COOKIE];
    if (token === undefined || token === "") return;
    const session = await findSession(db, token);
    if (session === null) return;
    request.session = { token, ...session };
    if (session.pendingSecondFactor) return;
    request.actor = (await actorOf(db, session.userId)) ?? PUBLIC;
    if (request.actor.kind === "user") request.obligations = await obligationsOf(db, session.userId);
  });

  app.addHook("onRequest", async (request, reply) => {
    if (!isPrivate(request)) return;
    void reply.header("cache-control", "no-store");
    if (request.actor.kind === "public") throw signedOut(request);
    const owed = owedFirst(request);
    if (owed !== null) throw owed;
  });

  // CSRF: a request riding on the session cookie must prove it comes from our own pages. A refusal
  // goes through the one audited helper: a forged request made with someone's session is worth a
  // line in the trail (a session still owed its second factor is nobody yet, and is not recorded;
  // docs/decisions/0023).
  app.addHook("preHandler", async (request) => {
    if (csrfHolds(request)) return;
    await refuseAccess(
      { db, actor: request.actor, today: () => new Date().toISOString().slice(0, 10), origin: { ip: request.ip, userAgent: typeof request.headers["user-agent"] === "string" ? request.headers["user-agent"].slice(0, 300) : null } },
      "missing or wrong CSRF token: send the X-CSRF-Token header given by GET /api/v1/session",
      { entity: "request", entityId: `${request.method} ${request.routeOptions.url ?? ""}`.slice(0, 200) },
      { whenPublic: "refuse" },
    );
  });
}

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A safe method, no session (nothing to ride on), or the session's own token. */
function csrfHolds(request: FastifyRequest): boolean {
  if (!UNSAFE.has(request.method) || request.session === null) return true;
  const sent = request.headers["x-csrf-token"];
  return typeof sent === "string" && sameToken(sent, request.session.csrfToken);
}

const API = "/api/v1";

/**
 * A route of the API that has not declared itself public (an unknown /api/v1 path included). The
 * matched route's pattern decides, not the URL as sent: the router decodes `/%61pi/v1/…` to the same
 * route, and the raw URL would let it past this check.
 */
function isPrivate(request: FastifyRequest): boolean {
  const path = request.routeOptions.url ?? decodeURIComponentSafe(request.url.split("?")[0] ?? "");
  if (path !== API && !path.startsWith(`${API}/`)) return false;
  return request.routeOptions.config.public !== true;
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** What a session owing a new password or a second factor may still do: its own account (decision 0019). */
const WHILE_OWED = new Set(["POST /api/v1/account/password", "POST /api/v1/account/second-factor", "POST /api/v1/account/second-factor/confirm"]);

/**
 * A 403 for a session that must first choose its own password or set up a second factor, on any
 * private route but its own account's. Not recorded: like the 401 it is the session's state, not a
 * refusal of a role.
 */
function owedFirst(request: FastifyRequest): ClientError | null {
  const { changePassword, setUpSecondFactor } = request.obligations;
  if (!changePassword && !setUpSecondFactor) return null;
  if (WHILE_OWED.has(`${request.method} ${request.routeOptions.url ?? ""}`)) return null;
  return new ClientError(
    "FORBIDDEN", "",
    changePassword ? "choose your own password first: an administrator gave you a temporary one (see Your account)" : "set up a second factor first: your role requires one (see Your account)",
  );
}

function signedOut(request: FastifyRequest): ClientError {
  return new ClientError("UNAUTHENTICATED", "", request.session?.pendingSecondFactor === true ? "enter the code from your authenticator app first (POST /api/v1/session/second-factor)" : "sign in first");
}
