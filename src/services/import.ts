import { sql, type SQL } from "drizzle-orm";
import { validateTable, type ContactDayRow, type CourseRow, type ImportKind, type RosterRow, type RowRefs, type Validation } from "../importer/kinds.ts";
import { sortProblems, type Problem } from "../importer/report.ts";
import { readTableFile, type Table } from "../importer/table.ts";
import { queryRows, type Db } from "../store/database.ts";
import type { ServiceContext } from "./context.ts";
import { clientErrorFromDatabase } from "./errors.ts";
import { refreshStatus } from "./status.ts";

/**
 * Importing a roster, courses or contact days from a CSV or XLSX file (importer/ reads and checks
 * the file). The whole file is validated first — cells, rows, and the references by name to
 * agencies, districts, schools and officers — and nothing is written if any row is invalid, unless
 * `skipInvalid` leaves the invalid rows out. The writes are one transaction: set-based inserts and
 * updates of up to CHUNK rows per statement (`unnest` of one array parameter per column, never one
 * statement per row), then the status of every officer the import touched, recomputed in the same
 * transaction (services/status.ts). Killed half-way, the database has all of it or none of it.
 *
 * Re-importing a file changes nothing: an officer is the same officer by POST license; an assignment
 * is the same by officer, school, role and start_on; a course by officer, type and completed_on; a
 * contact day by officer, school and day. A record that matches is updated when its other fields
 * differ, else left as it is.
 */
export interface ImportProgress {
  phase: "validating" | "writing" | "status";
  /** What is being written ("officers", "assignments", …) or refreshed. */
  step: string;
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Import the valid rows and leave out the invalid ones (still reported). */
  skipInvalid?: boolean;
  /** Create the agencies, districts and schools the file names but the database lacks. */
  createMissing?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportCounts {
  organizationsCreated: number;
  schoolsCreated: number;
  officersCreated: number;
  officersUpdated: number;
  officersUnchanged: number;
  assignmentsCreated: number;
  assignmentsUpdated: number;
  assignmentsUnchanged: number;
  coursesCreated: number;
  coursesUpdated: number;
  coursesUnchanged: number;
  contactDaysCreated: number;
  contactDaysUpdated: number;
  contactDaysUnchanged: number;
  /** Officers whose status was recomputed. */
  statusesRefreshed: number;
}

export interface ImportResult {
  kind: ImportKind;
  /** Data rows in the file. */
  rows: number;
  /** Whether anything was written (committed). */
  written: boolean;
  /**
   * Why nothing was written: the columns themselves are wrong (unknown, missing or repeated — no
   * row can be read, --skip-invalid or not), or rows are invalid and skipInvalid was not given.
   */
  stoppedBy: "columns" | "invalid rows" | null;
  /** Rows with at least one problem. */
  invalidRows: number;
  /** Invalid rows left out under skipInvalid (0 when the import was stopped). */
  skippedRows: number;
  /** Rows written. */
  importedRows: number;
  /** The validation report, in reading order. */
  problems: Problem[];
  counts: ImportCounts;
}

/** Rows per INSERT/UPDATE statement: measured fastest on PGlite and PostgreSQL 15 (bench/import.bench.ts). */
const CHUNK = 10_000;
/** Officers per refreshStatus call: bounds memory and lets the progress move. */
const STATUS_CHUNK = 5_000;

const zeroCounts = (): ImportCounts => ({
  organizationsCreated: 0, schoolsCreated: 0, officersCreated: 0, officersUpdated: 0, officersUnchanged: 0,
  assignmentsCreated: 0, assignmentsUpdated: 0, assignmentsUnchanged: 0, coursesCreated: 0, coursesUpdated: 0, coursesUnchanged: 0,
  contactDaysCreated: 0, contactDaysUpdated: 0, contactDaysUnchanged: 0, statusesRefreshed: 0,
});

// ---------------------------------------------------------------------------------------------
// Set-based statements: one array parameter per column.

type Scalar = string | number | boolean | null;

/** A PostgreSQL array literal ({"a","b",NULL}) for one `$n::type[]` parameter. */
export function pgArray(values: readonly Scalar[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i];
    parts[i] = v === null || v === undefined ? "NULL" : typeof v === "string" ? `"${v.replace(/["\\]/g, "\\$&")}"` : String(v);
  }
  return `{${parts.join(",")}}`;
}

/** `unnest($1::uuid[], $2::text[], …) as v(a, b, …)` over the columns of `rows`. */
function unnest<T>(rows: readonly T[], columns: readonly [name: string, type: string, get: (row: T) => Scalar][]): SQL {
  const arrays = columns.map(([, type, get]) => sql`${pgArray(rows.map(get))}::${sql.raw(type)}[]`);
  return sql`unnest(${sql.join(arrays, sql`, `)}) as v(${sql.raw(columns.map(([name]) => name).join(", "))})`;
}

async function inChunks<T>(items: readonly T[], write: (chunk: readonly T[]) => Promise<void>, progress: (done: number) => void): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) {
    await write(items.slice(i, i + CHUNK));
    progress(Math.min(i + CHUNK, items.length));
  }
}

// ---------------------------------------------------------------------------------------------
// References by name.

type OrgKind = "AGENCY" | "DISTRICT" | "CHARTER_SCHOOL";
interface Org {
  id: string;
  kind: OrgKind;
  name: string;
}
interface School {
  id: string;
  organization_id: string;
  name: string;
}

const KIND_WORDS: Record<OrgKind, string> = { AGENCY: "a law enforcement agency", DISTRICT: "a school district", CHARTER_SCHOOL: "a charter school" };

/** A reference resolved to an existing id, or to a key of something --create-missing will create. */
type Ref = { id: string } | { create: string } | { problem: string };

/**
 * Agencies, districts and schools by name: an exact match first, else the one match ignoring case.
 * Under createMissing an unknown name becomes something to create (once per name, ignoring case).
 */
class Directory {
  private readonly orgsByName = new Map<string, Org[]>();
  private readonly schoolsByName = new Map<string, School[]>();
  private readonly orgNames = new Map<string, string>();
  readonly newOrgs = new Map<string, { kind: OrgKind; name: string }>();
  readonly newSchools = new Map<string, { district: string; name: string }>();

  constructor(
    orgs: Org[],
    schools: School[],
    private readonly createMissing: boolean,
  ) {
    for (const o of orgs) {
      push(this.orgsByName, o.name.toLowerCase(), o);
      this.orgNames.set(o.id, o.name);
    }
    for (const s of schools) push(this.schoolsByName, s.name.toLowerCase(), s);
  }

  private pick<T extends { name: string }>(candidates: T[], name: string): T | "ambiguous" | null {
    const exact = candidates.filter((c) => c.name === name);
    if (exact.length === 1) return exact[0] ?? null;
    if (exact.length > 1) return "ambiguous";
    if (candidates.length === 1) return candidates[0] ?? null;
    return candidates.length > 1 ? "ambiguous" : null;
  }

  organization(name: string, kinds: readonly OrgKind[], what: string): Ref {
    const all = this.orgsByName.get(name.toLowerCase()) ?? [];
    const found = this.pick(all.filter((o) => kinds.includes(o.kind)), name);
    if (found === "ambiguous") return { problem: `"${name}" names more than one ${what}; rename one of them` };
    if (found !== null) return { id: found.id };
    const other = all[0];
    if (other !== undefined) return { problem: `"${other.name}" is ${KIND_WORDS[other.kind]}, not a ${what}` };
    if (!this.createMissing) return { problem: `no ${what} named "${name}" (add it first, or import with --create-missing)` };
    const kind = kinds[0] ?? "DISTRICT";
    const key = `${kind}:${name.toLowerCase()}`;
    if (!this.newOrgs.has(key)) this.newOrgs.set(key, { kind, name });
    return { create: key };
  }

  school(district: Ref, name: string): Ref {
    if ("problem" in district) return district;
    const candidates = this.schoolsByName.get(name.toLowerCase()) ?? [];
    if ("id" in district) {
      const found = this.pick(candidates.filter((s) => s.organization_id === district.id), name);
      if (found === "ambiguous") return { problem: `"${name}" names more than one school of this district` };
      if (found !== null) return { id: found.id };
    }
    if (!this.createMissing) {
      const elsewhere = candidates[0] === undefined ? "" : ` (there is one in ${this.orgNames.get(candidates[0].organization_id) ?? "another district"})`;
      return { problem: `no school named "${name}" in this district${elsewhere} (add it first, or import with --create-missing)` };
    }
    const districtKey = "id" in district ? district.id : district.create;
    const key = `${districtKey}|${name.toLowerCase()}`;
    if (!this.newSchools.has(key)) this.newSchools.set(key, { district: districtKey, name });
    return { create: key };
  }

  /** Creates what the written rows need (and the districts of the schools it creates); returns their ids by key. */
  async create(tx: Db, needed: ReadonlySet<string>, counts: ImportCounts): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const schools = [...this.newSchools].filter(([key]) => needed.has(key));
    const orgKeys = new Set([...needed, ...schools.map(([, s]) => s.district)]);
    const orgs = [...this.newOrgs].filter(([key]) => orgKeys.has(key));
    if (orgs.length > 0) {
      const created = await queryRows<{ id: string; kind: string; name: string }>(
        tx,
        sql`insert into organizations (kind, name) select * from ${unnest(orgs, [["kind", "text", ([, o]) => o.kind], ["name", "text", ([, o]) => o.name]])} returning id, kind, name`,
      );
      for (const c of created) ids.set(`${c.kind}:${c.name.toLowerCase()}`, c.id);
      counts.organizationsCreated = created.length;
    }
    if (schools.length > 0) {
      const rows = schools.map(([key, s]) => ({ key, organizationId: ids.get(s.district) ?? s.district, name: s.name }));
      const created = await queryRows<{ id: string; organization_id: string; name: string }>(
        tx,
        sql`insert into schools (organization_id, name) select * from ${unnest(rows, [["organization_id", "uuid", (r) => r.organizationId], ["name", "text", (r) => r.name]])} returning id, organization_id, name`,
      );
      const byOrgName = new Map(created.map((c) => [`${c.organization_id}|${c.name}`, c.id]));
      for (const r of rows) {
        const id = byOrgName.get(`${r.organizationId}|${r.name}`);
        if (id !== undefined) ids.set(r.key, id);
      }
      counts.schoolsCreated = created.length;
    }
    return ids;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function idOf(ref: Ref, created: ReadonlyMap<string, string>): string {
  if ("id" in ref) return ref.id;
  if ("create" in ref) {
    const id = created.get(ref.create);
    if (id !== undefined) return id;
  }
  throw new Error(`import: a reference was not resolved (${JSON.stringify(ref)})`);
}

async function loadDirectory(tx: Db, createMissing: boolean): Promise<Directory> {
  const orgs = await queryRows<Org>(tx, sql`select id, kind, name from organizations`);
  const schools = await queryRows<School>(tx, sql`select id, organization_id, name from schools`);
  return new Directory(orgs, schools, createMissing);
}

async function officersByLicense(tx: Db, licenses: Iterable<string>): Promise<Map<string, { id: string; first_name: string; last_name: string; agency_id: string }>> {
  const list = [...new Set(licenses)];
  if (list.length === 0) return new Map();
  const rows = await queryRows<{ id: string; post_license: string; first_name: string; last_name: string; agency_id: string }>(
    tx,
    sql`select id, post_license, first_name, last_name, agency_id from officers where post_license = any(${pgArray(list)}::text[])`,
  );
  return new Map(rows.map((r) => [r.post_license, r]));
}

// ---------------------------------------------------------------------------------------------
// The three kinds.

interface Context {
  tx: Db;
  v: Validation;
  options: ImportOptions;
  problems: Problem[];
  invalid: Set<number>;
  counts: ImportCounts;
  progress: (p: ImportProgress) => void;
}

function problem(c: Context, row: number, column: string, message: string): void {
  c.problems.push({ row, column: c.v.headerOf(column), message });
  c.invalid.add(row);
}

/** Resolves a row's district and school (both given) and reports what does not resolve. */
function placeOf(c: Context, dir: Directory, ref: RowRefs): { school: Ref } | null {
  if (ref.district === undefined) return null;
  const district = dir.organization(ref.district, ["DISTRICT", "CHARTER_SCHOOL"], "school district or charter school");
  if ("problem" in district) {
    problem(c, ref.row, "district", district.problem);
    return null;
  }
  if (ref.school === undefined) return null;
  const school = dir.school(district, ref.school);
  if ("problem" in school) {
    problem(c, ref.row, "school", school.problem);
    return null;
  }
  return { school };
}

/** Only what has changed is updated; these compare a stored row with the file's. */
const same = (a: Scalar | undefined, b: Scalar | undefined) => (a ?? null) === (b ?? null);

async function importRoster(c: Context, rows: RosterRow[]): Promise<{ write: () => Promise<string[]> }> {
  const dir = await loadDirectory(c.tx, c.options.createMissing === true);
  const agencyOf = new Map<number, Ref>();
  const schoolOf = new Map<number, Ref>();
  for (const ref of c.v.refs) {
    if (ref.agency !== undefined) {
      const agency = dir.organization(ref.agency, ["AGENCY"], "law enforcement agency");
      if ("problem" in agency) problem(c, ref.row, "agency", agency.problem);
      else agencyOf.set(ref.row, agency);
    }
    const place = placeOf(c, dir, ref);
    if (place !== null) schoolOf.set(ref.row, place.school);
  }
  return {
    write: async () => {
      const valid = rows.filter((r) => !c.invalid.has(r.row));
      const needed = new Set<string>();
      for (const r of valid) {
        for (const ref of [agencyOf.get(r.row), schoolOf.get(r.row)]) if (ref !== undefined && "create" in ref) needed.add(ref.create);
      }
      const created = await dir.create(c.tx, needed, c.counts);

      // Officers: the first valid row of a license gives its name and agency.
      const officers = new Map<string, { firstName: string; lastName: string; agencyId: string }>();
      for (const r of valid) {
        if (!officers.has(r.postLicense)) officers.set(r.postLicense, { firstName: r.firstName, lastName: r.lastName, agencyId: idOf(agencyOf.get(r.row) ?? { problem: "" }, created) });
      }
      const existing = await officersByLicense(c.tx, officers.keys());
      const toInsert: { license: string; firstName: string; lastName: string; agencyId: string }[] = [];
      const toUpdate: { id: string; firstName: string; lastName: string; agencyId: string }[] = [];
      for (const [license, o] of officers) {
        const e = existing.get(license);
        if (e === undefined) toInsert.push({ license, ...o });
        else if (e.first_name !== o.firstName || e.last_name !== o.lastName || e.agency_id !== o.agencyId) toUpdate.push({ id: e.id, ...o });
      }
      const total = toInsert.length + toUpdate.length;
      const report = (done: number) => {
        c.progress({ phase: "writing", step: "officers", done, total });
      };
      const ids = new Map([...existing].map(([license, e]) => [license, e.id]));
      await inChunks(toInsert, async (chunk) => {
        const inserted = await queryRows<{ id: string; post_license: string }>(
          c.tx,
          sql`insert into officers (post_license, first_name, last_name, agency_id)
              select * from ${unnest(chunk, [["post_license", "text", (o) => o.license], ["first_name", "text", (o) => o.firstName], ["last_name", "text", (o) => o.lastName], ["agency_id", "uuid", (o) => o.agencyId]])}
              returning id, post_license`,
        );
        for (const o of inserted) ids.set(o.post_license, o.id);
      }, report);
      await inChunks(toUpdate, async (chunk) => {
        await c.tx.execute(sql`update officers o set first_name = v.first_name, last_name = v.last_name, agency_id = v.agency_id, updated_at = now()
            from ${unnest(chunk, [["id", "uuid", (o) => o.id], ["first_name", "text", (o) => o.firstName], ["last_name", "text", (o) => o.lastName], ["agency_id", "uuid", (o) => o.agencyId]])}
            where o.id = v.id`);
      }, (done) => { report(toInsert.length + done); });
      c.counts.officersCreated = toInsert.length;
      c.counts.officersUpdated = toUpdate.length;
      c.counts.officersUnchanged = officers.size - toInsert.length - toUpdate.length;

      // Assignments: the same officer, school, role and start_on is the same assignment.
      interface A { officerId: string; schoolId: string; role: string; startOn: string; endOn: string | null; contractRef: string | null; plannedContactDays: number | null; underContract: boolean; instructionalDay: boolean }
      const wanted = new Map<string, A>();
      for (const r of valid) {
        if (r.assignment === null) continue;
        const a = r.assignment;
        const officerId = ids.get(r.postLicense);
        if (officerId === undefined) throw new Error(`import: officer ${r.postLicense} was not written`);
        const schoolId = idOf(schoolOf.get(r.row) ?? { problem: "" }, created);
        const key = `${officerId}|${schoolId}|${a.role}|${a.startOn}`;
        if (!wanted.has(key)) {
          wanted.set(key, { officerId, schoolId, role: a.role, startOn: a.startOn, endOn: a.endOn, contractRef: a.contractRef, plannedContactDays: a.plannedContactDays, underContract: a.underContract, instructionalDay: a.instructionalDay });
        }
      }
      const stored = existing.size === 0 ? [] : await queryRows<{
        id: string; officer_id: string; school_id: string; role: string; start_on: string; end_on: string | null; contract_ref: string | null;
        planned_contact_days: number | null; under_contract: boolean; instructional_day: boolean;
      }>(
        c.tx,
        sql`select id, officer_id, school_id, role, start_on::text as start_on, end_on::text as end_on, contract_ref, planned_contact_days, under_contract, instructional_day
            from assignments where officer_id = any(${pgArray([...existing.values()].map((e) => e.id))}::uuid[])`,
      );
      const storedByKey = new Map<string, typeof stored>();
      for (const s of stored) push(storedByKey, `${s.officer_id}|${s.school_id}|${s.role}|${s.start_on}`, s);
      const newAssignments: A[] = [];
      const changed: (A & { id: string })[] = [];
      let unchanged = 0;
      for (const [key, a] of wanted) {
        const matches = storedByKey.get(key);
        if (matches === undefined) {
          newAssignments.push(a);
          continue;
        }
        for (const s of matches) {
          const differs = !same(s.end_on, a.endOn) || !same(s.contract_ref, a.contractRef) || !same(s.planned_contact_days, a.plannedContactDays) ||
            s.under_contract !== a.underContract || s.instructional_day !== a.instructionalDay;
          if (differs) changed.push({ ...a, id: s.id });
          else unchanged += 1;
        }
      }
      const assignmentColumns: [string, string, (a: A) => Scalar][] = [
        ["officer_id", "uuid", (a) => a.officerId], ["school_id", "uuid", (a) => a.schoolId], ["role", "text", (a) => a.role], ["start_on", "date", (a) => a.startOn],
        ["end_on", "date", (a) => a.endOn], ["contract_ref", "text", (a) => a.contractRef], ["planned_contact_days", "int", (a) => a.plannedContactDays],
        ["under_contract", "boolean", (a) => a.underContract], ["instructional_day", "boolean", (a) => a.instructionalDay],
      ];
      const totalA = newAssignments.length + changed.length;
      await inChunks(newAssignments, async (chunk) => {
        await c.tx.execute(sql`insert into assignments (officer_id, school_id, role, start_on, end_on, contract_ref, planned_contact_days, under_contract, instructional_day)
            select * from ${unnest(chunk, assignmentColumns)}`);
      }, (done) => { c.progress({ phase: "writing", step: "assignments", done, total: totalA }); });
      await inChunks(changed, async (chunk) => {
        await c.tx.execute(sql`update assignments x set end_on = v.end_on, contract_ref = v.contract_ref, planned_contact_days = v.planned_contact_days,
                under_contract = v.under_contract, instructional_day = v.instructional_day, updated_at = now()
            from ${unnest(chunk, [["id", "uuid", (a) => a.id], ...assignmentColumns.slice(4)])} where x.id = v.id`);
      }, (done) => { c.progress({ phase: "writing", step: "assignments", done: newAssignments.length + done, total: totalA }); });
      c.counts.assignmentsCreated = newAssignments.length;
      c.counts.assignmentsUpdated = changed.length;
      c.counts.assignmentsUnchanged = unchanged;

      const affected = new Set<string>();
      for (const o of toInsert) affected.add(ids.get(o.license) ?? "");
      for (const o of toUpdate) affected.add(o.id);
      for (const a of [...newAssignments, ...changed]) affected.add(a.officerId);
      affected.delete("");
      return [...affected];
    },
  };
}

/** Courses and contact days name their officer by POST license: an unknown one is an error. */
async function resolveOfficers(c: Context): Promise<Map<string, string>> {
  const licenses = c.v.refs.flatMap((r) => (r.postLicense === undefined ? [] : [r.postLicense]));
  const found = await officersByLicense(c.tx, licenses);
  for (const ref of c.v.refs) {
    if (ref.postLicense !== undefined && !found.has(ref.postLicense)) problem(c, ref.row, "post_license", `no officer with POST license ${ref.postLicense} (import the roster first)`);
  }
  return new Map([...found].map(([license, o]) => [license, o.id]));
}

async function importCourses(c: Context, rows: CourseRow[]): Promise<{ write: () => Promise<string[]> }> {
  const officerIds = await resolveOfficers(c);
  return {
    write: async () => {
      interface C { officerId: string; type: string; completedOn: string; postApproved: boolean; provider: string | null; postCourseNumber: string | null; credits: number | null }
      const wanted = new Map<string, C>();
      for (const r of rows) {
        if (c.invalid.has(r.row)) continue;
        const officerId = officerIds.get(r.postLicense);
        if (officerId === undefined) throw new Error(`import: officer ${r.postLicense} was not resolved`);
        const key = `${officerId}|${r.type}|${r.completedOn}`;
        if (!wanted.has(key)) wanted.set(key, { officerId, type: r.type, completedOn: r.completedOn, postApproved: r.postApproved, provider: r.provider, postCourseNumber: r.postCourseNumber, credits: r.credits });
      }
      const officers = [...new Set([...wanted.values()].map((w) => w.officerId))];
      const stored = officers.length === 0 ? [] : await queryRows<{
        id: string; officer_id: string; type: string; completed_on: string; post_approved: boolean; provider: string | null; post_course_number: string | null; credits: number | null;
      }>(
        c.tx,
        sql`select id, officer_id, type, completed_on::text as completed_on, post_approved, provider, post_course_number, credits::float8 as credits
            from courses where officer_id = any(${pgArray(officers)}::uuid[])`,
      );
      const storedByKey = new Map<string, typeof stored>();
      for (const s of stored) push(storedByKey, `${s.officer_id}|${s.type}|${s.completed_on}`, s);
      const created: C[] = [];
      const changed: (C & { id: string })[] = [];
      let unchanged = 0;
      for (const [key, w] of wanted) {
        const matches = storedByKey.get(key);
        if (matches === undefined) {
          created.push(w);
          continue;
        }
        for (const s of matches) {
          const credits = w.credits === null ? null : Math.round(w.credits * 100) / 100; // numeric(6, 2)
          if (s.post_approved !== w.postApproved || !same(s.provider, w.provider) || !same(s.post_course_number, w.postCourseNumber) || !same(s.credits, credits)) changed.push({ ...w, id: s.id });
          else unchanged += 1;
        }
      }
      const columns: [string, string, (x: C) => Scalar][] = [
        ["officer_id", "uuid", (x) => x.officerId], ["type", "text", (x) => x.type], ["completed_on", "date", (x) => x.completedOn], ["post_approved", "boolean", (x) => x.postApproved],
        ["provider", "text", (x) => x.provider], ["post_course_number", "text", (x) => x.postCourseNumber], ["credits", "numeric", (x) => x.credits],
      ];
      const total = created.length + changed.length;
      await inChunks(created, async (chunk) => {
        await c.tx.execute(sql`insert into courses (officer_id, type, completed_on, post_approved, provider, post_course_number, credits) select * from ${unnest(chunk, columns)}`);
      }, (done) => { c.progress({ phase: "writing", step: "courses", done, total }); });
      await inChunks(changed, async (chunk) => {
        await c.tx.execute(sql`update courses x set post_approved = v.post_approved, provider = v.provider, post_course_number = v.post_course_number, credits = v.credits, updated_at = now()
            from ${unnest(chunk, [["id", "uuid", (x) => x.id], ...columns.slice(3)])} where x.id = v.id`);
      }, (done) => { c.progress({ phase: "writing", step: "courses", done: created.length + done, total }); });
      c.counts.coursesCreated = created.length;
      c.counts.coursesUpdated = changed.length;
      c.counts.coursesUnchanged = unchanged;
      return [...new Set([...created, ...changed].map((x) => x.officerId))];
    },
  };
}

async function importContactDays(c: Context, rows: ContactDayRow[]): Promise<{ write: () => Promise<string[]> }> {
  const officerIds = await resolveOfficers(c);
  const dir = await loadDirectory(c.tx, c.options.createMissing === true);
  const schoolOf = new Map<number, Ref>();
  for (const ref of c.v.refs) {
    const place = placeOf(c, dir, ref);
    if (place !== null) schoolOf.set(ref.row, place.school);
  }
  return {
    write: async () => {
      const valid = rows.filter((r) => !c.invalid.has(r.row));
      const needed = new Set<string>();
      for (const r of valid) {
        const ref = schoolOf.get(r.row);
        if (ref !== undefined && "create" in ref) needed.add(ref.create);
      }
      const createdRefs = await dir.create(c.tx, needed, c.counts);
      interface D { officerId: string; schoolId: string; day: string; studentsPresent: boolean }
      const wanted = new Map<string, D>();
      for (const r of valid) {
        const officerId = officerIds.get(r.postLicense);
        if (officerId === undefined) throw new Error(`import: officer ${r.postLicense} was not resolved`);
        const schoolId = idOf(schoolOf.get(r.row) ?? { problem: "" }, createdRefs);
        const key = `${officerId}|${schoolId}|${r.day}`;
        if (!wanted.has(key)) wanted.set(key, { officerId, schoolId, day: r.day, studentsPresent: r.studentsPresent });
      }
      const officers = [...new Set([...wanted.values()].map((w) => w.officerId))];
      const stored = officers.length === 0 ? [] : await queryRows<{ id: string; officer_id: string; school_id: string; day: string; students_present: boolean }>(
        c.tx,
        sql`select id, officer_id, school_id, day::text as day, students_present from contact_days where officer_id = any(${pgArray(officers)}::uuid[])`,
      );
      const storedByKey = new Map(stored.map((s) => [`${s.officer_id}|${s.school_id}|${s.day}`, s]));
      const created: D[] = [];
      const changed: (D & { id: string })[] = [];
      let unchanged = 0;
      for (const [key, w] of wanted) {
        const s = storedByKey.get(key);
        if (s === undefined) created.push(w);
        else if (s.students_present !== w.studentsPresent) changed.push({ ...w, id: s.id });
        else unchanged += 1;
      }
      const total = created.length + changed.length;
      await inChunks(created, async (chunk) => {
        await c.tx.execute(sql`insert into contact_days (officer_id, school_id, day, students_present)
            select * from ${unnest(chunk, [["officer_id", "uuid", (x) => x.officerId], ["school_id", "uuid", (x) => x.schoolId], ["day", "date", (x) => x.day], ["students_present", "boolean", (x) => x.studentsPresent]])}`);
      }, (done) => { c.progress({ phase: "writing", step: "contact days", done, total }); });
      await inChunks(changed, async (chunk) => {
        await c.tx.execute(sql`update contact_days x set students_present = v.students_present, updated_at = now()
            from ${unnest(chunk, [["id", "uuid", (x) => x.id], ["students_present", "boolean", (x) => x.studentsPresent]])} where x.id = v.id`);
      }, (done) => { c.progress({ phase: "writing", step: "contact days", done: created.length + done, total }); });
      c.counts.contactDaysCreated = created.length;
      c.counts.contactDaysUpdated = changed.length;
      c.counts.contactDaysUnchanged = unchanged;
      return [...new Set([...created, ...changed].map((x) => x.officerId))];
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** Validates the whole table, then (if it may) writes it in one transaction with the statuses. */
export async function importTable(ctx: ServiceContext, kind: ImportKind, table: Table, options: ImportOptions = {}): Promise<ImportResult> {
  const progress = options.onProgress ?? (() => undefined);
  const v = validateTable(kind, table, { onProgress: (done, total) => { progress({ phase: "validating", step: "rows", done, total }); } });
  const result = (stoppedBy: ImportResult["stoppedBy"], problems: Problem[], invalid: number, imported: number, counts: ImportCounts): ImportResult => ({
    kind, rows: v.totalRows, written: imported > 0, stoppedBy, invalidRows: invalid, skippedRows: stoppedBy === null ? invalid : 0, importedRows: imported, problems, counts,
  });
  if (v.headerProblems) return result("columns", v.problems, v.invalidRows.size, 0, zeroCounts());
  try {
    return await ctx.db.transaction(async (tx) => {
      const c: Context = { tx, v, options, problems: [...v.problems], invalid: new Set(v.invalidRows), counts: zeroCounts(), progress };
      const step =
        v.kind === "roster" ? await importRoster(c, v.rows) : v.kind === "courses" ? await importCourses(c, v.rows) : await importContactDays(c, v.rows);
      sortProblems(c.problems, v.columnOrder);
      if (c.invalid.size > 0 && options.skipInvalid !== true) return result("invalid rows", c.problems, c.invalid.size, 0, c.counts);
      const imported = v.totalRows - c.invalid.size;
      if (imported === 0) return result(null, c.problems, c.invalid.size, 0, c.counts);
      const affected = await step.write();
      for (let i = 0; i < affected.length; i += STATUS_CHUNK) {
        await refreshStatus(tx, affected.slice(i, i + STATUS_CHUNK), ctx.today());
        progress({ phase: "status", step: "officers", done: Math.min(i + STATUS_CHUNK, affected.length), total: affected.length });
      }
      c.counts.statusesRefreshed = affected.length;
      return result(null, c.problems, c.invalid.size, imported, c.counts);
    });
  } catch (e) {
    throw clientErrorFromDatabase(e) ?? e;
  }
}

/** Reads a CSV or XLSX file and imports it (see importTable). */
export async function importFile(ctx: ServiceContext, kind: ImportKind, path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { table } = await readTableFile(path);
  return importTable(ctx, kind, table, options);
}
