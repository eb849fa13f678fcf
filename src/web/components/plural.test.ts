import { describe, expect, it } from "vitest";
import { plural } from "./plural.ts";

describe("a count in words", () => {
  it("says 1 officer and 2 officers, 0 days and 1 day, with an irregular plural when given", () => {
    expect(plural(1, "officer")).toBe("1 officer");
    expect(plural(2, "officer")).toBe("2 officers");
    expect(plural(0, "day")).toBe("0 days");
    expect(plural(1, "day")).toBe("1 day");
    expect(plural(3, "policy", "policies")).toBe("3 policies");
  });
});
