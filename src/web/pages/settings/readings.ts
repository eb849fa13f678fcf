/**
 * GET /api/v1/law as the Settings page reads it, and how a reading's value is put into words. The
 * values and defaults are the API's; the page only names them.
 */
export type ReadingValue = boolean | string;

export interface ReadingOption {
  /** The key sent back to change it; never shown. */
  option: string;
  /** The engine's internal reference, for developers; never shown. */
  reading: string;
  default: ReadingValue;
  /** What the reading decides, in plain words. */
  title: string;
  /** The law it interprets, as the law cites itself. */
  interprets: string;
  /** What the choice decides, in plain words. */
  explanation: string;
}

export interface LawAnswer {
  applied: string;
  versions: { id: string; inForceFrom: string; notVerified: string[] }[];
  readingOptions: ReadingOption[];
  readingsInForce: Record<string, ReadingValue | undefined>;
}

/** The choices of the readings that are a choice between named scopes (the engine contract's enums). */
export const SCOPE_CHOICES: Record<string, Record<string, string>> = {
  substituteCountScope: { OFFICER: "Across all the officer's districts", DISTRICT: "Separately in each district" },
  clockScope: { OFFICER: "One clock per officer", ASSIGNMENT: "A new clock with each assignment" },
};

/** The value in force: the installation's stored reading, or the default when none is stored. */
export function valueInForce(option: ReadingOption, stored: LawAnswer["readingsInForce"]): { value: ReadingValue; isDefault: boolean } {
  const value = stored[option.option] ?? option.default;
  return { value, isDefault: value === option.default };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A value in words: yes or no, a named scope's words (never its code), a month-day as "July 1". */
export function describeValue(option: string, value: ReadingValue): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  const scope = SCOPE_CHOICES[option]?.[value];
  if (scope !== undefined) return scope;
  const monthDay = /^(\d{2})-(\d{2})$/.exec(value);
  const month = monthDay === null ? undefined : MONTHS[Number(monthDay[1]) - 1];
  return month === undefined || monthDay === null ? value : `${month} ${Number(monthDay[2])}`;
}
