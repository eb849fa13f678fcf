import { describe, expect, it } from "vitest";
import { unplainWords } from "./harness.ts";

/** The page-text check every browser test runs through expectAccessible (issue 11 item 4). */
describe("words a person should not have to read", () => {
  it("finds the engine's references, enum values and underscore keys, and lets plain words and the law's citations pass", () => {
    expect(unplainWords("See Reading A5 (law.md §12).")).toEqual([expect.stringContaining("a reference to law.md"), expect.stringContaining("a reading's internal number")]);
    expect(unplainWords("Status: NON_COMPLIANT")).toEqual([expect.stringContaining("an enum value")]);
    expect(unplainWords("option roll645_15")).toEqual([expect.stringContaining("an underscore-joined key")]);
    expect(unplainWords("Minn. Stat. § 626.8482, subd. 3(c): Needs attention — 2 officers, POST SRO course, chief@prairie.example")).toEqual([]);
  });
});
