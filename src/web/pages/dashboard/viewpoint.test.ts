import { describe, expect, it } from "vitest";
import type { SessionUser } from "../../app/session.tsx";
import { apiPath, officersLink, viewpointOf } from "./viewpoint.ts";

const AGENCY = "11111111-1111-4111-8111-111111111111";
const DISTRICT = "22222222-2222-4222-8222-222222222222";
const user = (memberships: SessionUser["memberships"], isAdmin = false): SessionUser => ({ id: "u", name: "U", isAdmin, officerId: null, memberships });

describe("the dashboard's viewpoint", () => {
  it("is the agency's for agency people, the administrator and people of both", () => {
    expect(viewpointOf(user([{ organizationId: AGENCY, organizationKind: "AGENCY", role: "CHIEF", schoolId: null }]))).toEqual({ districtId: null, reliesOnDistrictId: null });
    expect(viewpointOf(user([], true)).districtId).toBeNull();
    const both = user([
      { organizationId: AGENCY, organizationKind: "AGENCY", role: "AUDITOR", schoolId: null },
      { organizationId: DISTRICT, organizationKind: "DISTRICT", role: "AUDITOR", schoolId: null },
    ]);
    expect(viewpointOf(both).districtId).toBeNull();
  });

  it("is the district's for district people, and a safety coordinator or superintendent relies on clauses (4)/(5)", () => {
    const safety = viewpointOf(user([{ organizationId: DISTRICT, organizationKind: "DISTRICT", role: "SAFETY_COORDINATOR", schoolId: null }]));
    expect(safety).toEqual({ districtId: DISTRICT, reliesOnDistrictId: DISTRICT });
    expect(viewpointOf(user([{ organizationId: DISTRICT, organizationKind: "CHARTER_SCHOOL", role: "PRINCIPAL", schoolId: "s" }]))).toEqual({ districtId: DISTRICT, reliesOnDistrictId: null });
    expect(officersLink(safety, "OVERDUE")).toBe(`/officers?status=OVERDUE&district=${DISTRICT}`);
    expect(apiPath("/api/v1/statuses", safety, { limit: 10 })).toBe(`/api/v1/statuses?limit=10&districtId=${DISTRICT}`);
    expect(officersLink({ districtId: null, reliesOnDistrictId: null }, "DUE_SOON")).toBe("/officers?status=DUE_SOON");
  });
});
