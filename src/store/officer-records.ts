import { sql, type SQL } from "drizzle-orm";
import type { OptionsJson } from "../rules/request/schema.ts";
import type { OfficerRecords } from "../status/records.ts";
import { queryRows, type Db } from "./database.ts";

/**
 * Loads the records the engine needs — each officer with its agency, assignments (with their
 * school's district and its policy), courses (with whether a certificate was uploaded for them),
 * employer-unable decisions, policy reviews and contact days — in ONE query: one round trip whether
 * for one officer (an officer's status page) or all of them (a refresh). The related rows come as
 * JSON arrays whose keys are already those of OfficerRecords.
 */
function recordsQuery(where: SQL, withReadings: boolean): SQL {
  return sql`
    select o.id as "officerId", o.last_name || ', ' || o.first_name as "name", o.agency_id as "agencyId",
      a.sro_policy as "agencyPolicy", a.policy_adopted_on::text as "agencyPolicyAdoptedOn",
      coalesce((select json_agg(json_build_object('id', x.id, 'schoolId', x.school_id, 'districtId', s.organization_id, 'districtPolicy', d.sro_policy,
                  'role', x.role, 'startOn', x.start_on::text, 'endOn', x.end_on::text, 'plannedContactDays', x.planned_contact_days,
                  'underContract', x.under_contract, 'instructionalDay', x.instructional_day) order by x.start_on, x.id)
                from assignments x join schools s on s.id = x.school_id join organizations d on d.id = s.organization_id
                where x.officer_id = o.id), '[]') as "assignments",
      coalesce((select json_agg(json_build_object('id', c.id, 'type', c.type, 'completedOn', c.completed_on::text, 'postApproved', c.post_approved,
                  'hasCertificate', exists (select 1 from certificates f where f.course_id = c.id)) order by c.completed_on, c.id)
                from courses c where c.officer_id = o.id), '[]') as "courses",
      coalesce((select json_agg(json_build_object('decidedOn', e.decided_on::text, 'reason', e.reason) order by e.decided_on)
                from employer_unable_decisions e where e.officer_id = o.id), '[]') as "decisions",
      coalesce((select json_agg(json_build_object('organizationId', r.organization_id, 'reviewedOn', r.reviewed_on::text) order by r.reviewed_on)
                from policy_reviews r where r.officer_id = o.id), '[]') as "reviews",
      coalesce((select json_agg(json_build_object('day', k.day::text, 'schoolId', k.school_id, 'districtId', s.organization_id, 'studentsPresent', k.students_present) order by k.day)
                from contact_days k join schools s on s.id = k.school_id where k.officer_id = o.id), '[]') as "contactDays"
      ${withReadings ? sql`, (select value from settings where key = 'readings') as "readings"` : sql``}
    from officers o join organizations a on a.id = o.agency_id
    where ${where}`;
}

export async function loadOfficerRecords(db: Db, officerIds: readonly string[] | "all"): Promise<OfficerRecords[]> {
  if (officerIds !== "all" && officerIds.length === 0) return [];
  const where = officerIds === "all" ? sql`true` : sql`o.id = any(${`{${officerIds.join(",")}}`}::uuid[])`;
  return queryRows<OfficerRecords>(db, recordsQuery(where, false));
}

/** One officer's records and the readings in force, in one round trip (the status page's hot path). */
export async function loadOfficerForStatus(db: Db, officerId: string): Promise<{ records: OfficerRecords; readings: OptionsJson } | null> {
  const [row] = await queryRows<OfficerRecords & { readings: OptionsJson | null }>(db, recordsQuery(sql`o.id = ${officerId}`, true));
  if (row === undefined) return null;
  const { readings, ...records } = row;
  return { records, readings: readings ?? {} };
}
