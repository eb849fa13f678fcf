import { describe, expect, it } from "vitest";
import { capitalized, exportPath, NO_FILTERS, pagePath, verdict, type Verification } from "./model.ts";

describe("the audit-trail page's model", () => {
  it("asks for a page with the filters set, the order and its cursor, and downloads the same filters oldest first", () => {
    const filters = { ...NO_FILTERS, actor: "  avery ", type: "SIGN_IN" };
    expect(pagePath(filters, null, 50)).toBe("/api/v1/audit?type=SIGN_IN&actor=avery&order=newest&limit=50");
    expect(pagePath(filters, 120, 50)).toBe("/api/v1/audit?type=SIGN_IN&actor=avery&order=newest&beforeSeq=120&limit=50");
    expect(pagePath({ ...filters, order: "oldest" }, 120, 50)).toBe("/api/v1/audit?type=SIGN_IN&actor=avery&order=oldest&afterSeq=120&limit=50");
    expect(exportPath(filters, "csv")).toBe("/api/v1/audit/export?type=SIGN_IN&actor=avery&format=csv&purpose=Reviewing+the+audit+trail");
  });

  it("says the verification's result in words, with correct plurals", () => {
    const base: Verification = { intact: true, events: 1, head: { seq: 1, hash: "a".repeat(64) }, problemCount: 0, problems: [], shows: "all" };
    expect(verdict(base)).toBe("The trail is intact: its one event is as it was written.");
    expect(verdict({ ...base, events: 0, head: null })).toBe("The trail is intact: it holds no event yet.");
    expect(verdict({ ...base, events: 1234 })).toBe("The trail is intact: all 1,234 events are as they were written, each sealed to the one before it.");
    expect(verdict({ ...base, intact: false, events: 1234, problemCount: 1 })).toBe("The trail is not intact: 1 problem was found among 1,234 events.");
    expect(verdict({ ...base, intact: false, events: 9, problemCount: 2 })).toBe("The trail is not intact: 2 problems were found among 9 events.");
    expect(capitalized("signed in")).toBe("Signed in");
  });
});
