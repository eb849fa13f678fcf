import { describe, expect, it } from "vitest";
import { operator } from "../../policies/actor.ts";
import { backends, withDatabase } from "../../store/test-database.test-support.ts";
import { ClientError } from "../errors.ts";
import { ADDRESS_FAILURES, MAX_FAILURES, signIn, WINDOW_MINUTES } from "./sign-in.ts";
import { createUser } from "./users.ts";

/**
 * Sign-in throttling (docs/decisions/0015-signed-out-requests-and-sign-in-throttling.md): failed
 * sign-ins slow the address that made them — per email and per address — never the account for
 * everyone, and run out with the window. The HTTP side (the same answer for known and unknown emails) is in server/session.test.ts.
 */
const PASSWORD = "correct horse battery staple";
const at = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);
const from = (ip: string) => ({ ip, userAgent: "sign-in test" });

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "signed in";
  } catch (e) {
    if (e instanceof ClientError) return e.code;
    throw e;
  }
}

for (const backend of backends()) {
  describe(`sign-in throttling on ${backend.name}`, () => {
    it("refuses an address after too many failures whatever the emails, the right password included, and only that address", { timeout: 60_000 }, async () => {
      await withDatabase(backend, async ({ db }) => {
        await createUser({ db, actor: operator("test"), today: () => "2026-11-30" }, { email: "chief@agency.example", displayName: "Chief", password: PASSWORD });
        for (let i = 0; i < ADDRESS_FAILURES; i += 1) expect(await outcome(signIn(db, `guess${i}@nowhere.example`, "wrong", from("192.0.2.1")))).toBe("UNAUTHENTICATED");
        expect(await outcome(signIn(db, "chief@agency.example", PASSWORD, from("192.0.2.1")))).toBe("TOO_MANY_REQUESTS");
        expect(await outcome(signIn(db, "someone@nowhere.example", "wrong", from("192.0.2.1")))).toBe("TOO_MANY_REQUESTS");
        expect(await outcome(signIn(db, "chief@agency.example", PASSWORD, from("192.0.2.2")))).toBe("signed in");
        // The window passes: the address may try again.
        expect(await outcome(signIn(db, "chief@agency.example", PASSWORD, from("192.0.2.1"), at(WINDOW_MINUTES + 1)))).toBe("signed in");
      });
    });

    it("refuses an email from an address after five failures until the window has passed; a sign-in from there starts the count again", { timeout: 60_000 }, async () => {
      await withDatabase(backend, async ({ db }) => {
        await createUser({ db, actor: operator("test"), today: () => "2026-11-30" }, { email: "sro@agency.example", displayName: "SRO", password: PASSWORD });
        const ip = from("192.0.2.9");
        for (let i = 0; i < MAX_FAILURES - 1; i += 1) expect(await outcome(signIn(db, "sro@agency.example", "wrong", ip))).toBe("UNAUTHENTICATED");
        expect(await outcome(signIn(db, "SRO@agency.example ", PASSWORD, ip))).toBe("signed in");
        for (let i = 0; i < MAX_FAILURES; i += 1) expect(await outcome(signIn(db, "sro@agency.example", "wrong", ip))).toBe("UNAUTHENTICATED");
        expect(await outcome(signIn(db, "sro@agency.example", PASSWORD, ip))).toBe("TOO_MANY_REQUESTS");
        expect(await outcome(signIn(db, "sro@agency.example", PASSWORD, ip, at(WINDOW_MINUTES - 1)))).toBe("TOO_MANY_REQUESTS");
        expect(await outcome(signIn(db, "sro@agency.example", PASSWORD, ip, at(WINDOW_MINUTES + 1)))).toBe("signed in");
      });
    });
  });
}
