import { eq, sql } from "drizzle-orm";
import { appendAudit } from "../../audit/append.ts";
import { ROLES } from "../../records/roles.ts";
import type { Role } from "../../policies/actor.ts";
import { systemPolicy } from "../../policies/system.ts";
import { queryRows, type Db } from "../../store/database.ts";
import { settings } from "../../store/schema.ts";
import type { ServiceContext } from "../context.ts";
import { invalidField, refuseAccess } from "../errors.ts";

/**
 * What a signed-in person must do before using the application (docs/decisions/0019-user-administration.md):
 * choose their own password when an administrator gave them a temporary one, and set up a second
 * factor when a role they hold requires it. The HTTP edge (server/auth.ts) lets such a session reach
 * only its own account until both are done; the session answer tells the web.
 */
export interface Obligations {
  changePassword: boolean;
  setUpSecondFactor: boolean;
}

export const NO_OBLIGATIONS: Obligations = { changePassword: false, setUpSecondFactor: false };

/** Which roles must use a second factor: one settings row, no table of its own (decision 0019). */
export interface SecondFactorRequirement {
  roles: Role[];
  administrators: boolean;
}

const KEY = "secondFactorRequired";
const NONE: SecondFactorRequirement = { roles: [], administrators: false };

function asRequirement(value: unknown): SecondFactorRequirement {
  if (typeof value !== "object" || value === null) return NONE;
  const v = value as { roles?: unknown; administrators?: unknown };
  const roles = Array.isArray(v.roles) ? ROLES.filter((r) => (v.roles as unknown[]).includes(r)) : [];
  return { roles, administrators: v.administrators === true };
}

/** One query per request: the account's marks, its roles and the requirement in force. */
export async function obligationsOf(db: Db, userId: string): Promise<Obligations> {
  const [row] = await queryRows<{ temporary: boolean; totp: boolean; admin: boolean; roles: string[] | null; required: unknown }>(
    db,
    sql`select u.password_temporary as temporary, u.totp_enabled as totp, u.is_admin as admin,
               (select array_agg(distinct m.role) from memberships m where m.user_id = u.id) as roles,
               (select s.value from settings s where s.key = ${KEY}) as required
          from users u where u.id = ${userId}`,
  );
  if (row === undefined) return NO_OBLIGATIONS;
  const required = asRequirement(typeof row.required === "string" ? (JSON.parse(row.required) as unknown) : row.required);
  const roles = row.roles ?? [];
  const needsFactor = (row.admin && required.administrators) || required.roles.some((r) => roles.includes(r));
  return { changePassword: row.temporary, setUpSecondFactor: needsFactor && !row.totp };
}

async function requireAdmin(ctx: ServiceContext): Promise<void> {
  const d = systemPolicy.manageUsers(ctx.actor);
  if (!d.allowed) await refuseAccess(ctx, d.reason, { entity: "settings", entityId: KEY });
}

export async function readSecondFactorRequirement(ctx: ServiceContext): Promise<SecondFactorRequirement> {
  await requireAdmin(ctx);
  const [row] = await ctx.db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  return asRequirement(row?.value);
}

export async function setSecondFactorRequirement(ctx: ServiceContext, input: SecondFactorRequirement): Promise<SecondFactorRequirement> {
  await requireAdmin(ctx);
  const unknown = input.roles.findIndex((r) => !ROLES.includes(r));
  if (unknown >= 0) throw invalidField(`/roles/${unknown}`, "is not a role");
  const next: SecondFactorRequirement = { roles: ROLES.filter((r) => input.roles.includes(r)), administrators: input.administrators };
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).for("update");
    await tx.insert(settings).values({ key: KEY, value: next }).onConflictDoUpdate({ target: settings.key, set: { value: next, updatedAt: new Date().toISOString() } });
    await appendAudit(tx, {
      type: "SECOND_FACTOR_REQUIREMENT_CHANGED", actor: ctx.actor, entity: "settings", entityId: KEY, before: asRequirement(before?.value), after: next,
      ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null,
    });
    return next;
  });
}
