import { AGENCY_ROLES, DISTRICT_ROLES, ROLE_TITLES } from "../../policies/actor.ts";
import { ROLES, SCHOOL_ROLE, type Role } from "../../records/roles.ts";

/**
 * The roles an account may be given, in the words people use, and where each is held: the web's
 * forms offer these and never spell a role themselves (issue 11, item 3). Not private: the same for
 * everyone, and it names no one.
 */
export interface RoleChoice {
  role: Role;
  title: string;
  /** The kind of organization the role is held in: an agency, a school district or charter school, or either. */
  heldIn: "AGENCY" | "SCHOOLS" | "ANY";
  /** Held at one school of the organization (a principal), not over the whole organization. */
  atSchool: boolean;
}

export function roleChoices(): RoleChoice[] {
  return ROLES.map((role) => ({
    role,
    title: ROLE_TITLES[role],
    heldIn: AGENCY_ROLES.includes(role) ? "AGENCY" : DISTRICT_ROLES.includes(role) ? "SCHOOLS" : "ANY",
    atSchool: role === SCHOOL_ROLE,
  }));
}
