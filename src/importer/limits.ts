/**
 * How much one import file may hold once unpacked and decoded, at both doors (issue 10, item 7: a
 * 4 MB XLSX that unpacks to 4 GB crashed the server). 100 MB of text is about a million roster rows
 * as CSV and several hundred thousand as an XLSX sheet — far past any state's officers (the import
 * benchmark's 100 000 officers are 10 MB); 200 000 rows is twice that benchmark. An installation
 * that needs more sets SROC_IMPORT_MAX_MB and SROC_IMPORT_MAX_ROWS.
 */
export interface ReadLimits {
  /** The file's size once unpacked (XLSX) or as text (CSV), in bytes. */
  maxUncompressedBytes: number;
  /** Data rows (a CSV's lines, a worksheet's rows). */
  maxRows: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxUncompressedBytes: 100 * 1024 * 1024, maxRows: 200_000 };

function positive(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** The limits in force: the environment's, else the defaults. */
export function readLimits(env: NodeJS.ProcessEnv = process.env): ReadLimits {
  return {
    maxUncompressedBytes: Math.round(positive(env["SROC_IMPORT_MAX_MB"], DEFAULT_LIMITS.maxUncompressedBytes / 1024 / 1024) * 1024 * 1024),
    maxRows: Math.floor(positive(env["SROC_IMPORT_MAX_ROWS"], DEFAULT_LIMITS.maxRows)),
  };
}
