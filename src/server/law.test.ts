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
        // In plain words: what is not verified, and each reading with the law it interprets — no internal numbers (issue 11 item 4).
        expect(version?.notVerified.join(" ")).toContain("No 2025 or 2026 amendment of § 626.8482 was found; the 2024 text");
        expect(version?.notVerified.join(" ")).not.toMatch(/\(A\d+\)/);
        expect(law.body["readingOptions"]).toContainEqual(expect.objectContaining({ option: "roll645_15", reading: "A7", default: true, title: "How the six months are counted", interprets: "Minn. Stat. § 626.8482, subd. 3(c), and Minn. Stat. § 645.15" }));
        for (const o of law.body["readingOptions"] as { title: string; interprets: string; explanation: string }[]) expect(`${o.title} ${o.interprets} ${o.explanation}`).not.toMatch(/law\.md|\bA\d+\b|\b(OFFICER|DISTRICT|ASSIGNMENT)\b/);

        expect((await api.call("PUT", "/api/v1/settings/readings", { clockScope: "ASSIGNMENT" })).status).toBe(200);
        expect((await api.call("GET", "/api/v1/law")).body["readingsInForce"]).toEqual({ clockScope: "ASSIGNMENT" });
        expect((await api.anonymous().call("GET", "/api/v1/law")).status).toBe(401);
      });
    });
  });
}
