import { describe, expect, it } from "vitest";
import type { SessionUser } from "../../app/session.tsx";
import { apiPath, officersLink, viewpointOf } from "./viewpoint.ts";

const DISTRICT = "22222222-2222-4222-8222-222222222222";
const user = (view: SessionUser["view"]): Pick<SessionUser, "view"> => ({ view });

describe("the dashboard's viewpoint", () => {
  it("is the one the server's session answer names (the agency's when it names no district)", () => {
    expect(viewpointOf(user({ districtId: null, relievedDutiesDistrictId: null }))).toEqual({ districtId: null, reliesOnDistrictId: null });
    expect(viewpointOf(user({ districtId: DISTRICT, relievedDutiesDistrictId: null }))).toEqual({ districtId: DISTRICT, reliesOnDistrictId: null });
  });

  it("links and asks the API in the district's view, and a safety coordinator or superintendent relies on clauses (4)/(5)", () => {
    const safety = viewpointOf(user({ districtId: DISTRICT, relievedDutiesDistrictId: DISTRICT }));
    expect(safety).toEqual({ districtId: DISTRICT, reliesOnDistrictId: DISTRICT });
    expect(officersLink(safety, "OVERDUE")).toBe(`/officers?status=OVERDUE&district=${DISTRICT}`);
    expect(apiPath("/api/v1/statuses", safety, { limit: 10 })).toBe(`/api/v1/statuses?limit=10&districtId=${DISTRICT}`);
    expect(officersLink({ districtId: null, reliesOnDistrictId: null }, "DUE_SOON")).toBe("/officers?status=DUE_SOON");
  });
});
