import { describe, expect, it } from "vitest";
import { passagesCited, schoolYearOf } from "./explanation.ts";
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
  });

  it("names the school year containing a date, July 1 by default or as the readings say", () => {
    expect(schoolYearOf("2026-11-30", {})).toEqual({ label: "2026-2027", startsOn: "2026-07-01", endsOn: "2027-06-30" });
    expect(schoolYearOf("2026-06-30", {})).toEqual({ label: "2025-2026", startsOn: "2025-07-01", endsOn: "2026-06-30" });
    expect(schoolYearOf("2026-08-19", { schoolYearStartMonthDay: "08-20" })).toEqual({ label: "2025-2026", startsOn: "2025-08-20", endsOn: "2026-08-19" });
    expect(schoolYearOf("2026-03-01", { schoolYearStartMonthDay: "01-01" })).toEqual({ label: "2026", startsOn: "2026-01-01", endsOn: "2026-12-31" });
  });
});
