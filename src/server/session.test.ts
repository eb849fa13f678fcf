import { eq } from "drizzle-orm";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { URI, type TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { MAX_FAILURES } from "../services/accounts/sign-in.ts";
import { users } from "../store/schema.ts";
import { SESSION_COOKIE } from "./auth.ts";
import { backends, PASSWORD, withApi, type TestApi } from "./test-app.test-support.ts";

/**
 * Issue 4's session tests, over HTTP on every backend: session fixation (a new token at sign-in and
 * at the second factor; sign-out and a password change end sessions on the server), the cookie's
 * attributes, CSRF, lockout and rate limiting, the TOTP second factor (enrolment, sign-in, replay),
 * and passwords. Raw requests (app.inject) so that cookies and headers are the test's own.
 */
interface Raw {
  cookie?: string;
  csrf?: string;
  host?: string;
  ip?: string;
}

function send(app: FastifyInstance, method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: object, raw: Raw = {}): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (raw.cookie !== undefined) headers["cookie"] = `${SESSION_COOKIE}=${raw.cookie}`;
  if (raw.csrf !== undefined) headers["x-csrf-token"] = raw.csrf;
  if (raw.host !== undefined) headers["host"] = raw.host;
  return app.inject({ method, url, headers, ...(raw.ip === undefined ? {} : { remoteAddress: raw.ip }), ...(payload === undefined ? {} : { payload }) });
}

function tokenOf(res: LightMyRequestResponse): string {
  const token = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  if (token === undefined || token === "") throw new Error(`no session cookie in ${res.statusCode} ${res.body}`);
  return token;
}

const json = (res: LightMyRequestResponse) => JSON.parse(res.body) as Record<string, unknown> & { error?: { code: string; message: string; path?: string } };

async function signInRaw(app: FastifyInstance, email: string, password = PASSWORD, raw: Raw = {}) {
  const res = await send(app, "POST", "/api/v1/session", { email, password }, raw);
  return { res, status: res.statusCode, body: json(res), token: res.statusCode === 200 ? tokenOf(res) : null };
}

async function whoIs(app: FastifyInstance, token: string): Promise<{ signedIn: boolean; secondFactorPending: boolean; csrfToken: string | null }> {
  return json(await send(app, "GET", "/api/v1/session", undefined, { cookie: token })) as never;
}

/** A signed-in administrator's protected read: 200 for a live session, 401 otherwise. */
const auditStatus = async (app: FastifyInstance, token: string) => (await send(app, "GET", "/api/v1/audit?limit=1&purpose=session%20test", undefined, { cookie: token })).statusCode;

/** The audit events of these types, read through the API by the administrator's session. */
async function auditOf(api: TestApi, types: string, token = api.cookie ?? "") {
  const res = await send(api.app, "GET", `/api/v1/audit?type=${types}&limit=1000&purpose=session%20test`, undefined, { cookie: token });
  expect(res.statusCode).toBe(200);
  return json(res)["items"] as { type: string; actor: { id: string; name: string }; after: Record<string, unknown> | null; ip: string | null }[];
}

/** A code of the account's authenticator for the step `steps` away from now, read from the otpauth:// URI as an app would. */
function authenticator(uri: string): (steps?: number) => string {
  const totp = URI.parse(uri) as TOTP;
  return (steps = 0) => totp.generate({ timestamp: Date.now() + steps * totp.period * 1000 });
}

for (const backend of backends()) {
  // The first test pays for warming up (the database template, argon2, the password dictionaries) on a busy machine.
  describe(`sessions on ${backend.name}`, { timeout: 120_000 }, () => {
    it("issues a new token at sign-in whatever cookie came before, and the old one never authenticates", async () => {
      await withApi(backend, async (api) => {
        await api.as({ email: "chief@agency.example", isAdmin: true });
        // An attacker's cookie of their own choosing.
        const planted = "attacker-chosen-session-value";
        const first = await signInRaw(api.app, "chief@agency.example", PASSWORD, { cookie: planted });
        expect(first.status).toBe(200);
        expect(first.token).not.toBe(planted);
        expect((await whoIs(api.app, planted)).signedIn).toBe(false);
        expect((await whoIs(api.app, first.token ?? "")).signedIn).toBe(true);
        // A real session, sent along at the next sign-in (with its CSRF token): ended, replaced.
        const second = await signInRaw(api.app, "chief@agency.example", PASSWORD, { cookie: first.token ?? "", csrf: String(first.body["csrfToken"]) });
        expect(second.status).toBe(200);
        expect(second.token).not.toBe(first.token);
        expect(second.body["csrfToken"]).not.toBe(first.body["csrfToken"]);
        expect(await auditStatus(api.app, first.token ?? "")).toBe(401);
        expect(await auditStatus(api.app, second.token ?? "")).toBe(200);
      });
    });

    it("signing out ends the session on the server: the same cookie replayed is refused", async () => {
      await withApi(backend, async (api) => {
        const token = api.cookie ?? "";
        expect(await auditStatus(api.app, token)).toBe(200);
        const out = await send(api.app, "DELETE", "/api/v1/session", undefined, { cookie: token, csrf: api.csrf ?? "" });
        expect(out.statusCode).toBe(204);
        const cleared = out.cookies.find((c) => c.name === SESSION_COOKIE);
        expect(cleared?.value).toBe("");
        expect(new Date(cleared?.expires ?? Date.now()).getTime()).toBeLessThanOrEqual(Date.now());
        expect(await auditStatus(api.app, token)).toBe(401);
        expect(await whoIs(api.app, token)).toMatchObject({ signedIn: false, csrfToken: null });
        const again = await signInRaw(api.app, "admin@test.example");
        const events = await auditOf(api, "SIGN_OUT", again.token ?? "");
        expect(events.map((e) => e.actor.name)).toEqual(["Test Administrator"]);
      });
    });

    it("a password change ends the person's other sessions and keeps the one that asked", async () => {
      await withApi(backend, async (api) => {
        await api.as({ email: "coord@agency.example", isAdmin: true });
        const here = await signInRaw(api.app, "coord@agency.example");
        const there = await signInRaw(api.app, "coord@agency.example");
        const next = "a much longer passphrase 2026";
        const changed = await send(api.app, "POST", "/api/v1/account/password", { currentPassword: PASSWORD, newPassword: next }, { cookie: here.token ?? "", csrf: String(here.body["csrfToken"]) });
        expect(changed.statusCode).toBe(204);
        expect(await auditStatus(api.app, here.token ?? "")).toBe(200);
        expect(await auditStatus(api.app, there.token ?? "")).toBe(401);
        expect(await auditStatus(api.app, api.cookie ?? "")).toBe(200); // someone else's session is untouched
        expect((await signInRaw(api.app, "coord@agency.example", PASSWORD)).status).toBe(401);
        expect((await signInRaw(api.app, "coord@agency.example", next)).status).toBe(200);
        expect((await auditOf(api, "PASSWORD_CHANGED")).map((e) => e.actor.name)).toEqual(["coord@agency.example"]);
      });
    });

    it("sets the cookie HttpOnly, SameSite=Lax, Path=/, Secure off localhost, and never puts the token in a body", async () => {
      await withApi(backend, async (api) => {
        const local = await signInRaw(api.app, "admin@test.example", PASSWORD, { host: "localhost:3000" });
        const remote = await signInRaw(api.app, "admin@test.example", PASSWORD, { host: "sro.district.example" });
        for (const [res, secure] of [[local.res, false], [remote.res, true]] as const) {
          const c = res.cookies.find((k) => k.name === SESSION_COOKIE);
          expect(c).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", maxAge: 12 * 3600 });
          expect(c?.secure === true).toBe(secure);
          const header = String(res.headers["set-cookie"]);
          expect(header).toMatch(/HttpOnly/);
          expect(header).toMatch(/SameSite=Lax/);
          expect(/;\s*Secure/i.test(header)).toBe(secure);
          expect(res.body).not.toContain(tokenOf(res));
        }
        const me = await send(api.app, "GET", "/api/v1/session", undefined, { cookie: local.token ?? "" });
        expect(me.body).not.toContain(local.token ?? "?");
        const out = await send(api.app, "DELETE", "/api/v1/session", undefined, { cookie: remote.token ?? "", csrf: String(remote.body["csrfToken"]), host: "sro.district.example" });
        expect(out.cookies.find((k) => k.name === SESSION_COOKIE)).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: true });
      });
    });

    it("refuses an unsafe request whose CSRF token is missing, wrong or another session's, and writes nothing", async () => {
      await withApi(backend, async (api) => {
        const other = await signInRaw(api.app, "admin@test.example");
        const org = { kind: "AGENCY", name: "Breitung Police Department", sroPolicy: "POST", policyVersion: "2024", policyAdoptedOn: "2024-11-19" };
        const token = api.cookie ?? "";
        for (const csrf of [undefined, "wrong-token", String(other.body["csrfToken"]), `${api.csrf ?? ""}x`, ""]) {
          const res = await send(api.app, "POST", "/api/v1/organizations", org, { cookie: token, ...(csrf === undefined ? {} : { csrf }) });
          expect(res.statusCode).toBe(403);
          expect(json(res).error).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/CSRF/) as unknown });
        }
        const list = await send(api.app, "GET", "/api/v1/organizations", undefined, { cookie: token }); // a read needs no token
        expect(list.statusCode).toBe(200);
        expect(json(list)["items"]).toEqual([]);
        expect(await auditOf(api, "RECORD_CREATED")).toEqual([]);
        // Signing out is state-changing too: without the token the session lives on.
        expect((await send(api.app, "DELETE", "/api/v1/session", undefined, { cookie: token })).statusCode).toBe(403);
        expect(await auditStatus(api.app, token)).toBe(200);
        const ok = await send(api.app, "POST", "/api/v1/organizations", org, { cookie: token, csrf: api.csrf ?? "" });
        expect(ok.statusCode).toBe(201);
      });
    });

    it("answers a known and an unknown account alike, limits the address trying them, and never locks the account for everyone", async () => {
      await withApi(backend, async (api) => {
        // Each from an address of its own: the route's own throttle (ten a minute) stays out of the way.
        const ip = "198.51.100.7";
        const other = "198.51.100.8";
        await api.as({ email: "sro@agency.example" });
        const tries = async (email: string, from: string) => {
          const answers = [];
          for (let i = 0; i <= MAX_FAILURES; i += 1) answers.push(await signInRaw(api.app, email, "not the password", { ip: from }));
          return answers;
        };
        const known = await tries("sro@agency.example", ip);
        const unknown = await tries("nobody@agency.example", other);
        const shape = (a: { status: number; body: { error?: { code: string; message: string } } }) => [a.status, a.body.error?.code, a.body.error?.message.replace(/\d{4}-\d\d-\d\d \d\d:\d\d/, "(time)")];
        expect(known.map(shape)).toEqual(unknown.map(shape));
        expect(known.slice(0, MAX_FAILURES).map((a) => a.status)).toEqual(Array<number>(MAX_FAILURES).fill(401));
        expect(known[0]?.body.error).toMatchObject({ code: "UNAUTHENTICATED", message: "the email or the password is wrong" });
        const limited = known[MAX_FAILURES];
        expect(limited?.status).toBe(429);
        expect(limited?.body.error?.code).toBe("TOO_MANY_REQUESTS");
        expect(limited?.body.error?.message).toMatch(new RegExp(`^too many failed sign-ins for this email from this address: try again after \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`));
        // The right password from the same address waits too (else guessing would go on) …
        expect((await signInRaw(api.app, "sro@agency.example", PASSWORD, { ip })).status).toBe(429);
        // … but the account is not locked: its owner signs in from anywhere else.
        expect((await signInRaw(api.app, "sro@agency.example", PASSWORD, { ip: "203.0.113.44" })).status).toBe(200);
        const [row] = await api.db.select({ until: users.lockedUntil, failures: users.failedSignIns }).from(users).where(eq(users.email, "sro@agency.example"));
        expect(row).toEqual({ until: null, failures: 0 });
        // Every failure is recorded, the known account's under its name; the refusals of the limit are not.
        const events = (await auditOf(api, "SIGN_IN_FAILED,ACCOUNT_LOCKED")).filter((e) => e.ip === ip || e.ip === other);
        expect(events.map((e) => `${e.type} ${e.actor.name}`)).toEqual([
          ...Array<string>(MAX_FAILURES).fill("SIGN_IN_FAILED sro@agency.example"),
          ...Array<string>(MAX_FAILURES).fill("SIGN_IN_FAILED nobody@agency.example"),
        ]);
      });
    });

    it("limits sign-in attempts per address (429), not for everyone", async () => {
      await withApi(backend, async (api) => {
        const statuses = [];
        for (let i = 0; i < 11; i += 1) statuses.push((await signInRaw(api.app, `guess${i}@nowhere.example`, "wrong password", { ip: "203.0.113.5" })).status);
        expect(statuses.slice(0, 10)).toEqual(Array<number>(10).fill(401));
        const limited = await signInRaw(api.app, "admin@test.example", PASSWORD, { ip: "203.0.113.5" });
        expect(limited.status).toBe(429);
        expect(limited.body.error?.code).toBe("TOO_MANY_REQUESTS");
        expect((await signInRaw(api.app, "admin@test.example", PASSWORD, { ip: "203.0.113.6" })).status).toBe(200);
      });
    });

    it("TOTP: enrolment, then a pending session that opens nothing, a new token at the code, and no code twice", async () => {
      await withApi(backend, async (api) => {
        const me = await api.as({ email: "principal@district.example", isAdmin: true });
        const started = await me.call("POST", "/api/v1/account/second-factor");
        expect(started.status).toBe(200);
        const uri = String(started.body["uri"]);
        expect(uri).toMatch(/^otpauth:\/\/totp\/.*secret=[A-Z2-7]+/);
        expect(uri).toContain(`secret=${String(started.body["secret"])}`);
        const code = authenticator(uri);
        const wrong = ["000000", "999999", "123456"].find((c) => ![-2, -1, 0, 1, 2].some((s) => code(s) === c)) ?? "111111";
        expect((await me.call("POST", "/api/v1/account/second-factor/confirm", { code: wrong })).body.error).toMatchObject({ code: "INVALID_REQUEST", path: "/code" });
        const enrolCode = code(0);
        expect((await me.call("POST", "/api/v1/account/second-factor/confirm", { code: enrolCode })).status).toBe(204);
        expect((await me.call("POST", "/api/v1/account/second-factor")).status).toBe(409); // no silent replacement

        // The password alone: a pending session, which reaches nothing.
        const pending = await signInRaw(api.app, "principal@district.example");
        expect(pending.body["secondFactorRequired"]).toBe(true);
        const p1 = pending.token ?? "";
        expect(await whoIs(api.app, p1)).toMatchObject({ signedIn: false, secondFactorPending: true });
        const denied = await send(api.app, "GET", "/api/v1/audit?limit=1", undefined, { cookie: p1 });
        expect(denied.statusCode).toBe(401);
        expect(json(denied).error?.message).toMatch(/code from your authenticator/);
        // A pending session sent along at the next sign-in is ended, like any other.
        const again = await signInRaw(api.app, "principal@district.example", PASSWORD, { cookie: p1, csrf: String(pending.body["csrfToken"]) });
        const p2 = again.token ?? "";
        expect(p2).not.toBe(p1);
        expect((await whoIs(api.app, p1)).secondFactorPending).toBe(false);
        const give = (c: string, token = p2, csrf = String(again.body["csrfToken"])) => send(api.app, "POST", "/api/v1/session/second-factor", { code: c }, { cookie: token, csrf });

        const bad = await give(wrong);
        expect(bad.statusCode).toBe(401);
        expect(json(bad).error).toMatchObject({ code: "UNAUTHENTICATED", path: "/code", message: "/code: the code is wrong or has expired" });
        const replayed = await give(enrolCode); // the code that confirmed the enrolment is spent
        expect(replayed.statusCode).toBe(401);
        expect(json(replayed).error?.message).toMatch(/already been used/);

        const nextCode = code(1); // the next step's code (one step of drift is accepted)
        const done = await give(nextCode);
        expect(done.statusCode).toBe(200);
        const t = tokenOf(done);
        expect(t).not.toBe(p2); // a new token at the change of rights
        expect(done.body).not.toContain(t);
        const csrf = String(json(done)["csrfToken"]);
        expect(csrf).not.toBe(again.body["csrfToken"]);
        expect(await whoIs(api.app, p2)).toMatchObject({ signedIn: false, secondFactorPending: false });
        expect(await whoIs(api.app, t)).toMatchObject({ signedIn: true, secondFactorPending: false, csrfToken: csrf });
        expect(await auditStatus(api.app, t)).toBe(200);

        // The same code on another sign-in (e.g. seen over a shoulder): refused.
        const third = await signInRaw(api.app, "principal@district.example");
        const reuse = await give(nextCode, third.token ?? "", String(third.body["csrfToken"]));
        expect(reuse.statusCode).toBe(401);
        expect(json(reuse).error?.message).toMatch(/already been used/);

        const events = await auditOf(api, "SECOND_FACTOR_ENABLED,SECOND_FACTOR_FAILED,SIGN_IN");
        const theirs = events.filter((e) => e.actor.name === "principal@district.example").map((e) => `${e.type}${e.type === "SIGN_IN" ? ` ${String(e.after?.["method"])}` : ""}`);
        expect(theirs).toEqual(["SIGN_IN password", "SECOND_FACTOR_ENABLED", "SECOND_FACTOR_FAILED", "SECOND_FACTOR_FAILED", "SIGN_IN password+totp", "SECOND_FACTOR_FAILED"]);
      });
    });

    it("passwords: at least 12 characters, kept as argon2id, the current one required to change it", async () => {
      await withApi(backend, async (api) => {
        const short = await api.call("POST", "/api/v1/users", { email: "short@agency.example", displayName: "Short", password: "elevenchars" });
        expect(short.status).toBe(400);
        expect(short.body.error).toMatchObject({ code: "INVALID_REQUEST", path: "/password", message: "/password: must be at least 12 characters" });
        const me = await api.as({ email: "sro2@agency.example" });
        const [row] = await api.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, "sro2@agency.example"));
        expect(row?.hash).toMatch(/^\$argon2id\$/);
        expect(row?.hash).not.toContain(PASSWORD);
        const tooShort = await me.call("POST", "/api/v1/account/password", { currentPassword: PASSWORD, newPassword: "short" });
        expect(tooShort.status).toBe(400);
        expect(tooShort.body.error).toMatchObject({ path: "/newPassword", message: expect.stringMatching(/at least 12/) as unknown });
        const wrongCurrent = await me.call("POST", "/api/v1/account/password", { currentPassword: "not my password", newPassword: "a brand new passphrase" });
        expect(wrongCurrent.status).toBe(400);
        expect(wrongCurrent.body.error).toMatchObject({ path: "/currentPassword" });
        const [still] = await api.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, "sro2@agency.example"));
        expect(still?.hash).toBe(row?.hash);
        expect((await signInRaw(api.app, "sro2@agency.example")).status).toBe(200);
      });
    });
  });
}
