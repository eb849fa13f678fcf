import { asc, sql } from "drizzle-orm";
import { appendAudit } from "../../audit/append.ts";
import { systemPolicy } from "../../policies/system.ts";
import { queryRows } from "../../store/database.ts";
import { users } from "../../store/schema.ts";
import type { ServiceContext } from "../context.ts";
import { refuseAccess } from "../errors.ts";
import { requirePurpose } from "../records/define.ts";

/**
 * The accounts and their roles: the administrator sees every account, an auditor those holding a
 * role in an organisation assigned to them. Accounts are private data on individuals (Minn. Stat.
 * § 13.02 subd. 12; decision 0007), so the list needs a purpose and its reading is recorded as
 * PRIVATE_DATA_READ with it (issue 10, item 4).
 */
export async function listAccounts(ctx: ServiceContext): Promise<{ items: Record<string, unknown>[] }> {
  const may = systemPolicy.listUsers(ctx.actor);
  if (!may.allowed) await refuseAccess(ctx, may.reason, { entity: "users" });
  const purpose = requirePurpose(ctx, "accounts");
  const rows = await ctx.db
    .select({ id: users.id, email: users.email, displayName: users.displayName, isAdmin: users.isAdmin, officerId: users.officerId, disabled: users.disabled, totpEnabled: users.totpEnabled, lockedUntil: users.lockedUntil })
    .from(users)
    .orderBy(asc(users.email));
  const roles = await queryRows<{ user_id: string; id: string; organization_id: string; role: string; school_id: string | null }>(ctx.db, sql`select id, user_id, organization_id, role, school_id from memberships`);
  const visible = (u: { id: string }) => may.organizations === "all" || roles.some((m) => m.user_id === u.id && may.organizations.includes(m.organization_id));
  const items = rows.filter(visible).map((u) => ({
    ...u,
    memberships: roles.filter((m) => m.user_id === u.id).map((m) => ({ id: m.id, organizationId: m.organization_id, role: m.role, schoolId: m.school_id })),
  }));
  await ctx.db.transaction((tx) =>
    appendAudit(tx, {
      type: "PRIVATE_DATA_READ", actor: ctx.actor, entity: "users", purpose, legalBasis: may.reason, after: { records: items.length },
      ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null,
    }),
  );
  return { items };
}
