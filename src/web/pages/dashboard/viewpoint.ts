import { query } from "../../api/client.ts";
import type { SessionUser } from "../../app/session.tsx";

/**
 * Whose eyes the dashboard looks through, as the server's session answer says (`user.view`,
 * policies/organizations.ts): someone who belongs only to a school district (or charter school) sees
 * each officer as that district sees them — the district's policy applied, as the API's `districtId`
 * parameter does; everyone else sees the agency's view. Which officers appear is always the API's
 * decision (the caller's reach), never this file's.
 */
export interface Viewpoint {
  /** The district whose view is read, or null for the agency's view. */
  districtId: string | null;
  /** The district whose safety coordinator or superintendent relies on clauses (4)/(5), if any. */
  reliesOnDistrictId: string | null;
}

export function viewpointOf(user: Pick<SessionUser, "view">): Viewpoint {
  return { districtId: user.view.districtId, reliesOnDistrictId: user.view.relievedDutiesDistrictId };
}

/** The Officers page filtered by a headline, in the same view as the counts. */
export function officersLink(viewpoint: Viewpoint, status: string): string {
  return `/officers${query({ status, district: viewpoint.districtId })}`;
}

/** An API path with the viewpoint's district (when there is one) and the other parameters. */
export function apiPath(path: string, viewpoint: Viewpoint, params: Record<string, string | number | null> = {}): string {
  return `${path}${query({ ...params, districtId: viewpoint.districtId })}`;
}
