import { describe, expect, it } from "vitest";
import { Findings } from "./findings.ts";

describe("Findings", () => {
  it("raises a code at most once and keeps both details", () => {
    const f = new Findings();
    f.raise("PRE_STATUTE_INCIDENT", "first trigger");
    f.raise("PRE_STATUTE_INCIDENT", "second trigger");
    expect(f.flags).toEqual([{ code: "PRE_STATUTE_INCIDENT", severity: "REVIEW", detail: "first trigger; second trigger" }]);
  });

  it("uses the catalogue severity, or its `otherwise` severity for the variant", () => {
    const f = new Findings();
    f.raise("CHOKEHOLD_609_06_3");
    f.raise("DISCIPLINE_PARTICIPATION", null, true);
    expect(f.flags.map((x) => x.severity)).toEqual(["VIOLATION", "REVIEW"]);
  });
});
