import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import * as oidc from "openid-client";
import { anonymousActor, appendAudit, appendAuditBatch, type AuditInput } from "../../audit/append.ts";
import type { Actor } from "../../policies/actor.ts";
import type { Db } from "../../store/database.ts";
import { users } from "../../store/schema.ts";
import { actorOf } from "./actors.ts";
import { createSession, endSession } from "./sessions.ts";
import type { Origin } from "./sign-in.ts";

/**
 * Single sign-on through OpenID Connect (a district's or agency's Microsoft Entra ID or Google
 * Workspace): the authorization code flow with PKCE, state and nonce (openid-client).
 *
 * Configuration comes from the environment (oidcConfigFromEnv); with none of it set SSO is off.
 *
 * Start: the provider's metadata is discovered once (and again only after a failure), and a fresh
 * state, nonce and PKCE verifier are made for each start. They travel in the browser in a short-lived
 * cookie sealed with AES-256-GCM under a key derived from the client secret (sealPending/openPending):
 * nothing is kept in the process, so a restart or a second instance does not lose a sign-in in
 * progress, and the browser that started the sign-in is the only one that can finish it.
 *
 * Callback: the state must be the sealed one; openid-client then checks the authorization response
 * (state, `iss`), exchanges the code with the verifier, and validates the ID token (signature,
 * issuer, audience, expiry, nonce). Accounts are never created here — an administrator creates them
 * (`sroc user create --sso-only`). The account is the one linked to the identity (issuer, subject);
 * failing that, the one whose e-mail is the provider's *verified* e-mail (`email_verified: true`) and
 * that has no single sign-on identity yet, which is then linked to it. A disabled or locked account is
 * refused. A sign-in is a new session, audited SIGN_IN with method "oidc"; a refusal is audited
 * SIGN_IN_FAILED with its reason. Single sign-on does not ask for the local second factor: the
 * provider is the authenticator (its own MFA policy applies).
 */
export const DEFAULT_REDIRECT_URI = "http://localhost:3000/api/v1/session/oidc/callback";
/** How long a started sign-in may take at the provider. */
export const PENDING_SECONDS = 600;

export interface OidcConfig {
  /** The issuer identifier, e.g. https://login.microsoftonline.com/<tenant id>/v2.0 or https://accounts.google.com. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registered at the provider; where it sends the browser back. */
  redirectUri: string;
  /** The sign-in button's label ("Microsoft", "Google"). */
  label: string;
}

/** openid-client marks it deprecated only to make it stand out; used only for an http issuer on loopback (tests, local development). */
// (discovery recognises this very function in `execute`: it must not be wrapped.)
// eslint-disable-next-line @typescript-eslint/no-deprecated
const allowHttp: (configuration: oidc.Configuration) => void = oidc.allowInsecureRequests;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isLoopbackHttp(url: URL): boolean {
  return url.protocol === "http:" && LOOPBACK.has(url.hostname);
}

/**
 * SROC_OIDC_ISSUER, SROC_OIDC_CLIENT_ID, SROC_OIDC_CLIENT_SECRET (all three, or none: SSO off),
 * SROC_OIDC_REDIRECT_URI (default DEFAULT_REDIRECT_URI), SROC_OIDC_NAME (the button label). A partial
 * or malformed configuration throws: the server refuses to start rather than run without it.
 */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv): OidcConfig | null {
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === "" ? undefined : v;
  };
  const issuer = value("SROC_OIDC_ISSUER");
  const clientId = value("SROC_OIDC_CLIENT_ID");
  const clientSecret = value("SROC_OIDC_CLIENT_SECRET");
  if (issuer === undefined && clientId === undefined && clientSecret === undefined) return null;
  const missing = [["SROC_OIDC_ISSUER", issuer], ["SROC_OIDC_CLIENT_ID", clientId], ["SROC_OIDC_CLIENT_SECRET", clientSecret]].filter(([, v]) => v === undefined).map(([k]) => k);
  if (issuer === undefined || clientId === undefined || clientSecret === undefined) throw new Error(`single sign-on is half configured: set ${missing.join(" and ")} too, or unset all SROC_OIDC_* variables`);
  const redirectUri = value("SROC_OIDC_REDIRECT_URI") ?? DEFAULT_REDIRECT_URI;
  for (const [name, text] of [["SROC_OIDC_ISSUER", issuer], ["SROC_OIDC_REDIRECT_URI", redirectUri]] as const) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new Error(`${name}: "${text}" is not an absolute URL`);
    }
    if (url.protocol !== "https:" && !isLoopbackHttp(url)) throw new Error(`${name}: must be an https URL (http only on localhost)`);
  }
  return { issuer, clientId, clientSecret, redirectUri, label: value("SROC_OIDC_NAME") ?? "single sign-on" };
}

/** The short codes of a refusal (the `signInError` the browser is sent back with), and their words. */
export const OIDC_REFUSALS = {
  sso_off: "Single sign-on is not set up on this installation.",
  unavailable: "The sign-in provider could not be reached. Try again in a moment.",
  state: "This sign-in could not be matched to the one this browser started (it expired, was started in another tab, or was altered). Start again.",
  denied: "The sign-in was cancelled at the provider.",
  provider_error: "The provider refused the sign-in.",
  invalid_response: "The provider's answer could not be verified. Start again; if it keeps happening, ask an administrator.",
  unknown_account:
    "There is no SRO Compliance account for this sign-in. An administrator must create your account first (for example `sroc user create --sso-only`), with the e-mail address your provider has verified.",
  already_linked: "The account with this e-mail address is already linked to another single sign-on identity. Ask an administrator.",
  disabled: "This account is disabled. Ask an administrator.",
  locked: "This account is locked after repeated failed sign-ins. Try again later, or ask an administrator.",
} as const;
export type OidcRefusalCode = keyof typeof OIDC_REFUSALS;

export class OidcRefusal extends Error {
  override name = "OidcRefusal";
  constructor(
    readonly reason: OidcRefusalCode,
    /** What went wrong underneath (for the log), when something did. */
    readonly detail?: unknown,
  ) {
    super(OIDC_REFUSALS[reason]);
  }
}

/** What the browser keeps between the start and the callback (sealed). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Epoch seconds after which the callback is refused. */
  expiresAt: number;
}

export interface OidcSignedIn {
  token: string;
  csrfToken: string;
  actor: Actor;
  /** The account was linked to the identity by this sign-in. */
  linked: boolean;
}

export interface OidcSignIn {
  readonly config: OidcConfig;
  /** The provider's authorization URL and the sealed pending sign-in to keep in the browser. */
  start(): Promise<{ url: string; sealed: string }>;
  /**
   * Finishes a sign-in from the callback's query string; throws OidcRefusal (audited) when refused.
   * `previousToken` (the browser's session, if any) ends as soon as the state proves the browser
   * started this sign-in — whatever the outcome after that, as with the password — and not before, so
   * that a link to the callback cannot sign anyone out.
   */
  finish(db: Db, input: { query: Record<string, string | undefined>; sealed: string | undefined; previousToken: string | null; origin: Origin }): Promise<OidcSignedIn>;
  /** Audits a refusal decided before finish (e.g. a malformed callback) and returns it. */
  recordRefusal(db: Db, reason: OidcRefusalCode, origin: Origin, detail?: unknown): Promise<OidcRefusal>;
  sealPending(pending: PendingSignIn): string;
  openPending(sealed: string | undefined): PendingSignIn | null;
}

interface Identity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function oidcSignIn(config: OidcConfig): OidcSignIn {
  const key = Buffer.from(hkdfSync("sha256", config.clientSecret, config.issuer, "sroc oidc pending sign-in", 32));
  const insecure = isLoopbackHttp(new URL(config.issuer));
  let discovered: Promise<oidc.Configuration> | null = null;

  function configuration(): Promise<oidc.Configuration> {
    discovered ??= (async () => {
      const found = await oidc.discovery(new URL(config.issuer), config.clientId, config.clientSecret, undefined, insecure ? { execute: [allowHttp] } : {});
      // The client authentication the provider accepts: client_secret_post unless only Basic is offered.
      const methods = found.serverMetadata().token_endpoint_auth_methods_supported;
      if (methods !== undefined && !methods.includes("client_secret_post") && methods.includes("client_secret_basic")) {
        const basic = new oidc.Configuration(found.serverMetadata(), config.clientId, config.clientSecret, oidc.ClientSecretBasic(config.clientSecret));
        if (insecure) allowHttp(basic);
        return basic;
      }
      return found;
    })();
    // A failed discovery is not remembered: the next sign-in tries again.
    discovered.catch(() => {
      discovered = null;
    });
    return discovered;
  }

  async function reachable(): Promise<oidc.Configuration> {
    try {
      return await configuration();
    } catch (e) {
      throw new OidcRefusal("unavailable", e);
    }
  }

  function sealPending(pending: PendingSignIn): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(pending), "utf8"), cipher.final()]);
    return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
  }

  function openPending(sealed: string | undefined): PendingSignIn | null {
    if (sealed === undefined || sealed === "" || sealed.length > 2048) return null;
    const raw = Buffer.from(sealed, "base64url");
    if (raw.length < 12 + 16 + 2) return null;
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(raw.length - 16));
      const text = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString("utf8");
      const p = JSON.parse(text) as Partial<PendingSignIn>;
      if (typeof p.state !== "string" || typeof p.nonce !== "string" || typeof p.codeVerifier !== "string" || typeof p.expiresAt !== "number") return null;
      if (p.expiresAt < Date.now() / 1000) return null;
      return { state: p.state, nonce: p.nonce, codeVerifier: p.codeVerifier, expiresAt: p.expiresAt };
    } catch {
      return null; // altered, or sealed under another key
    }
  }

  async function start(): Promise<{ url: string; sealed: string }> {
    const cfg = await reachable();
    const pending: PendingSignIn = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      expiresAt: Math.floor(Date.now() / 1000) + PENDING_SECONDS,
    };
    const url = oidc.buildAuthorizationUrl(cfg, {
      redirect_uri: config.redirectUri,
      response_type: "code",
      scope: "openid email",
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: "S256",
    });
    return { url: url.href, sealed: sealPending(pending) };
  }

  /** The validated identity of the callback, or a refusal. */
  async function identify(query: Record<string, string | undefined>, pending: PendingSignIn): Promise<Identity> {
    if (query["error"] !== undefined) throw new OidcRefusal(query["error"] === "access_denied" ? "denied" : "provider_error", { error: query["error"], description: query["error_description"] });
    const cfg = await reachable();
    // The URL the provider redirected to is the configured one (behind a proxy the request's own URL
    // may differ); the token request repeats it as redirect_uri.
    const current = new URL(config.redirectUri);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) current.searchParams.set(k, v);
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(cfg, current, { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true });
    } catch (e) {
      if (e instanceof oidc.AuthorizationResponseError) throw new OidcRefusal(e.error === "access_denied" ? "denied" : "provider_error", e);
      throw new OidcRefusal("invalid_response", e);
    }
    const claims = tokens.claims();
    if (claims === undefined) throw new OidcRefusal("invalid_response", new Error("no ID token"));
    // The e-mail and whether it is verified come from one source: the ID token when it has the
    // e-mail, else the UserInfo endpoint (providers that keep scope claims out of the ID token).
    let email: unknown = claims["email"];
    let verified: unknown = claims["email_verified"];
    if (email === undefined && cfg.serverMetadata().userinfo_endpoint !== undefined) {
      try {
        const info = await oidc.fetchUserInfo(cfg, tokens.access_token, claims.sub);
        email = info.email;
        verified = info.email_verified;
      } catch (e) {
        throw new OidcRefusal("invalid_response", e);
      }
    }
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: typeof email === "string" && email.trim() !== "" ? email.trim().toLowerCase() : null,
      emailVerified: verified === true,
    };
  }

  async function refuse(db: Db, reason: OidcRefusalCode, origin: Origin, who: { user?: { id: string; displayName: string }; identity?: Identity; detail?: unknown }): Promise<never> {
    const identity = who.identity;
    const claimed = identity === undefined ? undefined : (identity.email ?? `${identity.issuer} ${identity.subject}`).slice(0, 200);
    const actor = who.user === undefined ? anonymousActor(claimed) : { id: who.user.id, name: who.user.displayName };
    await appendAudit(db, {
      type: "SIGN_IN_FAILED",
      actor,
      ...origin,
      after: { method: "oidc", reason, email: identity?.email ?? null, emailVerified: identity?.emailVerified ?? null, issuer: identity?.issuer ?? config.issuer, subject: identity?.subject ?? null },
    });
    throw new OidcRefusal(reason, who.detail);
  }

  async function finish(db: Db, input: { query: Record<string, string | undefined>; sealed: string | undefined; previousToken: string | null; origin: Origin }): Promise<OidcSignedIn> {
    const { origin } = input;
    const pending = openPending(input.sealed);
    const state = input.query["state"];
    if (pending === null || state === undefined || !sameText(state, pending.state)) return refuse(db, "state", origin, {});
    if (input.previousToken !== null) await endSession(db, input.previousToken); // a new session at every sign-in
    let identity: Identity;
    try {
      identity = await identify(input.query, pending);
    } catch (e) {
      if (!(e instanceof OidcRefusal)) throw e;
      return refuse(db, e.reason, origin, { detail: e.detail ?? null });
    }

    let [user] = await db.select().from(users).where(and(eq(users.oidcIssuer, identity.issuer), eq(users.oidcSubject, identity.subject)));
    let link = false;
    if (user === undefined) {
      const byEmail = identity.email === null || !identity.emailVerified ? undefined : (await db.select().from(users).where(eq(users.email, identity.email)))[0];
      if (byEmail === undefined) return refuse(db, "unknown_account", origin, { identity });
      if (byEmail.oidcIssuer !== null || byEmail.oidcSubject !== null) return refuse(db, "already_linked", origin, { identity, user: byEmail });
      user = byEmail;
      link = true;
    }
    if (user.disabled) return refuse(db, "disabled", origin, { identity, user });
    if (user.lockedUntil !== null && new Date(user.lockedUntil) > new Date()) return refuse(db, "locked", origin, { identity, user });

    const account = user;
    const auditActor = { id: account.id, name: account.displayName };
    const signedIn = await db.transaction(async (tx) => {
      const events: AuditInput[] = [];
      if (link) {
        // Only if still unlinked: two first sign-ins at once link once.
        const linked = await tx
          .update(users)
          .set({ oidcIssuer: identity.issuer, oidcSubject: identity.subject, updatedAt: new Date().toISOString() })
          .where(and(eq(users.id, account.id), isNull(users.oidcIssuer), isNull(users.oidcSubject)))
          .returning({ id: users.id });
        if (linked.length === 0) return null;
        events.push({ type: "USER_UPDATED", actor: auditActor, entity: "users", entityId: account.id, ...origin, after: { oidcIssuer: identity.issuer, oidcSubject: identity.subject, linkedBy: "verified e-mail at single sign-on" } });
      }
      const actor = await actorOf(tx, account.id);
      if (actor === null) return null;
      const session = await createSession(tx, account.id, origin);
      events.push({ type: "SIGN_IN", actor: auditActor, ...origin, after: { method: "oidc", issuer: identity.issuer } });
      await appendAuditBatch(tx, events); // last: the audit trail's lock is held until commit
      return { ...session, actor, linked: link };
    });
    if (signedIn === null) return refuse(db, link ? "already_linked" : "disabled", origin, { identity, user: account });
    return signedIn;
  }

  async function recordRefusal(db: Db, reason: OidcRefusalCode, origin: Origin, detail?: unknown): Promise<OidcRefusal> {
    try {
      return await refuse(db, reason, origin, { detail });
    } catch (e) {
      if (e instanceof OidcRefusal) return e;
      throw e;
    }
  }

  return { config, start, finish, recordRefusal, sealPending, openPending };
}
