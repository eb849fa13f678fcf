import { sql } from "drizzle-orm";
import { arrayLiteral, queryRows, type Db } from "../store/database.ts";

/**
 * The schools each officer serves on a day: their assignments running that day, and — for an officer
 * about to start untrained — the assignment still to come (the same officers the list's school filter
 * finds: docs/decisions/0011). Assignments are public personnel data (Minn. Stat. § 13.43, subd. 2(a)),
 * so whoever may see the officer in the list may see where they serve. One query for a page of
 * officers, however many they are (docs/decisions/0020).
 */
export interface SchoolServed {
  id: string;
  name: string;
  districtId: string;
  districtName: string;
}

export async function schoolsServed(db: Db, officerIds: readonly string[], day: string, startsUntrained: ReadonlySet<string>): Promise<Map<string, SchoolServed[]>> {
  const served = new Map<string, SchoolServed[]>();
  if (officerIds.length === 0) return served;
  const rows = await queryRows<{ officer_id: string; id: string; name: string; district_id: string; district_name: string; start_on: string }>(
    db,
    sql`select distinct x.officer_id, sc.id, sc.name, d.id as district_id, d.name as district_name, x.start_on::text as start_on
        from assignments x join schools sc on sc.id = x.school_id join organizations d on d.id = sc.organization_id
        where x.officer_id = any(${arrayLiteral(officerIds)}::uuid[]) and (x.end_on is null or x.end_on >= ${day})
        order by sc.name, d.name, sc.id`,
  );
  for (const r of rows) {
    if (r.start_on > day && !startsUntrained.has(r.officer_id)) continue;
    const list = served.get(r.officer_id) ?? [];
    // One school twice (two assignments there) is listed once.
    if (!list.some((s) => s.id === r.id)) list.push({ id: r.id, name: r.name, districtId: r.district_id, districtName: r.district_name });
    served.set(r.officer_id, list);
  }
  return served;
}

/** The schools as one cell of a file: "Name; Name" (a district's name only where two schools share a name). */
export function schoolsCell(schools: readonly SchoolServed[]): string {
  const names = schools.map((s) => s.name);
  return schools.map((s) => (names.filter((n) => n === s.name).length > 1 ? `${s.name} (${s.districtName})` : s.name)).join("; ");
}
