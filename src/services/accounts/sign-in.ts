import { and, asc, eq, gt, inArray, isNotNull, sql } from "drizzle-orm";
import { anonymousActor, appendAudit } from "../../audit/append.ts";
import type { Actor } from "../../policies/actor.ts";
import type { Db } from "../../store/database.ts";
import { auditEvents, users } from "../../store/schema.ts";
import { ClientError } from "../errors.ts";
import { actorOf } from "./actors.ts";
import { passwordMatches, spendVerification } from "./passwords.ts";
import { createSession, endPendingSession, endSession, systemClock, type Clock } from "./sessions.ts";
import { totpMatchStep } from "./totp.ts";

/**
 * Signing in with a local account (docs/decisions/0015-signed-out-requests-and-sign-in-throttling.md).
 * Wrong passwords are limited per ADDRESS, never by locking the account for everyone — a lock anyone
 * can trigger would let anyone keep any account, the administrator's included, locked forever:
 * - after MAX_FAILURES failed sign-ins with one email from one address within WINDOW_MINUTES (since
 *   the account last signed in from there), that email is refused from that address until the oldest
 *   of them is WINDOW_MINUTES old — the right password too, or guessing would go on;
 * - after ADDRESS_FAILURES failed sign-ins from one address within the window, whatever the emails,
 *   the address is refused the same way.
 * The failures are counted from the audit trail's SIGN_IN_FAILED events (durable, shared by every
 * server process), the same way for an email with an account and one without: the answers for an
 * unknown email and a wrong password are the same, take the same time, and meet the same limit. A
 * refusal of the limit is not recorded (the failures before it were).
 *
 * The second factor is different: only someone who has the password reaches it, so after
 * MAX_FAILURES wrong or reused codes in a row the account is locked for LOCK_MINUTES and says until
 * when — to the right password only (a wrong one gets the usual answer). A right password does not
 * clear the count of an account with a second factor (only the whole sign-in does), so wrong codes
 * cannot be tried without end by signing in again between them.
 *
 * The second factor completes the sign-in with a new session (the pending one ends: a new token at
 * every change of rights), and a TOTP code is good once: the time step of the last code accepted for
 * the account (at sign-in or when the factor was confirmed) is kept in the audit trail's SIGN_IN and
 * SECOND_FACTOR_ENABLED events (`after.totpStep`, which is no secret), and a code of that step or an
 * earlier one is refused. The account's row is locked while a code is checked, so two requests with
 * the same code cannot both pass.
 */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
/** Failed sign-ins from one address, whatever the emails, before the address waits. */
export const ADDRESS_FAILURES = 20;
/** How far back failed sign-ins count. */
export const WINDOW_MINUTES = 15;

export interface Origin {
  ip: string | null;
  userAgent: string | null;
}

export type SignInResult =
  | { kind: "signed-in"; token: string; csrfToken: string; actor: Actor }
  | { kind: "second-factor"; token: string; csrfToken: string };

const WRONG = "the email or the password is wrong";
const WRONG_CODE = "the code is wrong or has expired";
const REUSED_CODE = "this code has already been used: wait for the next one";

function isLocked(lockedUntil: string | null, now: Date): lockedUntil is string {
  return lockedUntil !== null && new Date(lockedUntil).getTime() > now.getTime();
}

/** The lock's end, rounded up to the minute (a person retrying at the minute shown is let in). */
export function lockedMessage(until: string): string {
  const end = new Date(Math.ceil(new Date(until).getTime() / 60_000) * 60_000);
  return `the account is locked after ${MAX_FAILURES} failed sign-ins until ${end.toISOString().slice(0, 16).replace("T", " ")} UTC; try again then, or ask an administrator`;
}

function minute(instant: number): string {
  return new Date(Math.ceil(instant / 60_000) * 60_000).toISOString().slice(0, 16).replace("T", " ");
}

/**
 * When the address may try this email again, or null if it may now: the failed sign-ins recorded
 * from the address within the window (those with this email: since the account last signed in from
 * there). The same query and the same answer whether the email has an account or not.
 */
async function throttledUntil(db: Db, email: string, userId: string | null, ip: string | null, now: Date): Promise<{ until: number; scope: "email" | "address" } | null> {
  if (ip === null) return null;
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  const [success] = await db
    .select({ at: sql<number | string | null>`(extract(epoch from max(${auditEvents.at})) * 1000)::float8` })
    .from(auditEvents)
    .where(and(eq(auditEvents.type, "SIGN_IN"), eq(auditEvents.entityId, userId ?? ""), eq(auditEvents.ip, ip), gt(auditEvents.at, since)));
  const failures = await db
    .select({ at: sql<number | string>`(extract(epoch from ${auditEvents.at}) * 1000)::float8`, email: sql<string>`lower(trim(${auditEvents.after} ->> 'email'))` })
    .from(auditEvents)
    .where(and(eq(auditEvents.type, "SIGN_IN_FAILED"), eq(auditEvents.ip, ip), gt(auditEvents.at, since)))
    .orderBy(asc(auditEvents.at));
  const times = (rows: { at: number | string }[]) => rows.map((r) => Number(r.at));
  const lastSuccess = success?.at === null || success?.at === undefined ? 0 : Number(success.at);
  const forEmail = times(failures.filter((f) => f.email === email)).filter((t) => t > lastSuccess);
  const all = times(failures);
  const window = WINDOW_MINUTES * 60_000;
  const candidates: { until: number; scope: "email" | "address" }[] = [];
  if (forEmail.length >= MAX_FAILURES) candidates.push({ until: (forEmail[forEmail.length - MAX_FAILURES] ?? 0) + window, scope: "email" });
  if (all.length >= ADDRESS_FAILURES) candidates.push({ until: (all[all.length - ADDRESS_FAILURES] ?? 0) + window, scope: "address" });
  const latest = candidates.filter((c) => c.until > now.getTime()).sort((a, b) => b.until - a.until)[0];
  return latest ?? null;
}

function throttledMessage(t: { until: number; scope: "email" | "address" }): string {
  return `too many failed sign-ins ${t.scope === "email" ? "for this email " : ""}from this address: try again after ${minute(t.until)} UTC, or ask an administrator`;
}

async function recordFailure(db: Db, user: { id: string; email: string; displayName: string }, origin: Origin, what: "code" | "reused code", now: Date): Promise<string | null> {
  const nowIso = now.toISOString();
  const until = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
  // A lock that has run out starts the count again.
  const expired = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= ${nowIso}::timestamptz)`;
  const failures = sql`(case when ${expired} then 1 else ${users.failedSignIns} + 1 end)`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        failedSignIns: failures,
        lockedUntil: sql`case when ${failures} >= ${MAX_FAILURES} then ${until}::timestamptz when ${expired} then null else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, user.id))
      .returning({ failures: users.failedSignIns, lockedUntil: users.lockedUntil });
    const actor = { id: user.id, name: user.displayName };
    const after = { email: user.email, failures: row?.failures ?? null, ...(what === "reused code" ? { reason: "code already used" } : {}) };
    await appendAudit(tx, { type: "SECOND_FACTOR_FAILED", actor, ...origin, after });
    if (row !== undefined && row.failures === MAX_FAILURES) await appendAudit(tx, { type: "ACCOUNT_LOCKED", actor, ...origin, after: { email: user.email, until: row.lockedUntil } });
    return row !== undefined && row.failures >= MAX_FAILURES ? row.lockedUntil : null;
  });
}

async function findUser(db: Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return user;
}

export async function signIn(db: Db, email: string, password: string, origin: Origin, clock: Clock = systemClock): Promise<SignInResult> {
  const now = clock();
  const given = email.trim().toLowerCase().slice(0, 200);
  const user = await findUser(db, email);
  const throttled = await throttledUntil(db, given, user?.id ?? null, origin.ip, now);
  if (throttled !== null) throw new ClientError("TOO_MANY_REQUESTS", "", throttledMessage(throttled));
  if (user === undefined || user.disabled) {
    await spendVerification(password);
    await db.transaction((tx) => appendAudit(tx, { type: "SIGN_IN_FAILED", actor: anonymousActor(given), ...origin, after: { email: given, reason: user === undefined ? "no such account" : "account disabled" } }));
    throw new ClientError("UNAUTHENTICATED", "", WRONG);
  }
  if (!(await passwordMatches(user.passwordHash, password))) {
    await db.transaction((tx) => appendAudit(tx, { type: "SIGN_IN_FAILED", actor: { id: user.id, name: user.displayName }, ...origin, after: { email: user.email, reason: "wrong password" } }));
    throw new ClientError("UNAUTHENTICATED", "", WRONG);
  }
  // Locked by wrong second-factor codes: only someone with the password learns it.
  if (isLocked(user.lockedUntil, now)) throw new ClientError("LOCKED", "", lockedMessage(user.lockedUntil));
  return db.transaction(async (tx) => {
    const session = await createSession(tx, user.id, { ...origin, pendingSecondFactor: user.totpEnabled }, clock);
    if (user.totpEnabled) return { kind: "second-factor" as const, ...session };
    await tx.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const actor = await actorOf(tx, user.id);
    if (actor === null) throw new ClientError("UNAUTHENTICATED", "", WRONG);
    await appendAudit(tx, { type: "SIGN_IN", actor: { id: user.id, name: user.displayName }, entity: "users", entityId: user.id, ...origin, after: { method: "password" } });
    return { kind: "signed-in" as const, ...session, actor };
  });
}

/** The time step of the last TOTP code accepted for the account, or null. */
export async function lastTotpStep(db: Db, userId: string): Promise<number | null> {
  const totpStepOf = sql`(${auditEvents.after} ->> 'totpStep')`;
  const [row] = await db
    .select({ step: sql<string | number | null>`max(${totpStepOf}::bigint)` })
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, "users"), eq(auditEvents.entityId, userId), inArray(auditEvents.type, ["SIGN_IN", "SECOND_FACTOR_ENABLED"]), isNotNull(totpStepOf)));
  return row === undefined || row.step === null ? null : Number(row.step);
}

/** Checks a TOTP code for the account: its time step, or why it is refused. */
export async function checkTotpCode(db: Db, user: { id: string; email: string; totpSecret: string | null }, code: string, now: Date): Promise<{ step: number } | { refused: "wrong" | "reused" }> {
  const step = user.totpSecret === null ? null : totpMatchStep(user.totpSecret, user.email, code.trim(), now.getTime());
  if (step === null) return { refused: "wrong" };
  const last = await lastTotpStep(db, user.id);
  return last !== null && step <= last ? { refused: "reused" } : { step };
}

/**
 * The second step when the account has TOTP: the code from the authenticator app. The pending
 * session ends and a new one begins (its token and CSRF token are returned).
 */
export async function completeSecondFactor(
  db: Db,
  pendingToken: string,
  userId: string,
  code: string,
  origin: Origin,
  clock: Clock = systemClock,
): Promise<{ token: string; csrfToken: string; actor: Actor }> {
  const now = clock();
  const outcome = await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (user === undefined || user.disabled || user.totpSecret === null || !user.totpEnabled) throw new ClientError("UNAUTHENTICATED", "", "sign in first");
    if (isLocked(user.lockedUntil, now)) throw new ClientError("LOCKED", "", lockedMessage(user.lockedUntil));
    const checked = await checkTotpCode(tx, user, code, now);
    if ("refused" in checked) return { kind: "refused" as const, refused: checked.refused, user: { id: user.id, email: user.email, displayName: user.displayName } };
    if (!(await endPendingSession(tx, pendingToken, user.id))) throw new ClientError("UNAUTHENTICATED", "", "sign in with your password first");
    const session = await createSession(tx, user.id, origin, clock);
    await tx.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const actor = await actorOf(tx, user.id);
    if (actor === null) throw new ClientError("UNAUTHENTICATED", "", "the account is disabled");
    await appendAudit(tx, { type: "SIGN_IN", actor: { id: user.id, name: user.displayName }, entity: "users", entityId: user.id, ...origin, after: { method: "password+totp", totpStep: checked.step } });
    return { kind: "signed-in" as const, ...session, actor };
  });
  if (outcome.kind === "refused") {
    const lockedUntil = await recordFailure(db, outcome.user, origin, outcome.refused === "wrong" ? "code" : "reused code", now);
    if (lockedUntil !== null) throw new ClientError("LOCKED", "", lockedMessage(lockedUntil));
    throw new ClientError("UNAUTHENTICATED", "/code", outcome.refused === "wrong" ? WRONG_CODE : REUSED_CODE);
  }
  return { token: outcome.token, csrfToken: outcome.csrfToken, actor: outcome.actor };
}

/** Signing out: the session ends on the server (its cookie is worth nothing after), audited. */
export async function signOut(db: Db, token: string, origin: Origin): Promise<void> {
  await db.transaction(async (tx) => {
    const ended = await endSession(tx, token);
    if (ended === null) return;
    const [user] = await tx.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.id, ended.userId));
    if (user === undefined) return;
    await appendAudit(tx, { type: "SIGN_OUT", actor: user, entity: "users", entityId: user.id, ...origin, ...(ended.pendingSecondFactor ? { after: { secondFactorPending: true } } : {}) });
  });
}
