import { describe, expect, it } from "vitest";
import { operator } from "../policies/actor.ts";
import { ADDRESS_FAILURES } from "../services/accounts/sign-in.ts";
import { createUser } from "../services/accounts/users.ts";
import { backends, withDatabase } from "../store/test-database.test-support.ts";
import { buildApp, trustProxyFrom } from "./app.ts";
import { PASSWORD } from "./test-app.test-support.ts";

/**
 * Behind a TLS proxy every request comes from the proxy's address. Unless the server is told to
 * believe that proxy's X-Forwarded-For (SROC_TRUST_PROXY), the sign-in throttle of one address
 * (decision 0015) is the whole installation's: twenty failures by anyone on the internet would refuse
 * every person's right password for fifteen minutes. Facing the internet directly, the header is
 * ignored, so a client cannot name an address of its choosing.
 */
describe("SROC_TRUST_PROXY", () => {
  it("reads off, every hop, or a list of addresses", () => {
    expect([undefined, "", "false"].map(trustProxyFrom)).toEqual([false, false, false]);
    expect(trustProxyFrom("true")).toBe(true);
    expect(trustProxyFrom("127.0.0.1, 10.0.0.0/8")).toBe("127.0.0.1, 10.0.0.0/8");
  });
});

for (const backend of backends()) {
  describe(`sign-in throttling behind a proxy on ${backend.name}`, () => {
    async function afterSprayFrom(trustProxy: string | undefined): Promise<number> {
      return withDatabase(backend, async (database) => {
        const app = await buildApp({ database, zone: "America/Chicago", today: () => "2026-11-30", web: false, trustProxy: trustProxyFrom(trustProxy) });
        try {
          await createUser({ db: database.db, actor: operator("test"), today: () => "2026-11-30" }, { email: "chief@test.example", displayName: "Chief", password: PASSWORD, isAdmin: false });
          const signIn = (email: string, password: string, client: string) =>
            app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password }, headers: { "x-forwarded-for": client } });
          // An attacker sprays wrong passwords from one address, pausing under the per-minute limit's reach.
          for (let i = 0; i < ADDRESS_FAILURES; i += 1) {
            const res = await signIn(`nobody${i}@test.example`, "wrong password guess", "203.0.113.5");
            expect([401, 429]).toContain(res.statusCode);
          }
          return (await signIn("chief@test.example", PASSWORD, "198.51.100.7")).statusCode;
        } finally {
          await app.close();
        }
      });
    }

    it("keeps each person's own address when the proxy is trusted: the chief still signs in", async () => {
      expect(await afterSprayFrom("127.0.0.1")).toBe(200);
    }, 120_000);

    it("ignores X-Forwarded-For when no proxy is trusted: everyone shares the address the request came from", async () => {
      expect(await afterSprayFrom(undefined)).toBe(429);
    }, 120_000);
  });
}
