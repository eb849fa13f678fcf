import { describe, expect, it } from "vitest";
import { entityWords, eventSentence, eventVocabulary, typesWithoutSentence } from "./labels.ts";

describe("the audit trail in words", () => {
  it("has a sentence for every event of the catalogue, with no key or enum in it", () => {
    expect(typesWithoutSentence()).toEqual([]);
    for (const { sentence, group } of eventVocabulary()) {
      expect(sentence).not.toMatch(/[A-Z]{2,}|_/);
      expect(group).not.toMatch(/_/);
    }
  });

  it("never shows a name it does not know as a key", () => {
    expect(eventSentence("SOMETHING_NEW")).toBe("did something this version does not describe");
    expect(entityWords("contact-days")).toBe("contact day");
    expect(entityWords("audit_events")).toBe("audit trail");
    expect(entityWords("new_kind-of_thing")).toBe("new kind of thing");
  });
});
