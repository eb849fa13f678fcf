/**
 * GET /api/v1/law as the Settings page reads it, and how a reading's value is put into words. The
 * values and defaults are the API's; the page only names them.
 */
export type ReadingValue = boolean | string;

export interface ReadingOption {
  option: string;
  reading: string;
  default: ReadingValue;
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

export function describeValue(option: string, value: ReadingValue): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  const scope = SCOPE_CHOICES[option]?.[value];
  return scope === undefined ? value : `${scope} (${value})`;
}
