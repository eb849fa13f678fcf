import { describe, expect, it } from "vitest";
import type { Role } from "../policies/actor.ts";
import { createUser } from "../services/accounts/users.ts";
import { operator } from "../policies/actor.ts";
import { SESSION_COOKIE } from "./auth.ts";
import { backends, PASSWORD, TODAY, withApi } from "./test-app.test-support.ts";

/**
 * Issue 11, item 3: the session answer says what the signed-in person may do, as the policies decide,
 * so the web shows it and names no role. One row per demo role (src/demo/users.ts): a hand-written
 * table, so that a policy change that moves an ability shows up here as well as in the access matrix.
 */
type May = { importRecords: boolean; addOfficers: boolean; addOrganizations: boolean; administerUsers: boolean; readAuditTrail: boolean; verifyAuditTrail: boolean; changeReadings: boolean };

const F: May = { importRecords: false, addOfficers: false, addOrganizations: false, administerUsers: false, readAuditTrail: false, verifyAuditTrail: false, changeReadings: false };

interface Row {
  who: string;
  isAdmin?: boolean;
  roles: { role: Role; at: "agency" | "district" | "school" }[];
  may: May;
  /** Agencies (by name) where officers may be added. */
  addTo: string[];
  /** The dashboard's view: the district's, or the agency's (null); the district relying on duties (4) and (5). */
  view: { district: boolean; relying: boolean };
  titles: string[];
}

const TABLE: Row[] = [
  {
    who: "administrator", isAdmin: true, roles: [], addTo: [], titles: [], view: { district: false, relying: false },
    may: { ...F, addOrganizations: true, administerUsers: true, readAuditTrail: true, verifyAuditTrail: true, changeReadings: true },
  },
  { who: "chief", roles: [{ role: "CHIEF", at: "agency" }], addTo: ["Breitung Police Department"], titles: ["Chief law enforcement officer"], view: { district: false, relying: false }, may: { ...F, importRecords: true, addOfficers: true } },
  { who: "coordinator", roles: [{ role: "TRAINING_COORDINATOR", at: "agency" }], addTo: ["Breitung Police Department"], titles: ["Training coordinator"], view: { district: false, relying: false }, may: { ...F, importRecords: true, addOfficers: true } },
  { who: "supervisor", roles: [{ role: "SUPERVISOR", at: "agency" }], addTo: [], titles: ["Supervisor"], view: { district: false, relying: false }, may: F },
  { who: "sro", roles: [{ role: "SRO", at: "agency" }], addTo: [], titles: ["School resource officer"], view: { district: false, relying: false }, may: F },
  { who: "superintendent", roles: [{ role: "SUPERINTENDENT", at: "district" }], addTo: [], titles: ["Superintendent"], view: { district: true, relying: true }, may: F },
  { who: "safety", roles: [{ role: "SAFETY_COORDINATOR", at: "district" }], addTo: [], titles: ["Emergency management and safety coordinator"], view: { district: true, relying: true }, may: F },
  { who: "principal", roles: [{ role: "PRINCIPAL", at: "school" }], addTo: [], titles: ["Principal"], view: { district: true, relying: false }, may: F },
  {
    who: "auditor", roles: [{ role: "AUDITOR", at: "agency" }, { role: "AUDITOR", at: "district" }], addTo: [], titles: ["Auditor", "Auditor"], view: { district: false, relying: false },
    // An auditor verifies the chain and is shown only their organizations' events (decision 0018).
    may: { ...F, readAuditTrail: true, verifyAuditTrail: true },
  },
];

for (const backend of backends()) describe(`the session's abilities (${backend.name})`, () => {
  it(
    "each demo role may what the policies say, and the web reads it there",
    async () => {
      await withApi(backend, async (api) => {
        const agencyId = await api.create("organizations", { kind: "AGENCY", name: "Breitung Police Department", sroPolicy: "POST", policyVersion: "2024", policyAdoptedOn: "2024-11-19" });
        await api.create("organizations", { kind: "AGENCY", name: "Another Police Department", sroPolicy: "POST", policyVersion: "2024", policyAdoptedOn: "2024-11-19" });
        const districtId = await api.create("organizations", { kind: "DISTRICT", name: "Lakeview ISD", sroPolicy: "MSBA" });
        const schoolId = await api.create("schools", { organizationId: districtId, name: "Lakeview High School" });
        const ctx = { db: api.db, actor: operator("test"), today: () => TODAY };
        let address = 0;
        for (const row of TABLE) {
          const email = `${row.who}@abilities.example`;
          const memberships = row.roles.map((r) => (r.at === "agency" ? { organizationId: agencyId, role: r.role } : { organizationId: districtId, role: r.role, ...(r.at === "school" ? { schoolId } : {}) }));
          await createUser(ctx, { email, displayName: row.who, password: PASSWORD, isAdmin: row.isAdmin ?? false, memberships });
          address += 1;
          const signIn = await api.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: PASSWORD }, remoteAddress: `10.77.0.${address}` });
          expect(signIn.statusCode, row.who).toBe(200);
          const cookie = signIn.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? "";
          const res = await api.app.inject({ method: "GET", url: "/api/v1/session", headers: { cookie: `${SESSION_COOKIE}=${cookie}` } });
          expect(res.statusCode).toBe(200);
          const user = (JSON.parse(res.body) as { user: { may: May & { addOfficersTo: { id: string; name: string }[] }; view: { districtId: string | null; relievedDutiesDistrictId: string | null }; memberships: { roleTitle: string }[] } }).user;
          const { addOfficersTo, ...may } = user.may;
          expect(may, row.who).toEqual(row.may);
          expect(addOfficersTo.map((a) => a.name), row.who).toEqual(row.addTo);
          expect(user.view, row.who).toEqual({ districtId: row.view.district ? districtId : null, relievedDutiesDistrictId: row.view.relying ? districtId : null });
          expect(user.memberships.map((m) => m.roleTitle), row.who).toEqual(row.titles);
        }
      });
    },
    120_000,
  );

  it("signed out, there is no user and so no abilities", async () => {
    await withApi(backend, async (api) => {
      const res = await api.anonymous().call("GET", "/api/v1/session");
      expect(res.body).toMatchObject({ signedIn: false, user: null });
    });
  });
});
