import { Secret, TOTP, URI } from "otpauth";
import { describe, expect, it } from "vitest";
import { newTotpSecret, totpCode, totpMatches, totpMatchStep, totpStep, totpUri } from "./totp.ts";

/** RFC 6238 appendix B: the SHA-1 seed "12345678901234567890"; the 8-digit values cut to their last 6. */
const RFC_SECRET = Secret.fromLatin1("12345678901234567890").base32;
const RFC_VECTORS: [seconds: number, code: string][] = [
  [59, "287082"],
  [1111111109, "081804"],
  [1111111111, "050471"],
  [1234567890, "005924"],
  [2000000000, "279037"],
];

describe("TOTP", () => {
  it("computes RFC 6238's test values (SHA-1, 6 digits, 30 s)", () => {
    for (const [seconds, code] of RFC_VECTORS) {
      expect(totpCode(RFC_SECRET, "a@b.example", seconds * 1000)).toBe(code);
      expect(totpMatchStep(RFC_SECRET, "a@b.example", code, seconds * 1000)).toBe(Math.floor(seconds / 30));
    }
  });

  it("accepts one step of drift either way, and says which step the code was", () => {
    const at = 1_800_000_000_000;
    const s = totpStep(at);
    const codeOf = (step: number) => totpCode(RFC_SECRET, "x", step * 30_000);
    expect(totpMatchStep(RFC_SECRET, "x", codeOf(s - 1), at)).toBe(s - 1);
    expect(totpMatchStep(RFC_SECRET, "x", codeOf(s), at)).toBe(s);
    expect(totpMatchStep(RFC_SECRET, "x", codeOf(s + 1), at)).toBe(s + 1);
    for (const far of [s - 3, s - 2, s + 2, s + 3]) if (![s - 1, s, s + 1].some((n) => codeOf(n) === codeOf(far))) expect(totpMatches(RFC_SECRET, "x", codeOf(far), at)).toBe(false);
  });

  it("refuses anything but six digits", () => {
    const at = 1_800_000_000_000;
    const code = totpCode(RFC_SECRET, "x", at);
    for (const bad of ["", `${code} `, `0${code}`, code.slice(1), "abcdef", "12 456"]) expect(totpMatchStep(RFC_SECRET, "x", bad, at)).toBeNull();
  });

  it("gives a fresh 160-bit secret and a URI that authenticator apps read", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = totpUri(secret, "officer@agency.example");
    const app = URI.parse(uri);
    expect(app).toBeInstanceOf(TOTP);
    expect(app).toMatchObject({ issuer: "SRO Compliance", label: "officer@agency.example", algorithm: "SHA1", digits: 6, period: 30 });
    const at = Date.UTC(2026, 10, 30, 12);
    expect((app as TOTP).generate({ timestamp: at })).toBe(totpCode(secret, "officer@agency.example", at));
  });
});
