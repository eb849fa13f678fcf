import { eq, sql } from "drizzle-orm";
import { anonymousActor, appendAudit } from "../../audit/append.ts";
import type { Actor } from "../../policies/actor.ts";
import type { Db } from "../../store/database.ts";
import { users } from "../../store/schema.ts";
import { ClientError } from "../errors.ts";
import { actorOf } from "./actors.ts";
import { passwordMatches, spendVerification } from "./passwords.ts";
import { createSession, secondFactorPassed } from "./sessions.ts";
import { totpMatches } from "./totp.ts";

/**
 * Signing in with a local account. After MAX_FAILURES wrong passwords or codes in a row the account
 * is locked for LOCK_MINUTES, and says until when (even to the right password). The error for an
 * unknown email and a wrong password is the same, and takes the same time.
 */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export interface Origin {
  ip: string | null;
  userAgent: string | null;
}

export type SignInResult =
  | { kind: "signed-in"; token: string; csrfToken: string; actor: Actor }
  | { kind: "second-factor"; token: string; csrfToken: string };

const WRONG = "the email or the password is wrong";

function lockedMessage(until: string): string {
  return `the account is locked after ${MAX_FAILURES} failed sign-ins until ${new Date(until).toISOString().slice(0, 16).replace("T", " ")} UTC; try again then, or ask an administrator`;
}

async function recordFailure(db: Db, user: { id: string; email: string; displayName: string }, origin: Origin, what: "password" | "code"): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        failedSignIns: sql`${users.failedSignIns} + 1`,
        lockedUntil: sql`case when ${users.failedSignIns} + 1 >= ${MAX_FAILURES} then now() + make_interval(mins => ${LOCK_MINUTES}) else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, user.id))
      .returning({ failures: users.failedSignIns, lockedUntil: users.lockedUntil });
    const actor = { id: user.id, name: user.displayName };
    await appendAudit(tx, { type: what === "password" ? "SIGN_IN_FAILED" : "SECOND_FACTOR_FAILED", actor, ...origin, after: { email: user.email, failures: row?.failures ?? null } });
    if (row !== undefined && row.failures === MAX_FAILURES) await appendAudit(tx, { type: "ACCOUNT_LOCKED", actor, ...origin, after: { email: user.email, until: row.lockedUntil } });
    return row !== undefined && row.failures >= MAX_FAILURES ? row.lockedUntil : null;
  });
}

async function findUser(db: Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return user;
}

export async function signIn(db: Db, email: string, password: string, origin: Origin): Promise<SignInResult> {
  const user = await findUser(db, email);
  if (user === undefined || user.disabled) {
    await spendVerification(password);
    await db.transaction((tx) => appendAudit(tx, { type: "SIGN_IN_FAILED", actor: anonymousActor(email.slice(0, 200)), ...origin, after: { email: email.slice(0, 200), reason: user === undefined ? "no such account" : "account disabled" } }));
    throw new ClientError("UNAUTHENTICATED", "", WRONG);
  }
  if (user.lockedUntil !== null && new Date(user.lockedUntil) > new Date()) throw new ClientError("LOCKED", "", lockedMessage(user.lockedUntil));
  if (!(await passwordMatches(user.passwordHash, password))) {
    const lockedUntil = await recordFailure(db, user, origin, "password");
    throw new ClientError(lockedUntil === null ? "UNAUTHENTICATED" : "LOCKED", "", lockedUntil === null ? WRONG : lockedMessage(lockedUntil));
  }
  return db.transaction(async (tx) => {
    await tx.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const session = await createSession(tx, user.id, { ...origin, pendingSecondFactor: user.totpEnabled });
    if (user.totpEnabled) return { kind: "second-factor" as const, ...session };
    await appendAudit(tx, { type: "SIGN_IN", actor: { id: user.id, name: user.displayName }, ...origin, after: { method: "password" } });
    const actor = await actorOf(tx, user.id);
    if (actor === null) throw new ClientError("UNAUTHENTICATED", "", WRONG);
    return { kind: "signed-in" as const, ...session, actor };
  });
}

/** The second step when the account has TOTP: the code from the authenticator app. */
export async function completeSecondFactor(db: Db, token: string, userId: string, code: string, origin: Origin): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (user === undefined || user.totpSecret === null) throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  if (user.lockedUntil !== null && new Date(user.lockedUntil) > new Date()) throw new ClientError("LOCKED", "", lockedMessage(user.lockedUntil));
  if (!totpMatches(user.totpSecret, user.email, code.trim())) {
    const lockedUntil = await recordFailure(db, user, origin, "code");
    throw new ClientError(lockedUntil === null ? "UNAUTHENTICATED" : "LOCKED", "/code", lockedUntil === null ? "the code is wrong or has expired" : lockedMessage(lockedUntil));
  }
  return db.transaction(async (tx) => {
    await secondFactorPassed(tx, token);
    await tx.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await appendAudit(tx, { type: "SIGN_IN", actor: { id: user.id, name: user.displayName }, ...origin, after: { method: "password+totp" } });
    const actor = await actorOf(tx, user.id);
    if (actor === null) throw new ClientError("UNAUTHENTICATED", "", "the account is disabled");
    return actor;
  });
}
