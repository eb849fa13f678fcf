import { and, eq } from "drizzle-orm";
import { appendAudit } from "../../audit/append.ts";
import type { Role } from "../../policies/actor.ts";
import type { Db } from "../../store/database.ts";
import { memberships, officers, organizations, schools, supervisions, users } from "../../store/schema.ts";
import type { ServiceContext } from "../context.ts";
import { ClientError, clientErrorFromDatabase, invalidField } from "../errors.ts";
import { passwordStrengthProblem } from "./password-strength.ts";
import { hashPassword, passwordMatches, passwordProblem } from "./passwords.ts";
import { endOtherSessionsOf, endSessionsOf, systemClock, type Clock } from "./sessions.ts";
import { checkTotpCode } from "./sign-in.ts";
import { newTotpSecret, totpUri } from "./totp.ts";
import { originOf, requireAdmin, temporaryPassword } from "./administration.ts";

/**
 * Accounts and roles, kept by the administrator (the command line is the installation's operator,
 * which is how the first administrator is made). Every change is audited in its transaction.
 */
export interface NewUser {
  email: string;
  displayName: string;
  password?: string | null;
  /** Make a temporary password, returned once, that the person must change at first sign-in (decision 0019). */
  temporaryPassword?: boolean;
  isAdmin?: boolean;
  officerId?: string | null;
  memberships?: { organizationId: string; role: Role; schoolId?: string | null }[];
}

const AGENCY_ROLES = new Set<Role>(["CHIEF", "TRAINING_COORDINATOR", "SUPERVISOR", "SRO"]);
const DISTRICT_ROLES = new Set<Role>(["SUPERINTENDENT", "SAFETY_COORDINATOR", "PRINCIPAL"]);


async function checkMembership(db: Db, m: { organizationId: string; role: Role; schoolId?: string | null }, path: string): Promise<void> {
  const [org] = await db.select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, m.organizationId));
  if (org === undefined) throw invalidField(`${path}/organizationId`, `no organization with id ${m.organizationId}`);
  if (org.kind === "AGENCY" && DISTRICT_ROLES.has(m.role)) throw invalidField(`${path}/role`, "this role belongs to a school district or charter school; the organization is a law enforcement agency");
  if (org.kind !== "AGENCY" && AGENCY_ROLES.has(m.role)) throw invalidField(`${path}/role`, "this role belongs to a law enforcement agency; the organization is a school district or charter school");
  if ((m.role === "PRINCIPAL") !== (m.schoolId !== undefined && m.schoolId !== null)) throw invalidField(`${path}/schoolId`, m.role === "PRINCIPAL" ? "a principal has one school: choose it" : "only a principal has a school");
  if (m.schoolId !== undefined && m.schoolId !== null) {
    const [school] = await db.select({ organizationId: schools.organizationId }).from(schools).where(eq(schools.id, m.schoolId));
    if (school?.organizationId !== m.organizationId) throw invalidField(`${path}/schoolId`, "is not a school of this organization");
  }
}

export async function createUser(ctx: ServiceContext, input: NewUser): Promise<{ id: string; temporaryPassword?: string }> {
  await requireAdmin(ctx);
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw invalidField("/email", "must be an email address");
  if (input.displayName.trim() === "") throw invalidField("/displayName", "must not be empty");
  const given = input.password !== undefined && input.password !== null;
  if (given && input.temporaryPassword === true) throw invalidField("/password", "give a password or ask for a temporary one, not both");
  const temporary = input.temporaryPassword === true ? temporaryPassword() : null;
  if (input.password !== undefined && input.password !== null) {
    // The length rule, then how guessable it is (password-strength.ts; issue 10 item 13).
    const problem = passwordProblem(input.password) ?? (await passwordStrengthProblem(input.password, [email, input.displayName]));
    if (problem !== null) throw invalidField("/password", problem);
  }
  const password = temporary ?? input.password ?? null;
  const passwordHash = password === null ? null : await hashPassword(password);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email, displayName: input.displayName.trim(), passwordHash, passwordTemporary: temporary !== null, isAdmin: input.isAdmin ?? false, officerId: input.officerId ?? null })
        .returning({ id: users.id });
      if (user === undefined) throw new Error("insert into users returned nothing");
      for (const [i, m] of (input.memberships ?? []).entries()) {
        await checkMembership(tx, m, `/memberships/${i}`);
        await tx.insert(memberships).values({ userId: user.id, organizationId: m.organizationId, role: m.role, schoolId: m.schoolId ?? null });
      }
      await appendAudit(tx, {
        type: "USER_CREATED", actor: ctx.actor, entity: "users", entityId: user.id, ...originOf(ctx),
        after: { email, displayName: input.displayName, isAdmin: input.isAdmin ?? false, officerId: input.officerId ?? null, memberships: input.memberships ?? [], temporaryPassword: temporary !== null },
      });
      // The temporary password is in this answer only: never stored in clear nor recorded.
      return temporary === null ? user : { ...user, temporaryPassword: temporary };
    });
  } catch (e) {
    throw clientErrorFromDatabase(e) ?? e;
  }
}

export async function grantMembership(ctx: ServiceContext, userId: string, m: { organizationId: string; role: Role; schoolId?: string | null }): Promise<{ id: string }> {
  await requireAdmin(ctx, userId);
  return ctx.db.transaction(async (tx) => {
    const [account] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (account === undefined) throw new ClientError("NOT_FOUND", "", "no such account");
    await checkMembership(tx, m, "");
    const [held] = await tx
      .select({ id: memberships.id, schoolId: memberships.schoolId })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.organizationId, m.organizationId), eq(memberships.role, m.role)));
    if (held !== undefined && (held.schoolId ?? null) === (m.schoolId ?? null)) throw new ClientError("CONFLICT", "/role", "the person already holds this role in this organization");
    const [row] = await tx.insert(memberships).values({ userId, organizationId: m.organizationId, role: m.role, schoolId: m.schoolId ?? null }).returning({ id: memberships.id });
    if (row === undefined) throw new Error("insert into memberships returned nothing");
    await appendAudit(tx, { type: "MEMBERSHIP_GRANTED", actor: ctx.actor, entity: "users", entityId: userId, organizationId: m.organizationId, ...originOf(ctx), after: m });
    return row;
  });
}

export async function revokeMembership(ctx: ServiceContext, membershipId: string): Promise<void> {
  await requireAdmin(ctx);
  await ctx.db.transaction(async (tx) => {
    const [m] = await tx.delete(memberships).where(eq(memberships.id, membershipId)).returning();
    if (m === undefined) throw new ClientError("NOT_FOUND", "", `no membership with id ${membershipId}`);
    await endSessionsOf(tx, m.userId); // rights change: the person signs in again
    await appendAudit(tx, { type: "MEMBERSHIP_REVOKED", actor: ctx.actor, entity: "users", entityId: m.userId, organizationId: m.organizationId, ...originOf(ctx), before: { role: m.role, schoolId: m.schoolId } });
  });
}

async function supervisesInAgencyOf(db: Db, userId: string, officerId: string): Promise<boolean> {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(officers, eq(officers.agencyId, memberships.organizationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "SUPERVISOR"), eq(officers.id, officerId)));
  return rows.length > 0;
}

export async function setSupervision(ctx: ServiceContext, supervisorId: string, officerId: string, supervises: boolean): Promise<void> {
  await requireAdmin(ctx, supervisorId);
  await ctx.db.transaction(async (tx) => {
    if (supervises && !(await supervisesInAgencyOf(tx, supervisorId, officerId))) {
      throw invalidField("/officerId", "the person is not a supervisor in the officer's agency: grant the SUPERVISOR role there first");
    }
    if (supervises) await tx.insert(supervisions).values({ supervisorId, officerId }).onConflictDoNothing();
    else await tx.delete(supervisions).where(and(eq(supervisions.supervisorId, supervisorId), eq(supervisions.officerId, officerId)));
    await appendAudit(tx, { type: "USER_UPDATED", actor: ctx.actor, entity: "users", entityId: supervisorId, ...originOf(ctx), after: { supervises: supervises ? officerId : null, stopsSupervising: supervises ? null : officerId } });
  });
}

/**
 * TOTP enrolment, step 1: a new secret, not yet in force, and the URI an authenticator app reads.
 * Refused while a second factor is in force: starting again would take it out of force on the word
 * of the session alone (replacing it needs a place for a second, pending secret, or an administrator's reset).
 */
export async function startSecondFactor(ctx: ServiceContext): Promise<{ secret: string; uri: string }> {
  const secret = newTotpSecret();
  return ctx.db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email, totpEnabled: users.totpEnabled }).from(users).where(eq(users.id, ctx.actor.id)).for("update");
    if (user === undefined) throw new ClientError("UNAUTHENTICATED", "", "sign in first");
    if (user.totpEnabled) throw new ClientError("CONFLICT", "", "a second factor is already in force for this account; to replace it, ask an administrator to reset it");
    await tx.update(users).set({ totpSecret: secret, updatedAt: new Date().toISOString() }).where(eq(users.id, ctx.actor.id));
    await appendAudit(tx, { type: "USER_UPDATED", actor: ctx.actor, entity: "users", entityId: ctx.actor.id, ...originOf(ctx), after: { secondFactor: "set-up started (not yet in force)" } });
    return { secret, uri: totpUri(secret, user.email) };
  });
}

/** TOTP enrolment, step 2: a correct code puts the second factor in force (and is then used: it cannot sign in). */
export async function confirmSecondFactor(ctx: ServiceContext, code: string, clock: Clock = systemClock): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, ctx.actor.id)).for("update");
    if (user === undefined || user.totpSecret === null) throw invalidField("/code", "start the second-factor set-up first");
    if (user.totpEnabled) throw new ClientError("CONFLICT", "", "the second factor is already in force");
    const checked = await checkTotpCode(tx, user, code, clock());
    if ("refused" in checked) throw invalidField("/code", "the code is wrong or has expired");
    await tx.update(users).set({ totpEnabled: true, updatedAt: new Date().toISOString() }).where(eq(users.id, user.id));
    await appendAudit(tx, { type: "SECOND_FACTOR_ENABLED", actor: ctx.actor, entity: "users", entityId: user.id, ...originOf(ctx), after: { totpStep: checked.step } });
  });
}

/**
 * One's own password. Every other session of the person ends (a stolen session does not outlive a
 * password change); the one that asked (`keepToken`) stays.
 */
export async function changePassword(ctx: ServiceContext, current: string, next: string, keepToken: string | null): Promise<void> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.id));
  // The account's email and name are context for the strength check, as at creation.
  const problem = passwordProblem(next) ?? (await passwordStrengthProblem(next, [user?.email ?? "", user?.displayName ?? ctx.actor.name]));
  if (problem !== null) throw invalidField("/newPassword", problem);
  if (user === undefined || !(await passwordMatches(user.passwordHash, current))) throw invalidField("/currentPassword", "is not the current password");
  if (user.passwordTemporary && next === current) throw invalidField("/newPassword", "choose a password of your own, not the temporary one");
  const passwordHash = await hashPassword(next);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordTemporary: false, updatedAt: new Date().toISOString() }).where(eq(users.id, user.id));
    await endOtherSessionsOf(tx, user.id, keepToken);
    await appendAudit(tx, { type: "PASSWORD_CHANGED", actor: ctx.actor, entity: "users", entityId: user.id, ...originOf(ctx), after: { otherSessionsEnded: true } });
  });
}
