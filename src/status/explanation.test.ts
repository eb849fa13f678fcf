import { describe, expect, it } from "vitest";
import { NOT_SHOWN, passagesCited, schoolYearOf, withholdPrivateDates } from "./explanation.ts";
import type { TrainingResponse } from "../rules/index.ts";

describe("the explanation beside a status", () => {
  it("gives the words of each cited passage once, in the order first cited, skipping unknown citations", () => {
    const answer = {
      flags: [{ code: "X", severity: "WARNING", message: "m", citations: ["Minn. Stat. § 626.8482, subd. 3(c)"] }],
      trace: [
        { step: "a", value: 1, because: "b", citations: ["Minn. Stat. § 626.8482, subd. 3(a)", "Minn. Stat. § 626.8482, subd. 3(c)", "not a citation"] },
      ],
    } as unknown as TrainingResponse;
    const law = passagesCited(answer);
    expect(law.map((p) => p.cite)).toEqual(["Minn. Stat. § 626.8482, subd. 3(c)", "Minn. Stat. § 626.8482, subd. 3(a)"]);
    expect(law[1]).toMatchObject({ authority: "statute", text: "verbatim" });
    expect(law[1]?.words).toContain("prior to assuming the duties");
    expect(law[1]?.title).toBe("Minn. Stat. § 626.8482, subd. 3(a)");
  });

  it("names a reading in plain words with the law it interprets, never by the engine's internal references", () => {
    const answer = { flags: [], trace: [{ step: "deadline", value: "2027-04-01", because: "b", citations: ["Reading A7 (law.md §12)", "law.md §13 (when flags fire)"] }] } as unknown as TrainingResponse;
    const law = passagesCited(answer);
    expect(law.map((p) => p.cite)).toEqual(["Reading A7 (law.md §12)", "law.md §13 (when flags fire)"]);
    expect(law[0]?.title).toBe("How this application reads Minn. Stat. § 626.8482, subd. 3(c), and Minn. Stat. § 645.15: How the six months are counted");
    for (const p of law) {
      expect(`${p.title} ${p.words}`).not.toMatch(/law\.md|Reading A\d|\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b|options\./);
    }
  });

  it("names the school year containing a date, July 1 by default or as the readings say", () => {
    expect(schoolYearOf("2026-11-30", {})).toEqual({ label: "2026-2027", startsOn: "2026-07-01", endsOn: "2027-06-30" });
    expect(schoolYearOf("2026-06-30", {})).toEqual({ label: "2025-2026", startsOn: "2025-07-01", endsOn: "2026-06-30" });
    expect(schoolYearOf("2026-08-19", { schoolYearStartMonthDay: "08-20" })).toEqual({ label: "2025-2026", startsOn: "2025-08-20", endsOn: "2026-08-19" });
    expect(schoolYearOf("2026-03-01", { schoolYearStartMonthDay: "01-01" })).toEqual({ label: "2026", startsOn: "2026-01-01", endsOn: "2026-12-31" });
  });

  it("withholds the dates of private records from the answer, and leaves the determination and its public dates whole", () => {
    const answer = {
      kind: "training", statuteStatus: "IN_GRACE", path: "GRACE", assumedDutiesOn: "2026-10-01", deadline: "2027-04-01", deadlineEffective: "2027-04-01", refresherDue: null,
      flags: [{ code: "X", severity: "REVIEW", message: "decided 2026-09-20, reviewed 2026-09-25", citations: [] }],
      trace: [
        { step: "scope", value: "IN_SCOPE", because: "An in-scope SRO assignment is active on 2026-11-30.", citations: [] },
        { step: "assumedDutiesOn", value: "2026-10-01", because: "Duties were assumed on 2026-10-01.", citations: [] },
        { step: "path", value: "GRACE", because: "The employer was unable to provide the course, documented 2026-09-20, and none was completed.", citations: [] },
        { step: "deadline", value: "2027-04-01", because: "Six months from 2026-10-01 end 2027-04-01.", citations: [] },
        { step: "policyReview", value: "2026-10-01", because: "The review was due by 2026-10-01.", citations: [] },
      ],
    } as unknown as TrainingResponse;
    const shown = withholdPrivateDates(answer, "2026-11-30", "2027-01-31", ["2026-09-20", "2026-09-25"]);
    const json = JSON.stringify(shown);
    expect(json).not.toContain("2026-09-20");
    expect(json).not.toContain("2026-09-25");
    expect(shown.answer.trace?.[2]?.because).toBe(`The employer was unable to provide the course, documented on a date ${NOT_SHOWN}, and none was completed.`);
    expect(shown.answer.flags[0]?.message).toBe(`decided (a date ${NOT_SHOWN}), reviewed (a date ${NOT_SHOWN})`);
    expect(shown.answer).toMatchObject({ statuteStatus: "IN_GRACE", path: "GRACE", assumedDutiesOn: "2026-10-01", deadlineEffective: "2027-04-01" });
    expect(shown.validUntil).toBe("2027-01-31");
    // Nothing withheld: the same answer.
    expect(withholdPrivateDates(answer, "2026-11-30", "2027-01-31", [])).toEqual({ answer, validUntil: "2027-01-31" });
  });

  it("keeps a private date where it is also a public fact, except in the decision's own words, and withholds a validity that would tell one", () => {
    const answer = {
      kind: "training", assumedDutiesOn: "2026-10-01", deadline: null, deadlineEffective: null, refresherDue: null, flags: [],
      trace: [
        { step: "assumedDutiesOn", value: "2026-10-01", because: "Duties were assumed on 2026-10-01.", citations: [] },
        { step: "path", value: "GRACE", because: "…, documented 2026-10-01, and …", citations: [] },
      ],
    } as unknown as TrainingResponse;
    const shown = withholdPrivateDates(answer, "2026-08-01", "2026-09-21", ["2026-10-01", "2026-09-20"]);
    expect(shown.answer.trace?.[0]?.because).toBe("Duties were assumed on 2026-10-01.");
    expect(shown.answer.trace?.[1]?.because).toBe(`…, documented on a date ${NOT_SHOWN}, and …`);
    // A what-if date before a decision: the answer holds until the day after it — that would tell it.
    expect(shown.validUntil).toBeNull();
    expect(withholdPrivateDates(answer, "2026-08-01", "2026-09-20", ["2026-09-20"]).validUntil).toBeNull();
    expect(withholdPrivateDates(answer, "2026-08-01", "2026-10-01", ["2026-10-01"]).validUntil).toBe("2026-10-01"); // also the assumption date: public
  });
});
