import { Secret, TOTP } from "otpauth";

/**
 * The optional second factor: a time-based one-time password (RFC 6238: SHA-1, 6 digits, 30 s),
 * which any authenticator app reads from the otpauth:// URI. One step of clock drift is accepted.
 */
const ISSUER = "SRO Compliance";

function totp(secret: string, account: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: account, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

export function totpMatches(secret: string, account: string, code: string, at: number = Date.now()): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totp(secret, account).validate({ token: code, timestamp: at, window: 1 }) !== null;
}

/** The current code (tests, and the demo's documentation). */
export function totpCode(secret: string, account: string, at: number = Date.now()): string {
  return totp(secret, account).generate({ timestamp: at });
}
