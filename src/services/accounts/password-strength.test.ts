import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { backends, PASSWORD, signIn, withApi } from "../../server/test-app.test-support.ts";
import { users } from "../../store/schema.ts";
import { MIN_PASSWORD_SCORE, passwordStrengthProblem } from "./password-strength.ts";

/** Issue 10 item 13: common and repetitive passwords are refused wherever a password is set. */
describe("password strength", () => {
  it("refuses repetitive, sequential and common passwords and those made of the person's own email, in plain words", async () => {
    expect(MIN_PASSWORD_SCORE).toBe(3);
    expect(await passwordStrengthProblem("aaaaaaaaaaaa")).toMatch(/^is too easy to guess: repeated characters like "aaa" are easy to guess/);
    expect(await passwordStrengthProblem("abcdefghijkl")).toMatch(/^is too easy to guess: common character sequences/);
    expect(await passwordStrengthProblem("123456789012")).toMatch(/commonly used password/);
    expect(await passwordStrengthProblem("password1234")).toMatch(/commonly used password/);
    expect(await passwordStrengthProblem("alvarez12345", ["ana.alvarez@breitung.example", "Ana Alvarez"])).toMatch(/^is too easy to guess: there should not be any personal/);
  });

  it("accepts a phrase of unrelated words and a random string (the test accounts' and the demo's)", async () => {
    expect(await passwordStrengthProblem(PASSWORD, ["admin@test.example", "Test Administrator"])).toBeNull();
    expect(await passwordStrengthProblem("a much longer passphrase 2026")).toBeNull();
    expect(await passwordStrengthProblem("a brand new passphrase 42")).toBeNull();
    expect(await passwordStrengthProblem("rV3oX9_qL2mWb7Zk")).toBeNull(); // the shape of a demo password: 12 random bytes, base64url
  });
});

for (const backend of backends()) {
  describe(`setting a password on ${backend.name}`, () => {
    it("refuses a guessable password with a 400 naming the field, at account creation and at a change, and writes nothing", async () => {
      await withApi(backend, async (api) => {
        const created = await api.call("POST", "/api/v1/users", { email: "weak@agency.example", displayName: "Weak", password: "aaaaaaaaaaaa" });
        expect(created.status).toBe(400);
        expect(created.body.error).toMatchObject({ code: "INVALID_REQUEST", path: "/password", message: expect.stringMatching(/^\/password: is too easy to guess: repeated characters/) as unknown });
        expect(await api.db.select({ id: users.id }).from(users).where(eq(users.email, "weak@agency.example"))).toEqual([]);

        const ok = await api.call("POST", "/api/v1/users", { email: "strong@agency.example", displayName: "Strong", password: PASSWORD, isAdmin: true });
        expect(ok.status).toBe(201);
        const me = await signIn(api.app, "strong@agency.example");
        const change = await me.call("POST", "/api/v1/account/password", { currentPassword: PASSWORD, newPassword: "qwertyuiop12" });
        expect(change.status).toBe(400);
        expect(change.body.error).toMatchObject({ path: "/newPassword", message: expect.stringMatching(/^\/newPassword: is too easy to guess/) as unknown });
        // One's own email is no password either (the account's email, not only the name, is context).
        const ownEmail = await me.call("POST", "/api/v1/account/password", { currentPassword: PASSWORD, newPassword: "strong@agency.example" });
        expect(ownEmail.status).toBe(400);
        expect(ownEmail.body.error).toMatchObject({ path: "/newPassword" });
        // Nothing changed: the old password still signs in.
        await expect(signIn(api.app, "strong@agency.example")).resolves.toBeDefined();
      });
    }, 60_000);
  });
}
