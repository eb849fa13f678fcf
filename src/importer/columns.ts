import type { TProperties, TSchema } from "typebox";
import { Compile } from "typebox/compile";
import { parseIsoDate } from "../rules/calendar/day.ts";
import type { Cell } from "./table.ts";

/**
 * The columns of an import file and how one cell becomes a value. Each column takes its rule from
 * the field schema of the record kind it feeds (src/records: lengths, enumerations, minimums),
 * so the API and the import accept the same values; this file adds only what a spreadsheet needs —
 * reading text, numbers, dates and yes/no from cells — and words a person reads.
 */
export type ColumnType = "text" | "enum" | "date" | "boolean" | "integer" | "number";
export type Value = string | number | boolean | null;

export interface ColumnSpec {
  /** The canonical header: lower case with underscores ("post_license"). */
  name: string;
  type: ColumnType;
  /** The column must be in the file. */
  required: boolean;
  /** The field schema the value must satisfy (a property of a record kind's create schema). */
  schema: TSchema;
}

/** "POST License", "post-license", " Post_License " → "post_license". */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** A column fed by one field of a record kind (src/records, e.g. officerFields' postLicense). */
export function column<F extends TProperties>(name: string, type: ColumnType, fields: F, field: keyof F & string, required = true): ColumnSpec {
  const schema = fields[field];
  if (schema === undefined) throw new Error(`no field ${field} for the column ${name}`);
  return { name, type, required, schema };
}

/** The allowed values of an enumeration field (nullable or not). */
function enumValues(schema: TSchema): string[] {
  const s = schema as { enum?: unknown[]; anyOf?: TSchema[] };
  if (Array.isArray(s.enum)) return s.enum.map(String);
  for (const branch of s.anyOf ?? []) {
    const values = enumValues(branch);
    if (values.length > 0) return values;
  }
  return [];
}

type Checker = ReturnType<typeof Compile>;
const checkers = new WeakMap<TSchema, Checker>();
function checkerOf(schema: TSchema): Checker {
  let checker = checkers.get(schema);
  if (checker === undefined) {
    checker = Compile(schema);
    checkers.set(schema, checker);
  }
  return checker;
}

const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

function show(value: string): string {
  return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
}

/** An XLSX date cell as the calendar date it shows: exceljs reads the serial as UTC midnight. */
function calendarDate(d: Date): string {
  const y = d.getUTCFullYear();
  return `${String(y).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

function textOf(cell: Exclude<Cell, null>): string {
  if (cell instanceof Date) return calendarDate(cell);
  return String(cell).trim();
}

type Converted = { value: Value } | { problem: string };

function convert(spec: ColumnSpec, cell: Exclude<Cell, null>): Converted {
  switch (spec.type) {
    case "text": {
      const text = textOf(cell);
      // eslint-disable-next-line no-control-regex -- a NUL is the one character PostgreSQL text cannot hold
      if (/\u0000/.test(text)) return { problem: "contains a NUL character" };
      return { value: text };
    }
    case "enum": {
      const text = textOf(cell);
      const allowed = enumValues(spec.schema);
      const match = allowed.find((v) => v === text.toUpperCase().replace(/[\s-]+/g, "_"));
      return match === undefined ? { problem: `${show(text)} is not one of ${allowed.join(", ")}` } : { value: match };
    }
    case "date": {
      if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { problem: "is not a date" } : { value: calendarDate(cell) };
      if (typeof cell !== "string") return { problem: `${String(cell)} is not a date: write it YYYY-MM-DD (or format the cell as a date)` };
      const text = cell.trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { problem: `${show(text)} is not a date written YYYY-MM-DD` };
      return parseIsoDate(text) === null ? { problem: `${text} is not a calendar date` } : { value: text };
    }
    case "boolean": {
      if (typeof cell === "boolean") return { value: cell };
      const text = textOf(cell).toLowerCase();
      if (TRUE.has(text)) return { value: true };
      if (FALSE.has(text)) return { value: false };
      return { problem: `${show(textOf(cell))} is not yes or no (write true, false, yes, no, y, n, 1 or 0)` };
    }
    case "integer": {
      if (typeof cell === "number") return Number.isInteger(cell) ? { value: cell } : { problem: `${cell} is not a whole number` };
      const text = textOf(cell);
      return /^[+-]?\d{1,9}$/.test(text) ? { value: Number.parseInt(text, 10) } : { problem: `${show(text)} is not a whole number` };
    }
    case "number": {
      if (typeof cell === "number") return Number.isFinite(cell) ? { value: cell } : { problem: "is not a number" };
      const text = textOf(cell);
      return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? { value: Number(text) } : { problem: `${show(text)} is not a number` };
    }
  }
}

/** The first error of the field schema, in words. */
function schemaProblem(spec: ColumnSpec, value: Exclude<Value, null>): string | null {
  const checker = checkerOf(spec.schema);
  if (checker.Check(value)) return null;
  const errors = [...checker.Errors(value)] as { keyword: string; params: Record<string, unknown> }[];
  const limit = (e: { params: Record<string, unknown> }) => {
    const l = e.params["limit"];
    return typeof l === "number" || typeof l === "string" ? String(l) : "the limit";
  };
  for (const e of errors) {
    switch (e.keyword) {
      case "maxLength":
        return `is longer than ${limit(e)} characters`;
      case "minLength":
        return "is required";
      case "minimum":
        return `${String(value)} is less than ${limit(e)}`;
      case "maximum":
        return `${String(value)} is more than ${limit(e)}`;
      case "format":
        return `${String(value)} is not a calendar date`;
      case "enum":
        return `${show(String(value))} is not one of ${enumValues(spec.schema).join(", ")}`;
      default:
        break;
    }
  }
  return `${show(String(value))} is not allowed here`;
}

/** A cell as the column's value: null when blank; a problem when it cannot be one. */
export function readCell(spec: ColumnSpec, cell: Cell | undefined): Converted {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return { value: null };
  const converted = convert(spec, cell);
  if ("problem" in converted || converted.value === null) return converted;
  const problem = schemaProblem(spec, converted.value);
  return problem === null ? converted : { problem };
}
