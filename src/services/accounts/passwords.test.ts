import { describe, expect, it } from "vitest";
import { hashPassword, MIN_PASSWORD_LENGTH, passwordMatches, passwordProblem, spendVerification } from "./passwords.ts";

describe("passwords", () => {
  it("are hashed with argon2id, salted, and never kept in the clear", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(a).not.toBe(b); // a salt of its own
    expect(a).not.toContain("correct horse");
    expect(await passwordMatches(a, "correct horse battery staple")).toBe(true);
    expect(await passwordMatches(a, "correct horse battery stapl")).toBe(false);
  });

  it("refuses a missing or malformed hash without throwing", async () => {
    expect(await passwordMatches(null, "anything at all")).toBe(false);
    expect(await passwordMatches("not a hash", "anything at all")).toBe(false);
    expect(await passwordMatches("", "")).toBe(false);
    await expect(spendVerification("whatever")).resolves.toBeUndefined();
  });

  it("ask for 12 characters at least and 256 at most, and nothing else", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(passwordProblem("a".repeat(11))).toBe("must be at least 12 characters");
    expect(passwordProblem("a".repeat(12))).toBeNull();
    expect(passwordProblem("all lower case no digits")).toBeNull(); // no composition rules (NIST SP 800-63B)
    expect(passwordProblem("a".repeat(256))).toBeNull();
    expect(passwordProblem("a".repeat(257))).toBe("must be at most 256 characters");
  });
});
