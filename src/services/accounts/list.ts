import { asc, sql } from "drizzle-orm";
import { appendAudit } from "../../audit/append.ts";
import { ROLE_TITLES, type Role } from "../../policies/actor.ts";
import type { OrganizationKind } from "../../records/organizations.ts";
import { systemPolicy } from "../../policies/system.ts";
import { queryRows } from "../../store/database.ts";
import { users } from "../../store/schema.ts";
import type { ServiceContext } from "../context.ts";
import { refuseAccess } from "../errors.ts";
import { requirePurpose } from "../records/define.ts";

/** A role held in an organization, with the names a person reads. */
export interface AccountMembership {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  role: Role;
  /** The role in words ("Training coordinator"). */
  roleTitle: string;
  schoolId: string | null;
  schoolName: string | null;
}

/** An account as the administrator sees it: never its password hash or second-factor secret. */
export interface Account {
  id: string;
  email: string;
  displayName: string;
  /** The system administrator (users.is_admin). */
  administrator: boolean;
  officerId: string | null;
  disabled: boolean;
  /** The password was set by an administrator and not yet changed by the person (decision 0019). */
  passwordTemporary: boolean;
  hasPassword: boolean;
  singleSignOn: boolean;
  totpEnabled: boolean;
  lockedUntil: string | null;
  memberships: AccountMembership[];
}

/**
 * The accounts and their roles: the administrator sees every account, an auditor those holding a
 * role in an organization assigned to them. Accounts are private data on individuals (Minn. Stat.
 * § 13.02 subd. 12; decision 0007), so the list needs a purpose and its reading is recorded as
 * PRIVATE_DATA_READ with it (issue 10, item 4).
 */
export async function listAccounts(ctx: ServiceContext): Promise<{ items: Account[] }> {
  const may = systemPolicy.listUsers(ctx.actor);
  if (!may.allowed) await refuseAccess(ctx, may.reason, { entity: "users" });
  const purpose = requirePurpose(ctx, "accounts");
  const rows = await ctx.db
    .select({
      id: users.id, email: users.email, displayName: users.displayName, administrator: users.isAdmin, officerId: users.officerId, disabled: users.disabled,
      passwordTemporary: users.passwordTemporary, hasPassword: sql<boolean>`${users.passwordHash} is not null`, singleSignOn: sql<boolean>`${users.oidcSubject} is not null`,
      totpEnabled: users.totpEnabled, lockedUntil: users.lockedUntil,
    })
    .from(users)
    .orderBy(asc(users.displayName), asc(users.email));
  const roles = await queryRows<Omit<AccountMembership, "roleTitle"> & { userId: string }>(
    ctx.db,
    sql`select m.id, m.user_id as "userId", m.organization_id as "organizationId", o.name as "organizationName", o.kind as "organizationKind",
               m.role, m.school_id as "schoolId", s.name as "schoolName"
          from memberships m join organizations o on o.id = m.organization_id left join schools s on s.id = m.school_id
         order by o.name, m.role, m.created_at`,
  );
  const visible = (u: { id: string }) => may.organizations === "all" || roles.some((m) => m.userId === u.id && may.organizations.includes(m.organizationId));
  const items = rows.filter(visible).map((u) => ({
    ...u,
    memberships: roles
      .filter((m) => m.userId === u.id)
      .map((m) => ({ id: m.id, organizationId: m.organizationId, organizationName: m.organizationName, organizationKind: m.organizationKind, role: m.role, roleTitle: ROLE_TITLES[m.role], schoolId: m.schoolId, schoolName: m.schoolName })),
  }));
  await ctx.db.transaction((tx) =>
    appendAudit(tx, {
      type: "PRIVATE_DATA_READ", actor: ctx.actor, entity: "users", purpose, legalBasis: may.reason, after: { records: items.length },
      ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null,
    }),
  );
  return { items };
}

