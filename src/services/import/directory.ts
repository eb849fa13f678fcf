import { sql } from "drizzle-orm";
import type { RowRefs } from "../../importer/kinds.ts";
import type { OrganizationKind as OrgKind } from "../../records/organizations.ts";
import { arrayLiteral, queryRows, type Db } from "../../store/database.ts";
import { unnest } from "./bulk.ts";
import { organizationKind } from "../records/organizations.ts";
import { schoolKind } from "../records/schools.ts";
import { problem, type Context } from "./context.ts";
import type { RecordEvents } from "./events.ts";
import type { ImportCounts } from "./index.ts";

// References by name.

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
export type Ref = { id: string } | { create: string } | { problem: string };

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
  async create(tx: Db, needed: ReadonlySet<string>, counts: ImportCounts, events: RecordEvents): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const schools = [...this.newSchools].filter(([key]) => needed.has(key));
    const orgKeys = new Set([...needed, ...schools.map(([, s]) => s.district)]);
    const orgs = [...this.newOrgs].filter(([key]) => orgKeys.has(key));
    if (orgs.length > 0) {
      const created = await queryRows<{ id: string; kind: string; name: string }>(
        tx,
        sql`insert into organizations (kind, name) select * from ${unnest(orgs, [["kind", "text", ([, o]) => o.kind], ["name", "text", ([, o]) => o.name]])} returning id, kind, name`,
      );
      for (const c of created) {
        ids.set(`${c.kind}:${c.name.toLowerCase()}`, c.id);
        events.created(organizationKind, { id: c.id, kind: c.kind, name: c.name, sroPolicy: null, policyVersion: null, policyAdoptedOn: null }, c.id);
      }
      counts.organizationsCreated = created.length;
    }
    if (schools.length > 0) {
      const rows = schools.map(([key, s]) => ({ key, organizationId: ids.get(s.district) ?? s.district, name: s.name }));
      const created = await queryRows<{ id: string; organization_id: string; name: string }>(
        tx,
        sql`insert into schools (organization_id, name) select * from ${unnest(rows, [["organization_id", "uuid", (r) => r.organizationId], ["name", "text", (r) => r.name]])} returning id, organization_id, name`,
      );
      const byOrgName = new Map(created.map((c) => [`${c.organization_id}|${c.name}`, c.id]));
      for (const c of created) events.created(schoolKind, { id: c.id, organizationId: c.organization_id, name: c.name }, c.organization_id);
      for (const r of rows) {
        const id = byOrgName.get(`${r.organizationId}|${r.name}`);
        if (id !== undefined) ids.set(r.key, id);
      }
      counts.schoolsCreated = created.length;
    }
    return ids;
  }
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export function idOf(ref: Ref, created: ReadonlyMap<string, string>): string {
  if ("id" in ref) return ref.id;
  if ("create" in ref) {
    const id = created.get(ref.create);
    if (id !== undefined) return id;
  }
  throw new Error(`import: a reference was not resolved (${JSON.stringify(ref)})`);
}

export async function loadDirectory(tx: Db, createMissing: boolean): Promise<Directory> {
  const orgs = await queryRows<Org>(tx, sql`select id, kind, name from organizations`);
  const schools = await queryRows<School>(tx, sql`select id, organization_id, name from schools`);
  return new Directory(orgs, schools, createMissing);
}

export async function officersByLicense(tx: Db, licenses: Iterable<string>): Promise<Map<string, { id: string; first_name: string; last_name: string; agency_id: string }>> {
  const list = [...new Set(licenses)];
  if (list.length === 0) return new Map();
  const rows = await queryRows<{ id: string; post_license: string; first_name: string; last_name: string; agency_id: string }>(
    tx,
    sql`select id, post_license, first_name, last_name, agency_id from officers where post_license = any(${arrayLiteral(list)}::text[])`,
  );
  return new Map(rows.map((r) => [r.post_license, r]));
}

/** Resolves a row's district and school (both given) and reports what does not resolve. */
export function placeOf(c: Context, dir: Directory, ref: RowRefs): { school: Ref } | null {
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

/** Under Context.agencyIds, whether an agency's officers are beyond the person importing. */
export function outsideAgencies(c: Context, agencyId: string): boolean {
  return c.agencyIds !== undefined && !c.agencyIds.has(agencyId);
}

/**
 * Courses and contact days name their officer by POST license: an unknown one is an error, and so is
 * one of an agency outside Context.agencyIds — with the same words, so that a file cannot be
 * used to learn which licenses another agency employs.
 */
export async function resolveOfficers(c: Context): Promise<Map<string, { id: string; agencyId: string }>> {
  const licenses = c.v.refs.flatMap((r) => (r.postLicense === undefined ? [] : [r.postLicense]));
  const found = await officersByLicense(c.tx, licenses);
  const restricted = c.agencyIds !== undefined;
  for (const ref of c.v.refs) {
    if (ref.postLicense === undefined) continue;
    const officer = found.get(ref.postLicense);
    if (officer === undefined || outsideAgencies(c, officer.agency_id)) {
      problem(c, ref.row, "post_license", `no officer ${restricted ? "of your agency " : ""}with POST license ${ref.postLicense} (import the roster first)`);
    }
  }
  return new Map([...found].filter(([, o]) => !outsideAgencies(c, o.agency_id)).map(([license, o]) => [license, { id: o.id, agencyId: o.agency_id }]));
}
