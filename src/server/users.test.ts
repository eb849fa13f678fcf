import { describe, expect, it } from "vitest";
import { backends, basicSetup, PASSWORD, signIn, withApi } from "./test-app.test-support.ts";

/**
 * Supervision stays inside the supervisor's agency: the administrator cannot link a supervisor to
 * another agency's officer, and a link that outlives the role (a transfer, a revoked membership)
 * opens nothing.
 */
for (const backend of backends()) {
  describe(`supervision on ${backend.name}`, () => {
    it("links a supervisor only to officers of an agency where they are a supervisor, and a stale link gives no reach", { timeout: 120_000 }, async () => {
      await withApi(backend, async (api) => {
        const { agencyId, officerId } = await basicSetup(api);
        const otherAgency = await api.create("organizations", { kind: "AGENCY", name: "Other Police Department", sroPolicy: "POST" });
        const created = await api.call("POST", "/api/v1/users", {
          email: "sergeant@other.example", displayName: "Sergeant Other", password: PASSWORD,
          memberships: [{ organizationId: otherAgency, role: "SUPERVISOR" }],
        });
        expect(created.status).toBe(201);
        const supervisorId = String(created.body["id"]);

        const across = await api.call("PUT", `/api/v1/users/${supervisorId}/supervisions`, { officerId, supervises: true });
        expect(across.status).toBe(400);
        expect(across.body.error).toMatchObject({ path: "/officerId", message: expect.stringMatching(/not a supervisor in the officer's agency/) as unknown });

        const granted = await api.call("POST", `/api/v1/users/${supervisorId}/memberships`, { organizationId: agencyId, role: "SUPERVISOR" });
        expect(granted.status).toBe(201);
        expect((await api.call("PUT", `/api/v1/users/${supervisorId}/supervisions`, { officerId, supervises: true })).status).toBe(204);
        const sergeant = await signIn(api.app, "sergeant@other.example");
        expect((await sergeant.call("GET", `/api/v1/officers/${officerId}`)).status).toBe(200);

        // The role in the officer's agency goes; the supervision row stays, and opens nothing.
        expect((await api.call("DELETE", `/api/v1/memberships/${String(granted.body["id"])}`)).status).toBe(204);
        const again = await signIn(api.app, "sergeant@other.example");
        expect((await again.call("GET", `/api/v1/officers/${officerId}`)).status).toBe(403);
        const list = await again.call("GET", "/api/v1/officers");
        expect((list.body["items"] as { id: string }[]).map((o) => o.id)).not.toContain(officerId);
      });
    });
  });
}
