import type { components } from "../../api/schema.d.ts";

/**
 * What this page reads from the API (src/server/routes/users.ts), typed by the types generated from
 * the served document (src/web/api/schema.d.ts): accounts with their roles, the roles in words, and
 * the second factor required by role. The page names no role itself: the words come from the API
 * (GET /api/v1/roles).
 */
type Schemas = components["schemas"];

export type AccountMembership = Schemas["AccountMembership"];
export type Account = Schemas["Account"];
export type RoleChoice = Schemas["RoleChoice"];
export type SecondFactorRequirement = Schemas["SecondFactorRequirement"];

export interface OrganizationOption {
  id: string;
  kind: string;
  name: string;
}

export interface SchoolOption {
  id: string;
  organizationId: string;
  name: string;
}

export interface Choices {
  roles: RoleChoice[];
  organizations: OrganizationOption[];
  schools: SchoolOption[];
}

/** The purpose recorded with the read of the accounts (they are private data). */
export const PURPOSE = "Administering accounts and roles";

/** The roles that fit an organization, by its kind. */
export function rolesFor(roles: RoleChoice[], organization: OrganizationOption | undefined): RoleChoice[] {
  if (organization === undefined) return [];
  const agency = organization.kind === "AGENCY";
  return roles.filter((r) => r.heldIn === "ANY" || (r.heldIn === "AGENCY") === agency);
}

/** The account's state in a few words. */
export function accountState(a: Account): string {
  if (a.disabled) return "Disabled: cannot sign in";
  if (a.passwordTemporary) return "Active; has a temporary password not yet changed";
  if (!a.hasPassword && a.singleSignOn) return "Active; signs in with single sign-on";
  if (!a.hasPassword) return "Active; no password yet";
  return "Active";
}
