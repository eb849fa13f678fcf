import { describe, expect, it } from "vitest";
import { describeValue, valueInForce, type ReadingOption } from "./readings.ts";

const roll: ReadingOption = { option: "roll645_15", reading: "A7", default: true, explanation: "Roll the deadline." };
const scope: ReadingOption = { option: "clockScope", reading: "A15", default: "OFFICER", explanation: "One clock." };

describe("the readings of the law as the Settings page shows them", () => {
  it("takes the stored reading, or the default when none is stored, and says which", () => {
    expect(valueInForce(roll, {})).toEqual({ value: true, isDefault: true });
    expect(valueInForce(roll, { roll645_15: false })).toEqual({ value: false, isDefault: false });
    expect(valueInForce(scope, { clockScope: "OFFICER" })).toEqual({ value: "OFFICER", isDefault: true });
  });

  it("puts a value into words, keeping the engine's code beside a named scope", () => {
    expect(describeValue("roll645_15", false)).toBe("No");
    expect(describeValue("clockScope", "ASSIGNMENT")).toBe("A new clock with each assignment (ASSIGNMENT)");
    expect(describeValue("schoolYearStartMonthDay", "07-01")).toBe("07-01");
  });
});
