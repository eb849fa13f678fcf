import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { appendAudit } from "../../audit/append.ts";
import { systemPolicy } from "../../policies/system.ts";
import { sessions, users } from "../../store/schema.ts";
import type { ServiceContext } from "../context.ts";
import { ClientError, refuseAccess } from "../errors.ts";
import { hashPassword } from "./passwords.ts";

/**
 * What the administrator does to an existing account besides its roles: disable and enable it, and
 * give it a new temporary password (docs/decisions/0019-user-administration.md). Each is one
 * transaction with its audit event; a refusal goes through refuseAccess.
 */

/** Where the request came from, for the audit trail ("from where"). */
export function originOf(ctx: ServiceContext): { ip: string | null; userAgent: string | null } {
  return { ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null };
}

export async function requireAdmin(ctx: ServiceContext, entityId: string | null = null): Promise<void> {
  const d = systemPolicy.manageUsers(ctx.actor);
  if (!d.allowed) await refuseAccess(ctx, d.reason, { entity: "users", entityId });
}

// No look-alikes (0/o, 1/l/i): the administrator reads it out or copies it by hand.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** 16 random characters in four groups (about 79 bits), e.g. "k7dm-3xqa-pw9e-hn4t". */
export function temporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

const noSuchAccount = (id: string) => new ClientError("NOT_FOUND", "", `no account with id ${id}`);

/**
 * Disables or enables an account. Disabling ends every session of the account in the same
 * transaction (the person is signed out at once), and sign-in refuses it from then on. The
 * administrator cannot disable their own account.
 */
export async function setAccountDisabled(ctx: ServiceContext, userId: string, disabled: boolean): Promise<void> {
  await requireAdmin(ctx, userId);
  if (disabled && ctx.actor.kind === "user" && ctx.actor.id === userId) throw new ClientError("CONFLICT", "/disabled", "you cannot disable your own account: another administrator can");
  await ctx.db.transaction(async (tx) => {
    const [account] = await tx.select({ disabled: users.disabled }).from(users).where(eq(users.id, userId)).for("update");
    if (account === undefined) throw noSuchAccount(userId);
    if (account.disabled === disabled) return; // nothing changes, nothing to record
    await tx.update(users).set({ disabled, updatedAt: new Date().toISOString() }).where(eq(users.id, userId));
    if (disabled) {
      const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ userId: sessions.userId });
      await appendAudit(tx, { type: "USER_DISABLED", actor: ctx.actor, entity: "users", entityId: userId, ...originOf(ctx), after: { sessionsEnded: ended.length } });
    } else {
      await appendAudit(tx, { type: "USER_ENABLED", actor: ctx.actor, entity: "users", entityId: userId, ...originOf(ctx) });
    }
  });
}

/**
 * A new temporary password for an account, returned once (never stored in clear, never recorded).
 * The person must choose their own at the next sign-in; their sessions end, and a second-factor
 * lock is lifted. One's own password is changed on one's account page, with the current one.
 */
export async function resetPassword(ctx: ServiceContext, userId: string): Promise<{ temporaryPassword: string }> {
  await requireAdmin(ctx, userId);
  if (ctx.actor.kind === "user" && ctx.actor.id === userId) throw new ClientError("CONFLICT", "", "change your own password on your account page");
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    const [account] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    if (account === undefined) throw noSuchAccount(userId);
    await tx.update(users).set({ passwordHash, passwordTemporary: true, failedSignIns: 0, lockedUntil: null, updatedAt: new Date().toISOString() }).where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await appendAudit(tx, { type: "PASSWORD_RESET", actor: ctx.actor, entity: "users", entityId: userId, ...originOf(ctx) });
  });
  return { temporaryPassword: password };
}
