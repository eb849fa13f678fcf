import { hash, verify } from "@node-rs/argon2";

/**
 * Passwords are kept as argon2id hashes (RFC 9106's recommended variant) with the library's
 * defaults (argon2id is its default algorithm; passwords.test.ts holds it to that); never the
 * password. A minimum of 12 characters, no other composition rules (NIST SP 800-63B §5.1.1.2: length
 * over complexity).
 */
export const MIN_PASSWORD_LENGTH = 12;

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 256) return "must be at most 256 characters";
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** An account without a password (single sign-on only) is checked against the dummy hash all the same: timing does not tell it apart. */
export async function passwordMatches(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    await spendVerification(password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifies against a fixed hash when the account does not exist, so timing does not tell. */
let dummy: Promise<string> | undefined;
export async function spendVerification(password: string): Promise<void> {
  dummy ??= hashPassword("sroc-dummy-password-for-timing");
  try {
    await verify(await dummy, password);
  } catch {
    // the same as a mismatch
  }
}
