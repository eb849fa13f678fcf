import { describe, expect, it } from "vitest";
import { actionWhen } from "./ActionList.tsx";

describe("the date of the action needed, as the dashboard says it", () => {
  it("says now for an action due on the day (a missing certificate), and since when for a missed deadline", () => {
    expect(actionWhen("NEEDS_ATTENTION", "2026-11-30", "2026-11-30")).toBe("Now");
    expect(actionWhen("OVERDUE", "2025-09-08", "2026-11-30")).toBe("Overdue since September 8, 2025");
    expect(actionWhen("DUE_SOON", "2027-01-15", "2026-11-30")).toBe("January 15, 2027");
    expect(actionWhen("COMPLIANT", null, "2026-11-30")).toBe("—");
  });
});
