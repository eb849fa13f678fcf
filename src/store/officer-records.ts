import { sql } from "drizzle-orm";
import type { OfficerRecords, SroPolicy } from "../status/records.ts";
import { queryRows, type Db } from "./database.ts";

/**
 * Loads the records the engine needs for many officers in six set-based queries (never one query per
 * officer): the officers with their agency, assignments with their school's district, courses with
 * whether a certificate was uploaded for them, employer-unable decisions, policy reviews, contact days.
 */
export async function loadOfficerRecords(db: Db, officerIds: readonly string[] | "all"): Promise<OfficerRecords[]> {
  if (officerIds !== "all" && officerIds.length === 0) return [];
  const ids = officerIds === "all" ? null : `{${officerIds.join(",")}}`;
  const only = (column: string) => (ids === null ? sql`true` : sql`${sql.raw(column)} = any(${ids}::uuid[])`);

  const officers = await queryRows<{ id: string; name: string; agency_id: string; policy: SroPolicy | null; adopted_on: string | null }>(
    db,
    sql`select o.id, o.last_name || ', ' || o.first_name as name, o.agency_id, a.sro_policy as policy, a.policy_adopted_on::text as adopted_on
        from officers o join organizations a on a.id = o.agency_id where ${only("o.id")}`,
  );
  const assignments = await queryRows<{
    id: string; officer_id: string; school_id: string; district_id: string; district_policy: SroPolicy | null; role: "REGULAR" | "SUBSTITUTE";
    start_on: string; end_on: string | null; planned_contact_days: number | null; under_contract: boolean; instructional_day: boolean;
  }>(
    db,
    sql`select x.id, x.officer_id, x.school_id, s.organization_id as district_id, d.sro_policy as district_policy, x.role,
               x.start_on::text as start_on, x.end_on::text as end_on, x.planned_contact_days, x.under_contract, x.instructional_day
        from assignments x join schools s on s.id = x.school_id join organizations d on d.id = s.organization_id
        where ${only("x.officer_id")} order by x.start_on`,
  );
  const courses = await queryRows<{ id: string; officer_id: string; type: OfficerRecords["courses"][number]["type"]; completed_on: string; post_approved: boolean; has_certificate: boolean }>(
    db,
    sql`select c.id, c.officer_id, c.type, c.completed_on::text as completed_on, c.post_approved,
               exists (select 1 from certificates f where f.course_id = c.id) as has_certificate
        from courses c where ${only("c.officer_id")} order by c.completed_on`,
  );
  const decisions = await queryRows<{ officer_id: string; decided_on: string; reason: string }>(
    db,
    sql`select officer_id, decided_on::text as decided_on, reason from employer_unable_decisions where ${only("officer_id")}`,
  );
  const reviews = await queryRows<{ officer_id: string; organization_id: string; reviewed_on: string }>(
    db,
    sql`select officer_id, organization_id, reviewed_on::text as reviewed_on from policy_reviews where ${only("officer_id")}`,
  );
  const days = await queryRows<{ officer_id: string; day: string; school_id: string; district_id: string; students_present: boolean }>(
    db,
    sql`select c.officer_id, c.day::text as day, c.school_id, s.organization_id as district_id, c.students_present
        from contact_days c join schools s on s.id = c.school_id where ${only("c.officer_id")} order by c.day`,
  );

  const byOfficer = new Map<string, OfficerRecords>();
  for (const o of officers) {
    byOfficer.set(o.id, {
      officerId: o.id, name: o.name, agencyId: o.agency_id, agencyPolicy: o.policy, agencyPolicyAdoptedOn: o.adopted_on,
      assignments: [], courses: [], decisions: [], reviews: [], contactDays: [],
    });
  }
  for (const a of assignments) {
    byOfficer.get(a.officer_id)?.assignments.push({
      id: a.id, schoolId: a.school_id, districtId: a.district_id, districtPolicy: a.district_policy, role: a.role, startOn: a.start_on,
      endOn: a.end_on, plannedContactDays: a.planned_contact_days, underContract: a.under_contract, instructionalDay: a.instructional_day,
    });
  }
  for (const c of courses) byOfficer.get(c.officer_id)?.courses.push({ id: c.id, type: c.type, completedOn: c.completed_on, postApproved: c.post_approved, hasCertificate: c.has_certificate });
  for (const d of decisions) byOfficer.get(d.officer_id)?.decisions.push({ decidedOn: d.decided_on, reason: d.reason });
  for (const r of reviews) byOfficer.get(r.officer_id)?.reviews.push({ organizationId: r.organization_id, reviewedOn: r.reviewed_on });
  for (const c of days) byOfficer.get(c.officer_id)?.contactDays.push({ day: c.day, schoolId: c.school_id, districtId: c.district_id, studentsPresent: c.students_present });
  return [...byOfficer.values()];
}
