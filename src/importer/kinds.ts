import { assignmentFields, type AssignmentRole } from "../records/assignments.ts";
import { courseFields, type CourseType } from "../records/courses.ts";
import { IMPORT_KINDS, type ImportKind } from "../records/imports.ts";
import { officerFields } from "../records/officers.ts";
import { contactDayFields } from "../records/officer-records.ts";
import { organizationFields, schoolFields } from "../records/organizations.ts";
import { column, normalizeHeader, readCell, type ColumnSpec, type Value } from "./columns.ts";
import { sortProblems, type Problem } from "./report.ts";
import type { Table } from "./table.ts";

/**
 * The three kinds of import file, their columns, and the validation of a whole file that needs no
 * database: the header, every cell, the rules within a row (an assignment ends on or after it
 * starts) and between rows (one officer's name and agency agree across their rows; no record twice).
 * References by name (agencies, districts, schools, officers) are checked by the import service.
 */
export { IMPORT_KINDS, type ImportKind };

export const COLUMNS: Record<ImportKind, readonly ColumnSpec[]> = {
  roster: [
    column("post_license", "text", officerFields, "postLicense"),
    column("first_name", "text", officerFields, "firstName"),
    column("last_name", "text", officerFields, "lastName"),
    column("agency", "text", organizationFields, "name"),
    column("district", "text", organizationFields, "name"),
    column("school", "text", schoolFields, "name"),
    column("role", "enum", assignmentFields, "role"),
    column("start_on", "date", assignmentFields, "startOn"),
    column("end_on", "date", assignmentFields, "endOn", false),
    column("contract_ref", "text", assignmentFields, "contractRef", false),
    column("planned_contact_days", "integer", assignmentFields, "plannedContactDays", false),
    column("under_contract", "boolean", assignmentFields, "underContract", false),
    column("instructional_day", "boolean", assignmentFields, "instructionalDay", false),
  ],
  courses: [
    column("post_license", "text", officerFields, "postLicense"),
    column("type", "enum", courseFields, "type"),
    column("completed_on", "date", courseFields, "completedOn"),
    column("post_approved", "boolean", courseFields, "postApproved", false),
    column("provider", "text", courseFields, "provider", false),
    column("post_course_number", "text", courseFields, "postCourseNumber", false),
    column("credits", "number", courseFields, "credits", false),
  ],
  "contact-days": [
    column("post_license", "text", officerFields, "postLicense"),
    column("school", "text", schoolFields, "name"),
    column("district", "text", organizationFields, "name"),
    column("day", "date", contactDayFields, "day"),
    column("students_present", "boolean", contactDayFields, "studentsPresent"),
  ],
};

export interface AssignmentFields {
  district: string;
  school: string;
  role: AssignmentRole;
  startOn: string;
  endOn: string | null;
  contractRef: string | null;
  plannedContactDays: number | null;
  underContract: boolean;
  instructionalDay: boolean;
}

export interface RosterRow {
  row: number;
  postLicense: string;
  firstName: string;
  lastName: string;
  agency: string;
  /** null: a row for an officer with no assignment (district, school, role and start_on all empty). */
  assignment: AssignmentFields | null;
}

export interface CourseRow {
  row: number;
  postLicense: string;
  type: CourseType;
  completedOn: string;
  postApproved: boolean;
  provider: string | null;
  postCourseNumber: string | null;
  credits: number | null;
}

export interface ContactDayRow {
  row: number;
  postLicense: string;
  school: string;
  district: string;
  day: string;
  studentsPresent: boolean;
}

/** A row's references by name (those whose cells were readable), for the service to look up. */
export interface RowRefs {
  row: number;
  postLicense?: string;
  agency?: string;
  district?: string;
  school?: string;
}

interface ValidationBase {
  /** Data rows in the file (blank rows not counted). */
  totalRows: number;
  /** Every problem, in reading order. */
  problems: Problem[];
  /** A problem with the columns themselves: no row can be imported, --skip-invalid or not. */
  headerProblems: boolean;
  /** Rows with at least one problem. */
  invalidRows: Set<number>;
  refs: RowRefs[];
  /** The header as the file writes it, for a canonical column name. */
  headerOf(name: string): string;
  /** The file's columns in order, as written (for sorting problems). */
  columnOrder: string[];
}

export type Validation =
  | (ValidationBase & { kind: "roster"; rows: RosterRow[] })
  | (ValidationBase & { kind: "courses"; rows: CourseRow[] })
  | (ValidationBase & { kind: "contact-days"; rows: ContactDayRow[] });

type Values = Record<string, Value>;

const ASSIGNMENT_KEYS = ["district", "school", "role", "start_on"] as const;
const ASSIGNMENT_EXTRAS = ["end_on", "contract_ref", "planned_contact_days", "under_contract", "instructional_day"] as const;

export interface ValidateOptions {
  /** Called every 1 000 rows and at the end with the rows checked so far. */
  onProgress?: (done: number, total: number) => void;
}

/** Validates a whole file of one kind (the result is typed by the kind asked for). */
export function validateTable<K extends ImportKind>(kind: K, table: Table, options: ValidateOptions = {}): Extract<Validation, { kind: K }> {
  // The switch below builds the variant of `kind`; TypeScript cannot relate it to K.
  return validate(kind, table, options) as Extract<Validation, { kind: K }>;
}

function validate(kind: ImportKind, table: Table, options: ValidateOptions): Validation {
  const specs = COLUMNS[kind];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const problems: Problem[] = [];
  const invalidRows = new Set<number>();
  const header = new Map<string, string>();
  const index = new Map<string, number>();
  let headerProblems = false;
  const headerProblem = (col: string, message: string) => {
    problems.push({ row: table.headerRow, column: col, message });
    headerProblems = true;
  };

  const blankHeaders: number[] = [];
  table.headers.forEach((text, i) => {
    if (text === "") {
      blankHeaders.push(i);
      return;
    }
    const name = normalizeHeader(text);
    const spec = byName.get(name);
    if (spec === undefined) {
      const near = specs.find((s) => distance(s.name, name) <= 2);
      headerProblem(text, near === undefined ? `unknown column (the columns of a ${kind} file are ${specs.map((s) => s.name).join(", ")})` : `unknown column (did you mean ${near.name}?)`);
    } else if (index.has(name)) {
      headerProblem(text, `is the same column as ${header.get(name) ?? name}`);
    } else {
      index.set(name, i);
      header.set(name, text);
    }
  });
  const missing = specs.filter((s) => s.required && !index.has(s.name));
  for (const s of missing) headerProblem(s.name, "required column is missing");
  const headerOf = (name: string) => header.get(name) ?? name;
  const columnOrder = table.headers.map((h, i) => (h === "" ? `(column ${i + 1})` : h));

  const base = { totalRows: table.rows.length, problems, invalidRows, headerOf, columnOrder };
  if (missing.length > 0) {
    return finish({ ...base, headerProblems, refs: [], kind, rows: [] });
  }

  const rowsValues: { row: number; values: Values; bad: Set<string> }[] = [];
  table.rows.forEach((r, n) => {
    const values: Values = {};
    const bad = new Set<string>();
    const report = (name: string, message: string) => {
      problems.push({ row: r.row, column: headerOf(name), message });
      invalidRows.add(r.row);
      bad.add(name);
    };
    for (const spec of specs) {
      const i = index.get(spec.name);
      const read = i === undefined ? { value: null } : readCell(spec, r.cells[i]);
      if ("problem" in read) report(spec.name, read.problem);
      else values[spec.name] = read.value;
    }
    for (const i of blankHeaders) {
      const cell = r.cells[i];
      if (cell !== null && cell !== undefined && String(cell).trim() !== "") {
        problems.push({ row: r.row, column: `(column ${i + 1})`, message: "has a value but the column has no header" });
        invalidRows.add(r.row);
      }
    }
    for (let i = table.headers.length; i < r.cells.length; i += 1) {
      const cell = r.cells[i];
      if (cell !== null && cell !== undefined && String(cell).trim() !== "") {
        problems.push({ row: r.row, column: `(column ${i + 1})`, message: "has a value beyond the last column of the header" });
        invalidRows.add(r.row);
      }
    }
    const required = (names: readonly string[]) => {
      for (const name of names) if (values[name] === null) report(name, "is required");
    };
    if (kind === "roster") {
      required(["post_license", "first_name", "last_name", "agency"]);
      const given = ASSIGNMENT_KEYS.filter((k) => values[k] !== null || bad.has(k));
      if (given.length > 0) {
        for (const name of ASSIGNMENT_KEYS) if (values[name] === null && !bad.has(name)) report(name, "is required (leave district, school, role and start_on all empty for an officer with no assignment)");
        const start = values["start_on"];
        const end = values["end_on"];
        if (typeof start === "string" && typeof end === "string" && end < start) report("end_on", `${end} is before start_on ${start}`);
      } else {
        for (const name of ASSIGNMENT_EXTRAS) {
          if (values[name] !== null && values[name] !== undefined) report(name, "belongs to an assignment: fill in district, school, role and start_on too");
        }
      }
    } else if (kind === "courses") {
      required(["post_license", "type", "completed_on"]);
    } else {
      required(["post_license", "school", "district", "day", "students_present"]);
    }
    rowsValues.push({ row: r.row, values, bad });
    if (options.onProgress !== undefined && (n + 1) % 1000 === 0) options.onProgress(n + 1, table.rows.length);
  });

  const crossProblem = (row: number, name: string, message: string) => {
    problems.push({ row, column: headerOf(name), message });
    invalidRows.add(row);
  };
  const firstOf = new Map<string, number>();
  const duplicate = (key: string, row: number, name: string, what: string) => {
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, row);
    else crossProblem(row, name, `repeats row ${first} (${what})`);
  };
  const lower = (v: Value | undefined) => String(v).toLowerCase();

  if (kind === "roster") {
    // One officer, several assignments: the officer's fields agree with the officer's first row.
    const officerRows = new Map<string, Map<string, { row: number; value: Value }>>();
    for (const { row, values, bad } of rowsValues) {
      const license = values["post_license"];
      if (typeof license !== "string") continue;
      let seen = officerRows.get(license);
      if (seen === undefined) {
        seen = new Map();
        officerRows.set(license, seen);
      }
      for (const name of ["first_name", "last_name", "agency"]) {
        const value = values[name];
        if (bad.has(name) || value === null || value === undefined) continue;
        const first = seen.get(name);
        if (first === undefined) seen.set(name, { row, value });
        else if (name === "agency" ? lower(first.value) !== lower(value) : first.value !== value) {
          crossProblem(row, name, `is "${String(value)}" but row ${first.row} gives "${String(first.value)}" for the same post_license`);
        }
      }
      if (ASSIGNMENT_KEYS.every((k) => typeof values[k] === "string")) {
        const key = [license, lower(values["district"]), lower(values["school"]), values["role"], values["start_on"]].join("\u0000");
        duplicate(key, row, "start_on", "the same officer, school, role and start_on");
      }
    }
  } else if (kind === "courses") {
    for (const { row, values } of rowsValues) {
      if (typeof values["post_license"] !== "string" || typeof values["type"] !== "string" || typeof values["completed_on"] !== "string") continue;
      duplicate([values["post_license"], values["type"], values["completed_on"]].join("\u0000"), row, "completed_on", "the same officer, course type and completed_on");
    }
  } else {
    for (const { row, values } of rowsValues) {
      if (typeof values["post_license"] !== "string" || typeof values["school"] !== "string" || typeof values["district"] !== "string" || typeof values["day"] !== "string") continue;
      duplicate([values["post_license"], lower(values["district"]), lower(values["school"]), values["day"]].join("\u0000"), row, "day", "the same officer, school and day");
    }
  }

  const refs: RowRefs[] = rowsValues.map(({ row, values }) => {
    const ref: RowRefs = { row };
    for (const [name, key] of [["post_license", "postLicense"], ["agency", "agency"], ["district", "district"], ["school", "school"]] as const) {
      const v = values[name];
      if (typeof v === "string") ref[key] = v;
    }
    return ref;
  });
  options.onProgress?.(table.rows.length, table.rows.length);

  const valid = rowsValues.filter((r) => !invalidRows.has(r.row));
  const text = (v: Values, name: string) => (v[name] ?? null) as string | null;
  const str = (v: Values, name: string) => v[name] as string;
  const bool = (v: Values, name: string, fallback: boolean) => {
    const value = v[name];
    return typeof value === "boolean" ? value : fallback;
  };
  const num = (v: Values, name: string) => {
    const value = v[name];
    return typeof value === "number" ? value : null;
  };
  const common = { ...base, headerProblems, refs };
  switch (kind) {
    case "roster":
      return finish({
        ...common,
        kind,
        rows: valid.map(({ row, values: v }) => ({
          row,
          postLicense: str(v, "post_license"),
          firstName: str(v, "first_name"),
          lastName: str(v, "last_name"),
          agency: str(v, "agency"),
          assignment:
            v["start_on"] === null
              ? null
              : {
                  district: str(v, "district"), school: str(v, "school"), role: v["role"] as AssignmentRole, startOn: str(v, "start_on"), endOn: text(v, "end_on"),
                  contractRef: text(v, "contract_ref"), plannedContactDays: num(v, "planned_contact_days"),
                  underContract: bool(v, "under_contract", true), instructionalDay: bool(v, "instructional_day", true),
                },
        })),
      });
    case "courses":
      return finish({
        ...common,
        kind,
        rows: valid.map(({ row, values: v }) => ({
          row, postLicense: str(v, "post_license"), type: v["type"] as CourseType, completedOn: str(v, "completed_on"), postApproved: bool(v, "post_approved", false),
          provider: text(v, "provider"), postCourseNumber: text(v, "post_course_number"), credits: num(v, "credits"),
        })),
      });
    case "contact-days":
      return finish({
        ...common,
        kind,
        rows: valid.map(({ row, values: v }) => ({
          row, postLicense: str(v, "post_license"), school: str(v, "school"), district: str(v, "district"), day: str(v, "day"), studentsPresent: v["students_present"] as boolean,
        })),
      });
  }
}

/** Edit distance (Levenshtein), to suggest the column a typo meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function finish(v: Validation): Validation {
  sortProblems(v.problems, v.columnOrder);
  return v;
}
