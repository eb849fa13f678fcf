import { describe, expect, it } from "vitest";
import { findTerm, words } from "./wording.ts";

describe("whole-word matching (law.md §13)", () => {
  it("ignores case, punctuation, line breaks and apostrophes, and reads \"&\" as \"and\"", () => {
    expect(words("Emergency Management & Safety\n\nCoordinator's, school-owned")).toEqual(["emergency", "management", "and", "safety", "coordinators", "school", "owned"]);
    expect(words("staff&visitors")).toEqual(["staff", "and", "visitors"]);
  });
  it("matches whole words and phrases only", () => {
    expect(findTerm(words("the only way"), "only")).toBe("only");
    expect(findTerm(words("commonly done"), "only")).toBeNull();
    expect(findTerm(words("exception noted"), "except")).toBeNull();
    expect(findTerm(words("PROVIDED That the principal"), "provided that")).toBe("provided that");
    expect(findTerm(words("as provided by law"), "provided that")).toBeNull();
    expect(findTerm(words("relationship building & open communication"), "building and open")).toBe("building and open");
  });
  it("treats words in parentheses as optional, keeping them when present", () => {
    const term = "under (the) supervision (of)";
    expect(findTerm(words("under supervision"), term)).toBe("under supervision");
    expect(findTerm(words("Under the Supervision of the coordinator"), term)).toBe("under the supervision of");
    expect(findTerm(words("working under supervision of the coordinator"), term)).toBe("under supervision of");
    expect(findTerm(words("under the supervision"), term)).toBe("under the supervision");
    expect(findTerm(words("under close supervision"), term)).toBeNull();
    expect(findTerm(words("supervision of the coordinator"), term)).toBeNull();
  });
});
