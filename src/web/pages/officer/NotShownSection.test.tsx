// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { OfficerStatus } from "./model.ts";
import { NotShownSection } from "./NotShownSection.tsx";
import { StatusSection } from "./StatusSection.tsx";

afterEach(cleanup);

/** A district's view of an officer on the six-month path, as the API answers it (docs/decisions/0012). */
const withheld: OfficerStatus = {
  officerId: "o1", name: "Alvarez, Ana", asOf: "2026-09-01", districtId: null, headline: "NOT_AN_SRO", headlineLabel: "Not an SRO", headlineExplanation: null,
  actionDueOn: null, validUntil: null, nextSteps: [], law: [], schoolYear: { label: "2026-2027", startsOn: "2026-07-01", endsOn: "2027-06-30" },
  mayRecord: [], notShown: ["courses", "certificates", "contact-days", "policy-reviews", "employer-unable-decisions"],
  answer: {
    kind: "training", lawVersion: "2024", statuteStatus: "IN_GRACE", policyStatus: "N/A", path: "GRACE", assumedDutiesOn: "2026-10-01", deadline: null, deadlineEffective: null, refresherDue: null,
    notRequiredDuties: [], substituteContactDays: null, flags: [],
    trace: [{ step: "path", value: "GRACE", because: "The employer was unable to provide the course, documented on a date not shown to your role, and none was completed.", citations: [] }],
  },
};

describe("what the officer page shows of records the reader's role may not read", () => {
  it("says the status's withheld date is not shown to the role, and shows the engine's words that say so", () => {
    render(<StatusSection status={withheld} isWhatIf={true} onAsOf={() => undefined} />);
    // Until when the answer holds is the application's date, said so, and withheld here.
    expect(screen.getByText(/recomputed when a record changes, or on a date that is not shown to your role\. That is this application's date, not a date in the law\./)).toBeTruthy();
    expect(screen.queryByText("This status holds until")).toBeNull();
    expect(screen.getByText(/documented on a date not shown to your role/)).toBeTruthy();
  });

  it("says a section is not shown to the role — never that there is no record", () => {
    render(<NotShownSection id="reviews-heading" heading="Policy reviews" what="the officer's policy reviews and their dates" />);
    expect(screen.getByRole("region", { name: "Policy reviews" }).textContent).toMatch(/^Policy reviewsNot shown to your role: the officer's policy reviews and their dates are kept by the officer's agency/);
    expect(screen.queryByText(/no .* on record/i)).toBeNull();
  });
});
