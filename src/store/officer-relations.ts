import { sql } from "drizzle-orm";
import type { OfficerRelations } from "../policies/reach.ts";
import { arrayLiteral, queryRows, type Db } from "./database.ts";

/**
 * What the policies need to know about officers: the employing agency, and the schools (with their
 * district or charter school) each serves under a contract. One query for any number of officers.
 */
export async function officerRelations(db: Db, officerIds: readonly string[]): Promise<Map<string, OfficerRelations>> {
  const ids = [...new Set(officerIds)];
  const result = new Map<string, OfficerRelations>();
  if (ids.length === 0) return result;
  const rows = await queryRows<{ id: string; agency_id: string; district_id: string | null; school_id: string | null }>(
    db,
    sql`select o.id, o.agency_id, s.organization_id as district_id, x.school_id
        from officers o left join assignments x on x.officer_id = o.id and x.under_contract left join schools s on s.id = x.school_id
        where o.id = any(${arrayLiteral(ids)}::uuid[])`,
  );
  for (const r of rows) {
    let rel = result.get(r.id);
    if (rel === undefined) {
      rel = { officerId: r.id, agencyId: r.agency_id, placements: [] };
      result.set(r.id, rel);
    }
    if (r.district_id !== null && r.school_id !== null) (rel.placements as { districtId: string; schoolId: string }[]).push({ districtId: r.district_id, schoolId: r.school_id });
  }
  return result;
}
