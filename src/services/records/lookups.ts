import { eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../store/database.ts";
import { officers, organizations } from "../../store/schema.ts";
import { invalidField } from "../errors.ts";

/** References the schema cannot check: the kind of organization, the officer behind a record. */
export async function organizationKind(db: Db, id: string, path: string): Promise<{ kind: string; sroPolicy: string | null; policyVersion: string | null }> {
  const [org] = await db.select({ kind: organizations.kind, sroPolicy: organizations.sroPolicy, policyVersion: organizations.policyVersion }).from(organizations).where(eq(organizations.id, id));
  if (org === undefined) throw invalidField(path, `no organization with id ${id}`);
  return org;
}

export async function requireAgency(db: Db, id: string, path: string): Promise<void> {
  if ((await organizationKind(db, id, path)).kind !== "AGENCY") throw invalidField(path, "must be a law enforcement agency");
}

export async function requireSchoolOwner(db: Db, id: string, path: string): Promise<void> {
  if ((await organizationKind(db, id, path)).kind === "AGENCY") throw invalidField(path, "must be a school district or charter school");
}

export async function officerAgency(db: Db, officerId: string, path: string): Promise<string> {
  const [o] = await db.select({ agencyId: officers.agencyId }).from(officers).where(eq(officers.id, officerId));
  if (o === undefined) throw invalidField(path, `no officer with id ${officerId}`);
  return o.agencyId;
}

/** Officers whose status depends on an organization: its officers (an agency) or those assigned in it. */
export async function officersOfOrganization(db: Db, id: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select o.id from officers o where o.agency_id = ${id}
        union select x.officer_id from assignments x join schools s on s.id = x.school_id where s.organization_id = ${id}`,
  );
  return rows.map((r) => r.id);
}

export async function officersOfSchool(db: Db, schoolId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`select distinct officer_id as id from assignments where school_id = ${schoolId}`);
  return rows.map((r) => r.id);
}
