import { Secret, TOTP } from "otpauth";

/**
 * The optional second factor: a time-based one-time password (RFC 6238: SHA-1, 6 digits, 30 s),
 * which any authenticator app reads from the otpauth:// URI. One step of clock drift is accepted
 * either way. A code is good once: the caller remembers the last time step used (sign-in.ts) and
 * refuses a code of that step or an earlier one.
 */
const ISSUER = "SRO Compliance";
export const TOTP_PERIOD_SECONDS = 30;

function totp(secret: string, account: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: account, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/** The time step (counter) of an instant, in milliseconds since the epoch. */
export function totpStep(at: number): number {
  return Math.floor(at / 1000 / TOTP_PERIOD_SECONDS);
}

/** The time step of `code` if it is a valid code at `at` (one step of drift either way), else null. */
export function totpMatchStep(secret: string, account: string, code: string, at: number = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret, account).validate({ token: code, timestamp: at, window: 1 });
  return delta === null ? null : totpStep(at) + delta;
}

export function totpMatches(secret: string, account: string, code: string, at: number = Date.now()): boolean {
  return totpMatchStep(secret, account, code, at) !== null;
}

/** The current code (tests, and the demo's documentation). */
export function totpCode(secret: string, account: string, at: number = Date.now()): string {
  return totp(secret, account).generate({ timestamp: at });
}
