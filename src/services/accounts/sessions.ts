import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt, ne } from "drizzle-orm";
import type { Db } from "../../store/database.ts";
import { sessions } from "../../store/schema.ts";

/**
 * Server-side sessions. The browser holds a random 256-bit token in an HttpOnly cookie; the table
 * holds only its SHA-256 (a copy of the table opens nothing). Every sign-in creates a new session,
 * and so does the second factor when it completes one (the fixation defence: a token known before a
 * change of rights is worth nothing after it), and each session has its own CSRF token, which
 * state-changing requests must echo in a header.
 */
export const SESSION_HOURS = 12;

/** What time it is: the accounts services take one so that tests can move it (lockout, expiry, TOTP). */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export interface SessionInfo {
  userId: string;
  csrfToken: string;
  pendingSecondFactor: boolean;
}

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  db: Db,
  userId: string,
  meta: { ip?: string | null; userAgent?: string | null; pendingSecondFactor?: boolean },
  clock: Clock = systemClock,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await db.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId,
    csrfToken,
    pendingSecondFactor: meta.pendingSecondFactor ?? false,
    expiresAt: new Date(clock().getTime() + SESSION_HOURS * 3600_000).toISOString(),
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken };
}

export async function findSession(db: Db, token: string, clock: Clock = systemClock): Promise<SessionInfo | null> {
  const [row] = await db
    .select({ userId: sessions.userId, csrfToken: sessions.csrfToken, pendingSecondFactor: sessions.pendingSecondFactor })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash(token)), gt(sessions.expiresAt, clock().toISOString())));
  return row ?? null;
}

/** Ends a session; what it was (whose, and whether it still owed the second factor), or null if there was none. */
export async function endSession(db: Db, token: string): Promise<{ userId: string; pendingSecondFactor: boolean } | null> {
  const [row] = await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token))).returning({ userId: sessions.userId, pendingSecondFactor: sessions.pendingSecondFactor });
  return row ?? null;
}

/** Ends a session that still owes its second factor; false if there is no such session (any more). */
export async function endPendingSession(db: Db, token: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash(token)), eq(sessions.userId, userId), eq(sessions.pendingSecondFactor, true)))
    .returning({ userId: sessions.userId });
  return rows.length > 0;
}

export async function endSessionsOf(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Ends every session of the person but the one of `keepToken` (the one that asked). */
export async function endOtherSessionsOf(db: Db, userId: string, keepToken: string | null): Promise<void> {
  await db.delete(sessions).where(keepToken === null ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.tokenHash, tokenHash(keepToken))));
}

export async function purgeExpiredSessions(db: Db, clock: Clock = systemClock): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, clock().toISOString()));
}
