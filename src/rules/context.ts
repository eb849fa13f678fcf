import type { Day } from "./calendar/day.ts";
import type { AdoptedPolicies } from "./sources/index.ts";
import type { LawVersion, Readings } from "./versions.ts";

/** What every determination is made against: the date, the law of that date, the readings, the policies. */
export interface Context {
  /** T: the as-of date; "the day still open" (law.md §4.3). */
  asOf: Day;
  law: LawVersion;
  readings: Readings;
  policies: AdoptedPolicies & {
    /** When the agency adopted its POST policy; null = always in force (A19). */
    agencyAdoptedOn: Day | null;
  };
}
