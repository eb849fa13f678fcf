import { and, eq } from "drizzle-orm";
import { appendAudit } from "../../audit/append.ts";
import type { Role } from "../../policies/actor.ts";
import { systemPolicy } from "../../policies/system.ts";
import type { Db } from "../../store/database.ts";
import { memberships, organizations, sessions, supervisions, users } from "../../store/schema.ts";
import type { ServiceContext } from "../context.ts";
import { ClientError, clientErrorFromDatabase, invalidField } from "../errors.ts";
import { hashPassword, passwordMatches, passwordProblem } from "./passwords.ts";
import { endSessionsOf } from "./sessions.ts";
import { newTotpSecret, totpMatches, totpUri } from "./totp.ts";

/**
 * Accounts and roles, kept by the administrator (the command line is the installation's operator,
 * which is how the first administrator is made). Every change is audited in its transaction.
 */
export interface NewUser {
  email: string;
  displayName: string;
  password?: string | null;
  isAdmin?: boolean;
  officerId?: string | null;
  memberships?: { organizationId: string; role: Role; schoolId?: string | null }[];
}

const AGENCY_ROLES = new Set<Role>(["CHIEF", "TRAINING_COORDINATOR", "SUPERVISOR", "SRO"]);
const DISTRICT_ROLES = new Set<Role>(["SUPERINTENDENT", "SAFETY_COORDINATOR", "PRINCIPAL"]);

function requireAdmin(ctx: ServiceContext): void {
  const d = systemPolicy.manageUsers(ctx.actor);
  if (!d.allowed) throw new ClientError("FORBIDDEN", "", d.reason);
}

async function checkMembership(db: Db, m: { organizationId: string; role: Role; schoolId?: string | null }, path: string): Promise<void> {
  const [org] = await db.select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, m.organizationId));
  if (org === undefined) throw invalidField(`${path}/organizationId`, `no organisation with id ${m.organizationId}`);
  if (org.kind === "AGENCY" && DISTRICT_ROLES.has(m.role)) throw invalidField(`${path}/role`, `${m.role} is a district role; the organisation is a law enforcement agency`);
  if (org.kind !== "AGENCY" && AGENCY_ROLES.has(m.role)) throw invalidField(`${path}/role`, `${m.role} is an agency role; the organisation is a school district or charter school`);
  if ((m.role === "PRINCIPAL") !== (m.schoolId !== undefined && m.schoolId !== null)) throw invalidField(`${path}/schoolId`, "a principal has exactly one school; other roles have none");
}

export async function createUser(ctx: ServiceContext, input: NewUser): Promise<{ id: string }> {
  requireAdmin(ctx);
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw invalidField("/email", "must be an email address");
  if (input.password !== undefined && input.password !== null) {
    const problem = passwordProblem(input.password);
    if (problem !== null) throw invalidField("/password", problem);
  }
  const passwordHash = input.password === undefined || input.password === null ? null : await hashPassword(input.password);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email, displayName: input.displayName.trim(), passwordHash, isAdmin: input.isAdmin ?? false, officerId: input.officerId ?? null })
        .returning({ id: users.id });
      if (user === undefined) throw new Error("insert into users returned nothing");
      for (const [i, m] of (input.memberships ?? []).entries()) {
        await checkMembership(tx, m, `/memberships/${i}`);
        await tx.insert(memberships).values({ userId: user.id, organizationId: m.organizationId, role: m.role, schoolId: m.schoolId ?? null });
      }
      await appendAudit(tx, {
        type: "USER_CREATED", actor: ctx.actor, entity: "users", entityId: user.id,
        after: { email, displayName: input.displayName, isAdmin: input.isAdmin ?? false, officerId: input.officerId ?? null, memberships: input.memberships ?? [] },
      });
      return user;
    });
  } catch (e) {
    throw clientErrorFromDatabase(e) ?? e;
  }
}

export async function grantMembership(ctx: ServiceContext, userId: string, m: { organizationId: string; role: Role; schoolId?: string | null }): Promise<{ id: string }> {
  requireAdmin(ctx);
  return ctx.db.transaction(async (tx) => {
    await checkMembership(tx, m, "");
    const [row] = await tx.insert(memberships).values({ userId, organizationId: m.organizationId, role: m.role, schoolId: m.schoolId ?? null }).returning({ id: memberships.id });
    if (row === undefined) throw new Error("insert into memberships returned nothing");
    await appendAudit(tx, { type: "MEMBERSHIP_GRANTED", actor: ctx.actor, entity: "users", entityId: userId, organizationId: m.organizationId, after: m });
    return row;
  });
}

export async function revokeMembership(ctx: ServiceContext, membershipId: string): Promise<void> {
  requireAdmin(ctx);
  await ctx.db.transaction(async (tx) => {
    const [m] = await tx.delete(memberships).where(eq(memberships.id, membershipId)).returning();
    if (m === undefined) throw new ClientError("NOT_FOUND", "", `no membership with id ${membershipId}`);
    await endSessionsOf(tx, m.userId); // rights change: the person signs in again
    await appendAudit(tx, { type: "MEMBERSHIP_REVOKED", actor: ctx.actor, entity: "users", entityId: m.userId, organizationId: m.organizationId, before: { role: m.role, schoolId: m.schoolId } });
  });
}

export async function setSupervision(ctx: ServiceContext, supervisorId: string, officerId: string, supervises: boolean): Promise<void> {
  requireAdmin(ctx);
  await ctx.db.transaction(async (tx) => {
    if (supervises) await tx.insert(supervisions).values({ supervisorId, officerId }).onConflictDoNothing();
    else await tx.delete(supervisions).where(and(eq(supervisions.supervisorId, supervisorId), eq(supervisions.officerId, officerId)));
    await appendAudit(tx, { type: "USER_UPDATED", actor: ctx.actor, entity: "users", entityId: supervisorId, after: { supervises: supervises ? officerId : null, stopsSupervising: supervises ? null : officerId } });
  });
}

/** TOTP enrolment, step 1: a new secret, not yet in force, and the URI an authenticator app reads. */
export async function startSecondFactor(db: Db, userId: string): Promise<{ secret: string; uri: string }> {
  const secret = newTotpSecret();
  const [user] = await db.update(users).set({ totpSecret: secret, totpEnabled: false }).where(eq(users.id, userId)).returning({ email: users.email });
  if (user === undefined) throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  return { secret, uri: totpUri(secret, user.email) };
}

/** TOTP enrolment, step 2: a correct code puts the second factor in force. */
export async function confirmSecondFactor(ctx: ServiceContext, code: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, ctx.actor.id));
    if (user === undefined || user.totpSecret === null) throw invalidField("/code", "start the second-factor set-up first");
    if (!totpMatches(user.totpSecret, user.email, code.trim())) throw invalidField("/code", "the code is wrong or has expired");
    await tx.update(users).set({ totpEnabled: true }).where(eq(users.id, user.id));
    await appendAudit(tx, { type: "SECOND_FACTOR_ENABLED", actor: ctx.actor, entity: "users", entityId: user.id });
  });
}

export async function changePassword(ctx: ServiceContext, current: string, next: string, keepToken: string | null): Promise<void> {
  const problem = passwordProblem(next);
  if (problem !== null) throw invalidField("/newPassword", problem);
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.id));
  if (user === undefined || !(await passwordMatches(user.passwordHash, current))) throw invalidField("/currentPassword", "is not the current password");
  const passwordHash = await hashPassword(next);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date().toISOString() }).where(eq(users.id, user.id));
    // Other sessions end: a stolen session does not outlive a password change.
    const { tokenHash } = await import("./sessions.ts");
    const keep = keepToken === null ? null : tokenHash(keepToken);
    const all = await tx.select({ t: sessions.tokenHash }).from(sessions).where(eq(sessions.userId, user.id));
    for (const s of all) if (s.t !== keep) await tx.delete(sessions).where(eq(sessions.tokenHash, s.t));
    await appendAudit(tx, { type: "PASSWORD_CHANGED", actor: ctx.actor, entity: "users", entityId: user.id });
  });
}
