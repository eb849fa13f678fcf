import { generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
// @ts-expect-error -- oidc-provider ships no type declarations; ProviderClass below types what the test uses.
import ProviderModule from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operator } from "../policies/actor.ts";
import { DEFAULT_REDIRECT_URI, oidcConfigFromEnv } from "../services/accounts/oidc.ts";
import { createUser } from "../services/accounts/users.ts";
import { queryRows, type Db } from "../store/database.ts";
import { users } from "../store/schema.ts";
import { backends, withDatabase } from "../store/test-database.test-support.ts";
import { buildApp } from "./app.ts";
import { SESSION_COOKIE } from "./auth.ts";
import { OIDC_PENDING_COOKIE, oidcRoutes } from "./routes/oidc.ts";

/**
 * Single sign-on end to end, against a real OpenID Provider (oidc-provider) listening on 127.0.0.1 on
 * a random port: discovery, the authorization request, the provider's own login and consent pages
 * (its devInteractions, driven by HTTP like a browser would), the code exchange, the ID token's
 * signature checked against the provider's JWKS, UserInfo. The application is driven through
 * app.inject at the origin of its default redirect URI (http://localhost:3000); a "browser" is one
 * cookie jar per origin, following redirects between the two. On every backend.
 */
interface ProviderInstance {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
}
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;
const Provider = ProviderModule as unknown as ProviderClass;

const APP_ORIGIN = new URL(DEFAULT_REDIRECT_URI).origin;
const CLIENT_ID = "sroc-test";
const CLIENT_SECRET = "a-client-secret-of-the-test-provider-0123456789";
const TODAY = "2026-11-30";

/** The provider's people: their account id is their subject. */
const PEOPLE: Record<string, { email: string; email_verified: boolean }> = {
  alice: { email: "alice@agency.example", email_verified: true }, // linked beforehand
  bob: { email: "Bob@District.example", email_verified: true }, // linked at first sign-in by e-mail
  carol: { email: "carol@district.example", email_verified: false }, // an account exists, but the e-mail is not verified
  mallory: { email: "mallory@elsewhere.example", email_verified: true }, // no account
  dave: { email: "dave@agency.example", email_verified: true }, // disabled account
};

let server: Server;
let issuer = "";
const savedEnv: Record<string, string | undefined> = {};
const ENV = ["SROC_OIDC_ISSUER", "SROC_OIDC_CLIENT_ID", "SROC_OIDC_CLIENT_SECRET", "SROC_OIDC_REDIRECT_URI", "SROC_OIDC_NAME"] as const;

beforeAll(async () => {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  server = createServer((req, res) => {
    if (handler === null) res.writeHead(503).end();
    else handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const jwk = { ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }), kid: "test-key", alg: "RS256", use: "sig" };
  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [DEFAULT_REDIRECT_URI], grant_types: ["authorization_code"], response_types: ["code"], token_endpoint_auth_method: "client_secret_post" }],
    jwks: { keys: [jwk] },
    cookies: { keys: ["cookie-key-of-the-test-provider"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    features: { devInteractions: { enabled: true } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    findAccount: (_ctx: unknown, sub: string) => {
      const person = PEOPLE[sub];
      return person === undefined ? undefined : { accountId: sub, claims: () => ({ sub, ...person }) };
    },
  });
  handler = provider.callback();
  for (const k of ENV) savedEnv[k] = process.env[k];
  process.env["SROC_OIDC_ISSUER"] = issuer;
  process.env["SROC_OIDC_CLIENT_ID"] = CLIENT_ID;
  process.env["SROC_OIDC_CLIENT_SECRET"] = CLIENT_SECRET;
  process.env["SROC_OIDC_NAME"] = "Test Provider";
  delete process.env["SROC_OIDC_REDIRECT_URI"];
});

afterAll(async () => {
  for (const k of ENV) {
    const v = savedEnv[k];
    if (v === undefined) Reflect.deleteProperty(process.env, k);
    else process.env[k] = v;
  }
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
});

/** A browser: a cookie jar per origin (names are unique enough to ignore paths). */
class Browser {
  readonly jars = new Map<string, Map<string, string>>();
  jar(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (jar === undefined) {
      jar = new Map<string, string>();
      this.jars.set(origin, jar);
    }
    return jar;
  }
  cookieHeader(origin: string): string {
    return [...this.jar(origin)].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  store(origin: string, setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";").map((s) => s.trim());
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const expires = attributes.find((a) => a.toLowerCase().startsWith("expires="));
      const gone = value === "" || attributes.some((a) => a.toLowerCase() === "max-age=0") || (expires !== undefined && Date.parse(expires.slice(8)) < Date.now());
      if (gone) this.jar(origin).delete(name);
      else this.jar(origin).set(name, value);
    }
  }
  get session(): string | undefined {
    return this.jar(APP_ORIGIN).get(SESSION_COOKIE);
  }
}

interface Landing {
  /** Where the application finally sent the browser ("/" or "/?signInError=…"). */
  location: string;
  /** The callback URL the provider sent the browser to. */
  callback: URL | null;
}

async function appRequest(app: FastifyInstance, browser: Browser, url: URL): Promise<{ status: number; location: string | undefined }> {
  const cookie = browser.cookieHeader(APP_ORIGIN);
  const res = await app.inject({ method: "GET", url: url.pathname + url.search, headers: { host: url.host, "user-agent": "vitest browser", ...(cookie === "" ? {} : { cookie }) } });
  const set = res.headers["set-cookie"];
  browser.store(APP_ORIGIN, set === undefined ? [] : Array.isArray(set) ? set : [set]);
  const location = res.headers.location;
  return { status: res.statusCode, location: typeof location === "string" ? location : undefined };
}

/**
 * Clicks "Sign in with …" and goes through the provider as `login` (its login form when it asks; its
 * consent form when it asks), following redirects until the application sends the browser to one of
 * its pages. `tamper` may rewrite the callback URL before the browser follows it.
 */
async function signInWithProvider(app: FastifyInstance, browser: Browser, login: string, tamper?: (callback: URL) => void): Promise<Landing> {
  let url = new URL("/api/v1/session/oidc/start", APP_ORIGIN);
  let callback: URL | null = null;
  for (let step = 0; step < 20; step += 1) {
    if (url.origin === APP_ORIGIN) {
      if (url.pathname === "/api/v1/session/oidc/callback") {
        tamper?.(url);
        callback = url;
      }
      const res = await appRequest(app, browser, url);
      if (res.status !== 302 || res.location === undefined) throw new Error(`${url.pathname} answered ${res.status}`);
      if (res.location.startsWith("/")) return { location: res.location, callback };
      url = new URL(res.location);
      continue;
    }
    const cookie = browser.cookieHeader(url.origin);
    let res = await fetch(url, { redirect: "manual", headers: cookie === "" ? {} : { cookie } });
    browser.store(url.origin, res.headers.getSetCookie());
    if (res.status === 200 && url.pathname.startsWith("/interaction/")) {
      const page = await res.text();
      const form: Record<string, string> = page.includes('name="prompt" value="login"') ? { prompt: "login", login, password: "any" } : { prompt: "consent" };
      const again = browser.cookieHeader(url.origin);
      res = await fetch(url, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", cookie: again }, body: new URLSearchParams(form).toString() });
      browser.store(url.origin, res.headers.getSetCookie());
    }
    const location = res.headers.get("location");
    if (res.status < 300 || res.status >= 400 || location === null) throw new Error(`the provider answered ${res.status} at ${url.pathname}: ${await res.text()}`);
    url = new URL(location, url);
  }
  throw new Error("too many redirects");
}

async function whoIs(app: FastifyInstance, token: string | undefined): Promise<{ signedIn: boolean; user: { id: string; name: string } | null }> {
  const res = await app.inject({ method: "GET", url: "/api/v1/session", headers: { host: "localhost:3000", ...(token === undefined ? {} : { cookie: `${SESSION_COOKIE}=${token}` }) } });
  return JSON.parse(res.body) as { signedIn: boolean; user: { id: string; name: string } | null };
}

interface Fixture {
  app: FastifyInstance;
  db: Db;
  ids: { alice: string; bob: string; carol: string; dave: string };
}

async function withSso<T>(backend: (typeof BACKENDS)[number], fn: (f: Fixture) => Promise<T>): Promise<T> {
  return withDatabase(backend, async (database) => {
    const app = await buildApp({ database, zone: "America/Chicago", today: () => TODAY });
    // Until app.ts registers the routes itself (from the same environment).
    if (!app.hasRoute({ method: "GET", url: "/api/v1/session/oidc/callback" })) oidcRoutes(app, { db: database.db, zone: "America/Chicago", today: () => TODAY }, oidcConfigFromEnv(process.env));
    try {
      const ctx = { db: database.db, actor: operator("test"), today: () => TODAY };
      const create = async (email: string, displayName: string) => (await createUser(ctx, { email, displayName, password: null })).id;
      const ids = {
        alice: await create("alice.work@agency.example", "Alice Anders"),
        bob: await create("bob@district.example", "Bob Berg"),
        carol: await create("carol@district.example", "Carol Chu"),
        dave: await create("dave@agency.example", "Dave Dahl"),
      };
      await database.db.update(users).set({ oidcIssuer: issuer, oidcSubject: "alice" }).where(eq(users.id, ids.alice));
      await database.db.update(users).set({ disabled: true }).where(eq(users.id, ids.dave));
      return await fn({ app, db: database.db, ids });
    } finally {
      await app.close();
    }
  });
}

async function signInEvents(db: Db): Promise<{ type: string; actorId: string; after: Record<string, unknown> | null }[]> {
  return queryRows(db, sql`select type, actor_id as "actorId", after from audit_events where type in ('SIGN_IN', 'SIGN_IN_FAILED', 'USER_UPDATED') order by seq`);
}

const BACKENDS = backends();

describe("oidcConfigFromEnv", () => {
  it("is off with nothing set, refuses half a configuration, defaults the redirect URI", () => {
    expect(oidcConfigFromEnv({})).toBeNull();
    expect(() => oidcConfigFromEnv({ SROC_OIDC_ISSUER: "https://accounts.google.com" })).toThrow(/SROC_OIDC_CLIENT_ID and SROC_OIDC_CLIENT_SECRET/);
    expect(() => oidcConfigFromEnv({ SROC_OIDC_ISSUER: "http://idp.example", SROC_OIDC_CLIENT_ID: "a", SROC_OIDC_CLIENT_SECRET: "b" })).toThrow(/https/);
    expect(oidcConfigFromEnv({ SROC_OIDC_ISSUER: "https://accounts.google.com", SROC_OIDC_CLIENT_ID: "a", SROC_OIDC_CLIENT_SECRET: "b", SROC_OIDC_NAME: "Google" })).toEqual({
      issuer: "https://accounts.google.com", clientId: "a", clientSecret: "b", redirectUri: DEFAULT_REDIRECT_URI, label: "Google",
    });
  });
});

for (const backend of BACKENDS) {
  describe(`single sign-on against a real OpenID Provider (${backend.name})`, () => {
    it("says it is on, with its label", async () => {
      await withSso(backend, async ({ app }) => {
        const res = await app.inject({ method: "GET", url: "/api/v1/session/oidc" });
        expect(res.statusCode).toBe(200);
        const body = JSON.parse(res.body) as { enabled: boolean; label: string; startUrl: string; refusals: Record<string, string> };
        expect(body).toMatchObject({ enabled: true, label: "Test Provider", startUrl: "/api/v1/session/oidc/start" });
        expect(body.refusals["unknown_account"]).toMatch(/administrator/);
        expect((await app.inject({ method: "GET", url: "/api/v1/session/oidc?debug=1" })).statusCode).toBe(400); // closed query
        // A callback with a parameter no provider sends: a redirect with an error, not a JSON page.
        const odd = await appRequest(app, new Browser(), new URL("/api/v1/session/oidc/callback?code=x&state=y&debug=1", APP_ORIGIN));
        expect(odd).toEqual({ status: 302, location: "/?signInError=invalid_response" });
        const openapi = JSON.parse((await app.inject({ method: "GET", url: "/api/openapi.json" })).body) as { paths: Record<string, unknown> };
        expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/api/v1/session/oidc", "/api/v1/session/oidc/start", "/api/v1/session/oidc/callback"]));
      });
    });

    it("signs in a linked account; the session cookie works", async () => {
      await withSso(backend, async ({ app, db, ids }) => {
        const browser = new Browser();
        const landing = await signInWithProvider(app, browser, "alice");
        expect(landing.location).toBe("/");
        expect(landing.callback?.searchParams.get("code")).toBeTruthy();
        expect(browser.jar(APP_ORIGIN).has(OIDC_PENDING_COOKIE)).toBe(false); // spent
        const me = await whoIs(app, browser.session);
        expect(me).toMatchObject({ signedIn: true, user: { id: ids.alice, name: "Alice Anders" } });
        const events = await signInEvents(db);
        expect(events.at(-1)).toMatchObject({ type: "SIGN_IN", actorId: ids.alice, after: { method: "oidc" } });
      });
    });

    it("links an account by verified e-mail at its first sign-in, then by its identity", async () => {
      await withSso(backend, async ({ app, db, ids }) => {
        const first = new Browser();
        expect((await signInWithProvider(app, first, "bob")).location).toBe("/");
        expect(await whoIs(app, first.session)).toMatchObject({ signedIn: true, user: { id: ids.bob } });
        const [bob] = await db.select().from(users).where(eq(users.id, ids.bob));
        expect(bob).toMatchObject({ oidcIssuer: issuer, oidcSubject: "bob" });
        const events = await signInEvents(db);
        expect(events.slice(-2)).toMatchObject([
          { type: "USER_UPDATED", actorId: ids.bob, after: { oidcIssuer: issuer, oidcSubject: "bob" } },
          { type: "SIGN_IN", actorId: ids.bob, after: { method: "oidc" } },
        ]);
        // The e-mail no longer matters once linked: the identity does.
        await db.update(users).set({ email: "robert@district.example" }).where(eq(users.id, ids.bob));
        const second = new Browser();
        expect((await signInWithProvider(app, second, "bob")).location).toBe("/");
        expect(await whoIs(app, second.session)).toMatchObject({ signedIn: true, user: { id: ids.bob } });
      });
    });

    it("refuses an unknown person, an unverified e-mail and a disabled account, and audits each", async () => {
      await withSso(backend, async ({ app, db, ids }) => {
        for (const [login, reason] of [["mallory", "unknown_account"], ["carol", "unknown_account"], ["dave", "disabled"]] as const) {
          const browser = new Browser();
          expect((await signInWithProvider(app, browser, login)).location).toBe(`/?signInError=${reason}`);
          expect(browser.session).toBeUndefined();
        }
        const [carol] = await db.select().from(users).where(eq(users.id, ids.carol));
        expect(carol).toMatchObject({ oidcIssuer: null, oidcSubject: null }); // never linked by an unverified e-mail
        const count = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from users`);
        expect(count[0]?.n).toBe(4); // nobody provisioned
        const failed = (await signInEvents(db)).filter((e) => e.type === "SIGN_IN_FAILED");
        expect(failed).toMatchObject([
          { actorId: "anonymous", after: { method: "oidc", reason: "unknown_account", email: "mallory@elsewhere.example", subject: "mallory" } },
          { actorId: "anonymous", after: { method: "oidc", reason: "unknown_account", email: "carol@district.example", emailVerified: false } },
          { actorId: ids.dave, after: { method: "oidc", reason: "disabled" } },
        ]);
      });
    });

    it("refuses a locked account", async () => {
      await withSso(backend, async ({ app, db, ids }) => {
        await db.update(users).set({ lockedUntil: new Date(Date.now() + 10 * 60_000).toISOString() }).where(eq(users.id, ids.alice));
        const browser = new Browser();
        expect((await signInWithProvider(app, browser, "alice")).location).toBe("/?signInError=locked");
        expect(browser.session).toBeUndefined();
      });
    });

    it("rotates the session: a browser signed in before gets a new token, and the old one is dead", async () => {
      await withSso(backend, async ({ app, ids }) => {
        const browser = new Browser();
        await signInWithProvider(app, browser, "alice");
        const before = browser.session;
        expect(before).toBeDefined();
        expect((await whoIs(app, before)).signedIn).toBe(true);
        // Again, in the same browser (the provider remembers the person now: no login form).
        expect((await signInWithProvider(app, browser, "alice")).location).toBe("/");
        const after = browser.session;
        expect(after).toBeDefined();
        expect(after).not.toBe(before);
        expect(await whoIs(app, after)).toMatchObject({ signedIn: true, user: { id: ids.alice } });
        expect(await whoIs(app, before)).toMatchObject({ signedIn: false, user: null });
      });
    });

    it("refuses a tampered state, and a callback this browser never started; neither signs anyone out", async () => {
      await withSso(backend, async ({ app, db, ids }) => {
        const browser = new Browser();
        const landing = await signInWithProvider(app, browser, "alice", (callback) => {
          callback.searchParams.set("state", `${callback.searchParams.get("state") ?? ""}x`);
        });
        expect(landing.location).toBe("/?signInError=state");
        expect(browser.session).toBeUndefined();

        // A browser already signed in keeps its session when a callback with a wrong state arrives.
        const signedIn = new Browser();
        await signInWithProvider(app, signedIn, "bob");
        const session = signedIn.session;
        const tampered = await signInWithProvider(app, signedIn, "bob", (callback) => {
          callback.searchParams.set("state", "forged");
        });
        expect(tampered.location).toBe("/?signInError=state");
        expect(signedIn.session).toBe(session);
        expect(await whoIs(app, session)).toMatchObject({ signedIn: true, user: { id: ids.bob } });

        // The genuine callback, replayed by another browser (no pending sign-in of its own): refused.
        const genuine = await signInWithProvider(app, new Browser(), "alice");
        expect(genuine.location).toBe("/");
        const stranger = new Browser();
        expect((await appRequest(app, stranger, new URL(genuine.callback ?? ""))).location).toBe("/?signInError=state");
        expect(stranger.session).toBeUndefined();

        const failed = (await signInEvents(db)).filter((e) => e.type === "SIGN_IN_FAILED");
        expect(failed[0]).toMatchObject({ actorId: "anonymous", after: { method: "oidc", reason: "state" } });
      });
    });
  });
}
