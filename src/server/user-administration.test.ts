import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { totpCode } from "../services/accounts/totp.ts";
import { queryRows, type Db } from "../store/database.ts";
import { backends, basicSetup, PASSWORD, signIn, withApi, type Client } from "./test-app.test-support.ts";

/**
 * User administration (issue 11 item 5; docs/decisions/0019-user-administration.md): accounts made
 * with a temporary password shown once and changed at first sign-in, roles granted and revoked,
 * accounts disabled (signed out at once, refused at sign-in) and enabled, passwords reset, a second
 * factor required by role — each audited, each refused (and the refusal audited) for anyone but the
 * administrator, and 401 signed out.
 */
const NEW_PASSWORD = "a long passphrase of my own choosing";

async function eventsOf(db: Db, types: string[]): Promise<{ type: string; entityId: string | null; after: Record<string, unknown> | null }[]> {
  return queryRows(db, sql`select type, entity_id as "entityId", after from audit_events where type = any(${`{${types.join(",")}}`}::text[]) order by seq`);
}

async function tryPassword(api: { app: Parameters<typeof signIn>[0] }, email: string, password: string): Promise<number> {
  const res = await api.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password } });
  return res.statusCode;
}

for (const backend of backends()) {
  describe(`user administration on ${backend.name}`, () => {
    it("creates an account with a temporary password shown once, which must be changed before anything else", { timeout: 240_000 }, async () => {
      await withApi(backend, async (api) => {
        const { agencyId } = await basicSetup(api);
        const created = await api.call("POST", "/api/v1/users", { email: "New.Chief@Breitung.example", displayName: "Casey Chief", temporaryPassword: true });
        expect(created.status).toBe(201);
        const id = String(created.body["id"]);
        const temporary = String(created.body["temporaryPassword"]);
        expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

        const granted = await api.call("POST", `/api/v1/users/${id}/memberships`, { organizationId: agencyId, role: "CHIEF" });
        expect(granted.status).toBe(201);
        const again = await api.call("POST", `/api/v1/users/${id}/memberships`, { organizationId: agencyId, role: "CHIEF" });
        expect(again.status).toBe(409);
        const wrongKind = await api.call("POST", `/api/v1/users/${id}/memberships`, { organizationId: agencyId, role: "SUPERINTENDENT" });
        expect(wrongKind.status).toBe(400);
        expect(wrongKind.body.error).toMatchObject({ path: "/role", message: expect.not.stringMatching(/SUPERINTENDENT/) as unknown });

        const list = await api.call("GET", "/api/v1/users?purpose=administration");
        expect(list.status).toBe(200);
        const account = (list.body["items"] as { id: string }[]).find((a) => a.id === id);
        expect(account).toMatchObject({
          email: "new.chief@breitung.example", displayName: "Casey Chief", disabled: false, passwordTemporary: true, hasPassword: true, totpEnabled: false,
          memberships: [{ organizationId: agencyId, organizationName: "Breitung Police Department", role: "CHIEF", roleTitle: "Chief law enforcement officer", schoolId: null }],
        });
        // Never recorded: neither the temporary password nor its hash.
        const recorded = JSON.stringify(await eventsOf(api.db, ["USER_CREATED", "MEMBERSHIP_GRANTED"]));
        expect(recorded).not.toContain(temporary);
        expect(recorded).not.toMatch(/argon2/);

        const chief = await signIn(api.app, "new.chief@breitung.example", temporary);
        const blocked = await chief.call("GET", "/api/v1/officers");
        expect(blocked.status).toBe(403);
        expect(blocked.body.error?.message).toMatch(/choose your own password first/);
        const same = await chief.call("POST", "/api/v1/account/password", { currentPassword: temporary, newPassword: temporary });
        expect(same.status).toBe(400);
        expect((await chief.call("POST", "/api/v1/account/password", { currentPassword: temporary, newPassword: NEW_PASSWORD })).status).toBe(204);
        expect((await chief.call("GET", "/api/v1/officers")).status).toBe(200);
      });
    });

    it("disables an account (its sessions end at once, sign-in is refused) and enables it again", { timeout: 120_000 }, async () => {
      await withApi(backend, async (api) => {
        const { agencyId } = await basicSetup(api);
        const sro = await api.as({ email: "sro@breitung.example", memberships: [{ organizationId: agencyId, role: "SRO" }] });
        const id = ((await sro.call("GET", "/api/v1/session")).body["user"] as { id: string }).id;
        expect((await sro.call("GET", "/api/v1/officers")).status).toBe(200);

        expect((await api.call("PUT", `/api/v1/users/${id}/disabled`, { disabled: true })).status).toBe(204);
        expect((await sro.call("GET", "/api/v1/officers")).status).toBe(401);
        expect(await tryPassword(api, "sro@breitung.example", PASSWORD)).toBe(401);
        const list = await api.call("GET", "/api/v1/users", undefined, { "x-purpose": "administration" });
        expect((list.body["items"] as { id: string; disabled: boolean }[]).find((a) => a.id === id)?.disabled).toBe(true);

        // The administrator cannot lock themselves out.
        const self = ((await api.call("GET", "/api/v1/session")).body["user"] as { id: string }).id;
        expect((await api.call("PUT", `/api/v1/users/${self}/disabled`, { disabled: true })).status).toBe(409);

        expect((await api.call("PUT", `/api/v1/users/${id}/disabled`, { disabled: false })).status).toBe(204);
        expect(await tryPassword(api, "sro@breitung.example", PASSWORD)).toBe(200);
        const events = await eventsOf(api.db, ["USER_DISABLED", "USER_ENABLED", "SIGN_IN_FAILED"]);
        expect(events.map((e) => e.type)).toEqual(["USER_DISABLED", "SIGN_IN_FAILED", "USER_ENABLED"]);
        expect(events[0]).toMatchObject({ entityId: id, after: { sessionsEnded: 1 } });
        expect(events[1]?.after).toMatchObject({ reason: "account disabled" });
        expect((await api.call("PUT", "/api/v1/users/00000000-0000-4000-8000-000000000000/disabled", { disabled: true })).status).toBe(404);
      });
    });

    it("resets a password to a new temporary one, shown once, and ends the account's sessions", { timeout: 120_000 }, async () => {
      await withApi(backend, async (api) => {
        const { agencyId } = await basicSetup(api);
        const sro = await api.as({ email: "sro@breitung.example", memberships: [{ organizationId: agencyId, role: "SRO" }] });
        const id = ((await sro.call("GET", "/api/v1/session")).body["user"] as { id: string }).id;
        const reset = await api.call("POST", `/api/v1/users/${id}/password-reset`);
        expect(reset.status).toBe(200);
        const temporary = String(reset.body["temporaryPassword"]);
        expect((await sro.call("GET", "/api/v1/officers")).status).toBe(401);
        expect(await tryPassword(api, "sro@breitung.example", PASSWORD)).toBe(401);
        const again = await signIn(api.app, "sro@breitung.example", temporary);
        expect((await again.call("GET", "/api/v1/officers")).status).toBe(403);
        expect(JSON.stringify(await eventsOf(api.db, ["PASSWORD_RESET"]))).not.toContain(temporary);
        expect(await eventsOf(api.db, ["PASSWORD_RESET"])).toMatchObject([{ entityId: id }]);
      });
    });

    it("requires a second factor for a role: its accounts set one up before anything else", { timeout: 120_000 }, async () => {
      await withApi(backend, async (api) => {
        const { agencyId } = await basicSetup(api);
        expect((await api.call("GET", "/api/v1/second-factor-requirement")).body).toEqual({ roles: [], administrators: false });
        const set = await api.call("PUT", "/api/v1/second-factor-requirement", { roles: ["CHIEF"], administrators: false });
        expect(set.status).toBe(200);
        expect(set.body).toEqual({ roles: ["CHIEF"], administrators: false });
        expect((await api.call("PUT", "/api/v1/second-factor-requirement", { roles: ["NOBODY"], administrators: false })).status).toBe(400);

        const chief = await api.as({ email: "chief@breitung.example", memberships: [{ organizationId: agencyId, role: "CHIEF" }] });
        const blocked = await chief.call("GET", "/api/v1/officers");
        expect(blocked.status).toBe(403);
        expect(blocked.body.error?.message).toMatch(/set up a second factor first/);
        const started = await chief.call("POST", "/api/v1/account/second-factor");
        expect(started.status).toBe(200);
        const code = totpCode(String(started.body["secret"]), "chief@breitung.example");
        expect((await chief.call("POST", "/api/v1/account/second-factor/confirm", { code })).status).toBe(204);
        expect((await chief.call("GET", "/api/v1/officers")).status).toBe(200);
        // Other roles are not held to it.
        const sro = await api.as({ email: "sro@breitung.example", memberships: [{ organizationId: agencyId, role: "SRO" }] });
        expect((await sro.call("GET", "/api/v1/officers")).status).toBe(200);
        expect(await eventsOf(api.db, ["SECOND_FACTOR_REQUIREMENT_CHANGED"])).toHaveLength(1);
      });
    });

    it("refuses every administration to anyone but the administrator (audited), and answers 401 signed out", { timeout: 120_000 }, async () => {
      await withApi(backend, async (api) => {
        const { agencyId, coordinator } = await basicSetup(api);
        const chief: Client = await api.as({ email: "chief@breitung.example", memberships: [{ organizationId: agencyId, role: "CHIEF" }] });
        const id = ((await chief.call("GET", "/api/v1/session")).body["user"] as { id: string }).id;
        const attempts: [string, string, unknown?][] = [
          ["GET", "/api/v1/users?purpose=curiosity"],
          ["POST", "/api/v1/users", { email: "x@breitung.example", displayName: "X", temporaryPassword: true }],
          ["PUT", `/api/v1/users/${id}/disabled`, { disabled: true }],
          ["POST", `/api/v1/users/${id}/password-reset`],
          ["POST", `/api/v1/users/${id}/memberships`, { organizationId: agencyId, role: "AUDITOR" }],
          ["GET", "/api/v1/second-factor-requirement"],
          ["PUT", "/api/v1/second-factor-requirement", { roles: [], administrators: false }],
        ];
        const before = (await eventsOf(api.db, ["ACCESS_DENIED"])).length;
        for (const [method, url, body] of attempts) {
          expect((await coordinator.call(method, url, body)).status, `${method} ${url}`).toBe(403);
          expect((await api.anonymous().call(method, url, body)).status, `${method} ${url} signed out`).toBe(401);
        }
        const denied = (await eventsOf(api.db, ["ACCESS_DENIED"])).slice(before);
        expect(denied).toHaveLength(attempts.length);
        expect(await eventsOf(api.db, ["USER_DISABLED", "PASSWORD_RESET", "SECOND_FACTOR_REQUIREMENT_CHANGED"])).toEqual([]);
        // The roles in words are for anyone signed in (they name no one).
        const roles = await coordinator.call("GET", "/api/v1/roles");
        expect(roles.status).toBe(200);
        expect(roles.body["items"]).toContainEqual({ role: "PRINCIPAL", title: "Principal", heldIn: "SCHOOLS", atSchool: true });
        expect((await api.anonymous().call("GET", "/api/v1/roles")).status).toBe(401);
      });
    });
  });
}
