import { describe, expect, it } from "vitest";
import { formatDay, humanize } from "./model.ts";

describe("the Officer page's wording", () => {
  it("reads the engine's codes and step names as words", () => {
    expect(humanize("NON_COMPLIANT")).toBe("non compliant");
    expect(humanize("assumedDutiesOn")).toBe("assumed duties on");
    expect(humanize("scope")).toBe("scope");
  });
  it("writes a date the same in every time zone", () => {
    expect(formatDay("2026-11-30")).toBe("November 30, 2026");
    expect(formatDay("not a date")).toBe("not a date");
  });
});
