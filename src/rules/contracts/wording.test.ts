import { describe, expect, it } from "vitest";
import { findTerm, words } from "./wording.ts";

describe("whole-word matching", () => {
  it("ignores case, punctuation, line breaks and apostrophes", () => {
    expect(words("Emergency Management & Safety\n\nCoordinator's, school-owned")).toEqual(["emergency", "management", "safety", "coordinators", "school", "owned"]);
  });
  it("matches whole words and phrases only", () => {
    expect(findTerm(words("the only way"), "only")).toBe("only");
    expect(findTerm(words("commonly done"), "only")).toBeNull();
    expect(findTerm(words("exception noted"), "except")).toBeNull();
    expect(findTerm(words("UNDER the Direction Of the principal"), "under the direction of")).toBe("under the direction of");
    expect(findTerm(words("under direction of"), "under the direction of")).toBeNull();
  });
  it("treats a final * as a word prefix", () => {
    expect(findTerm(words("in collaboration with"), "collaborat*")).toBe("collaboration");
    expect(findTerm(words("Collaborating with"), "collaborat*")).toBe("collaborating");
    expect(findTerm(words("a collaborator"), "collaborat*")).toBe("collaborator");
  });
});
