import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../../store/database.ts";
import { sessions } from "../../store/schema.ts";

/**
 * Server-side sessions. The browser holds a random 256-bit token in an HttpOnly cookie; the table
 * holds only its SHA-256 (a copy of the table opens nothing). Every sign-in creates a new session
 * (the fixation defence: a token known before sign-in is worth nothing after it), and each session
 * has its own CSRF token, which state-changing requests must echo in a header.
 */
export const SESSION_HOURS = 12;

export interface SessionInfo {
  userId: string;
  csrfToken: string;
  pendingSecondFactor: boolean;
}

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(db: Db, userId: string, meta: { ip?: string | null; userAgent?: string | null; pendingSecondFactor?: boolean }): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await db.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId,
    csrfToken,
    pendingSecondFactor: meta.pendingSecondFactor ?? false,
    expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000).toISOString(),
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken };
}

export async function findSession(db: Db, token: string): Promise<SessionInfo | null> {
  const [row] = await db
    .select({ userId: sessions.userId, csrfToken: sessions.csrfToken, pendingSecondFactor: sessions.pendingSecondFactor })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash(token)), gt(sessions.expiresAt, new Date().toISOString())));
  return row ?? null;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

export async function secondFactorPassed(db: Db, token: string): Promise<void> {
  await db.update(sessions).set({ pendingSecondFactor: false }).where(eq(sessions.tokenHash, tokenHash(token)));
}

export async function endSessionsOf(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date().toISOString()));
}
