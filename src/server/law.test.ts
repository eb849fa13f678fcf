import { describe, expect, it } from "vitest";
import { backends, withApi } from "./test-app.test-support.ts";

/** GET /api/v1/law: what the Settings page shows every user about the law the engine applies. */
for (const backend of backends()) {
  describe(`the law's version and readings on ${backend.name}`, () => {
    it("names the version applied today, what is not verified about it, and the readings with their defaults", async () => {
      await withApi(backend, async (api) => {
        const law = await api.call("GET", "/api/v1/law");
        expect(law.status).toBe(200);
        expect(law.body).toMatchObject({ applied: "626.8482 (2024 text)", readingsInForce: {} });
        const [version] = law.body["versions"] as { id: string; inForceFrom: string; notVerified: string[] }[];
        expect(version).toMatchObject({ id: "626.8482 (2024 text)", inForceFrom: "2024-03-15" });
        expect(version?.notVerified.join(" ")).toContain("A25");
        expect(law.body["readingOptions"]).toContainEqual(expect.objectContaining({ option: "roll645_15", reading: "A7", default: true }));

        expect((await api.call("PUT", "/api/v1/settings/readings", { clockScope: "ASSIGNMENT" })).status).toBe(200);
        expect((await api.call("GET", "/api/v1/law")).body["readingsInForce"]).toEqual({ clockScope: "ASSIGNMENT" });
        expect((await api.anonymous().call("GET", "/api/v1/law")).status).toBe(401);
      });
    });
  });
}
