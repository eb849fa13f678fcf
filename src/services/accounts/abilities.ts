import { asc, eq } from "drizzle-orm";
import { ROLE_TITLES, type Actor, type Membership } from "../../policies/actor.ts";
import { importPolicy } from "../../policies/imports.ts";
import { officerPolicy } from "../../policies/officers.ts";
import { districtRelyingOnDuties, districtViewOf, organizationPolicy } from "../../policies/organizations.ts";
import { systemPolicy } from "../../policies/system.ts";
import type { Db } from "../../store/database.ts";
import { organizations } from "../../store/schema.ts";

/**
 * What the signed-in person may do, for the session answer (GET /api/v1/session): the web shows and
 * hides what these say and never names a role (issue 11, item 3). Each ability is the answer of the
 * rule that guards the operation itself, so the button and the operation cannot disagree
 * (docs/decisions/0023).
 */
export interface Abilities {
  /** Import a file of officers' records (policies/imports.ts). */
  importRecords: boolean;
  /** Add an officer to at least one agency (policies/officers.ts). */
  addOfficers: boolean;
  /** The agencies where the person may add an officer, by name. */
  addOfficersTo: { id: string; name: string }[];
  /** Add an organization (policies/organizations.ts). */
  addOrganizations: boolean;
  /** Manage accounts and roles (policies/system.ts). */
  administerUsers: boolean;
  /** Read the audit trail, or the part of it for their organizations (policies/system.ts). */
  readAuditTrail: boolean;
  /** Verify the audit trail's hash chain (policies/system.ts). */
  verifyAuditTrail: boolean;
  /** Change the readings of the law in force (policies/system.ts). */
  changeReadings: boolean;
}

export const NO_ABILITIES: Abilities = {
  importRecords: false, addOfficers: false, addOfficersTo: [], addOrganizations: false, administerUsers: false, readAuditTrail: false, verifyAuditTrail: false, changeReadings: false,
};

/** The abilities of an actor; the agencies are read to name the ones where officers may be added. */
export async function abilitiesOf(db: Db, actor: Actor): Promise<Abilities> {
  if (actor.kind === "public") return NO_ABILITIES;
  const agencies = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.kind, "AGENCY")).orderBy(asc(organizations.name));
  // A new officer has no id and no placements yet: the rule judges the agency that would employ them.
  const addOfficersTo = agencies.filter((a) => officerPolicy.write(actor, { officerId: "", agencyId: a.id, placements: [] }).allowed);
  return {
    importRecords: importPolicy.importFiles(actor).allowed,
    addOfficers: addOfficersTo.length > 0,
    addOfficersTo,
    addOrganizations: organizationPolicy.create(actor).allowed,
    administerUsers: systemPolicy.manageUsers(actor).allowed,
    readAuditTrail: systemPolicy.readAudit(actor).allowed,
    verifyAuditTrail: systemPolicy.verifyAudit(actor).allowed,
    changeReadings: systemPolicy.setReadings(actor).allowed,
  };
}

/** Whose view a person's overview takes (policies/organizations.ts), for the dashboard. */
export interface Viewpoint {
  /** The district whose view of officers is read, or null for the employing agency's. */
  districtId: string | null;
  /** The district whose safety work relies on SROs' clauses (4) and (5), or null. */
  relievedDutiesDistrictId: string | null;
}

export function viewpointOf(actor: Actor): Viewpoint {
  return { districtId: districtViewOf(actor), relievedDutiesDistrictId: districtRelyingOnDuties(actor) };
}

/** One's own roles, each with its title in words (the Account page shows them so, never the role's code). */
export function ownMemberships(actor: Actor): (Membership & { roleTitle: string })[] {
  return actor.memberships.map((m) => ({ ...m, roleTitle: ROLE_TITLES[m.role] }));
}
