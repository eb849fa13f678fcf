import { describe, expect, it } from "vitest";
import { describeValue, valueInForce, type ReadingOption } from "./readings.ts";

const roll: ReadingOption = { option: "roll645_15", reading: "A7", default: true, title: "How the six months are counted", interprets: "Minn. Stat. § 645.15", explanation: "Roll the deadline." };
const scope: ReadingOption = { option: "clockScope", reading: "A15", default: "OFFICER", title: "One training clock per officer", interprets: "Minn. Stat. § 626.8482, subd. 3(a)", explanation: "One clock." };

describe("the readings of the law as the Settings page shows them", () => {
  it("takes the stored reading, or the default when none is stored, and says which", () => {
    expect(valueInForce(roll, {})).toEqual({ value: true, isDefault: true });
    expect(valueInForce(roll, { roll645_15: false })).toEqual({ value: false, isDefault: false });
    expect(valueInForce(scope, { clockScope: "OFFICER" })).toEqual({ value: "OFFICER", isDefault: true });
  });

  it("puts a value into words, never the engine's code", () => {
    expect(describeValue("roll645_15", false)).toBe("No");
    expect(describeValue("clockScope", "ASSIGNMENT")).toBe("A new clock with each assignment");
    expect(describeValue("schoolYearStartMonthDay", "07-01")).toBe("July 1");
    expect(describeValue("schoolYearStartMonthDay", "8-20")).toBe("8-20");
  });
});
