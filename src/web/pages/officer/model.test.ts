import { describe, expect, it } from "vitest";
import { formatDay } from "./model.ts";
import { policyLine, statuteLine, valueWords, wordsFor, STATUTE_WORDS } from "./words.ts";
import type { TrainingAnswer } from "./model.ts";

const answer = (fields: Partial<TrainingAnswer>): TrainingAnswer => ({
  kind: "training", lawVersion: "2024", statuteStatus: "COMPLIANT", policyStatus: "COMPLIANT", path: "STANDARD", assumedDutiesOn: null, deadline: null, deadlineEffective: null, refresherDue: null,
  notRequiredDuties: [], substituteContactDays: null, flags: [], ...fields,
});

describe("the Officer page's wording", () => {
  it("reads the engine's codes as words a chief uses, never the codes", () => {
    expect(wordsFor(STATUTE_WORDS, "NON_COMPLIANT")).toBe("Not met: the deadline passed without the course");
    expect(wordsFor(STATUTE_WORDS, "PRE_MANDATE")).not.toMatch(/mandate|_/i);
    expect(valueWords("path", "INCUMBENT")).toBe("Already serving as an SRO before September 1, 2025");
    expect(valueWords("scope", "IN_SCOPE")).toBe("Yes");
    expect(wordsFor(STATUTE_WORDS, "SOMETHING_NEW")).toBe("something new");
  });

  it("never says the statute is met beside a violation of the statute without saying both", () => {
    const flag = { code: "CERTIFICATE_MISSING", severity: "VIOLATION" as const, message: "No certificate.", citations: [] };
    expect(statuteLine(answer({ flags: [flag] }))).toBe("Met: the training course is completed; but another duty of the statute is not met (see the flags below)");
    expect(statuteLine(answer({}))).toBe("Met: the training course is completed");
    expect(policyLine(answer({ flags: [{ ...flag, severity: "POLICY_VIOLATION" }] }))).toContain("not met on time");
  });

  it("writes a date the same in every time zone", () => {
    expect(formatDay("2026-11-30")).toBe("November 30, 2026");
    expect(formatDay("not a date")).toBe("not a date");
  });
});
