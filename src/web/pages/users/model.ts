/**
 * What this page reads from the API (src/server/routes/users.ts): accounts with their roles, the
 * roles in words, and the second factor required by role. The page names no role itself: the words
 * come from the API (GET /api/v1/roles).
 */
export interface AccountMembership {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationKind: string;
  role: string;
  roleTitle: string;
  schoolId: string | null;
  schoolName: string | null;
}

export interface Account {
  id: string;
  email: string;
  displayName: string;
  administrator: boolean;
  officerId: string | null;
  disabled: boolean;
  passwordTemporary: boolean;
  hasPassword: boolean;
  singleSignOn: boolean;
  totpEnabled: boolean;
  lockedUntil: string | null;
  memberships: AccountMembership[];
}

export interface RoleChoice {
  role: string;
  title: string;
  heldIn: "AGENCY" | "SCHOOLS" | "ANY";
  atSchool: boolean;
}

export interface SecondFactorRequirement {
  roles: string[];
  administrators: boolean;
}

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
