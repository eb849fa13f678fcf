import { sql } from "drizzle-orm";
import type { Db } from "../src/store/database.ts";

/**
 * Fills a database with `count` officers in varied situations, set-based (a few INSERT … SELECT over
 * generate_series, deterministic with setseed): two agencies (one on POST), three districts, twelve
 * schools; regular and substitute assignments from 2022 to 2026; POST-approved courses for most,
 * legacy courses for some, employer-unable decisions, policy reviews, certificates on file as course
 * records only (no files: the benchmark measures statuses, not storage of PDFs).
 */
export async function seedOfficers(db: Db, count: number): Promise<void> {
  await db.execute(sql`select setseed(0.42)`);
  await db.execute(sql`insert into organizations (kind, name, sro_policy, policy_adopted_on) values
    ('AGENCY', 'Bench Police Department', 'POST', '2024-11-19'), ('AGENCY', 'Bench County Sheriff', null, null),
    ('DISTRICT', 'Bench ISD 1', 'MSBA', null), ('DISTRICT', 'Bench ISD 2', 'MSBA', null), ('DISTRICT', 'Bench ISD 3', 'EDINA', null)`);
  await db.execute(sql`insert into schools (organization_id, name)
    select o.id, o.name || ' School ' || g from organizations o, generate_series(1, 4) g where o.kind = 'DISTRICT'`);
  await db.execute(sql`insert into officers (post_license, first_name, last_name, agency_id)
    select 'B' || g, 'First' || g, 'Last' || (g % 997), (select id from organizations where kind = 'AGENCY' order by name offset (g % 2) limit 1)
    from generate_series(1, ${count}) g`);
  await db.execute(sql`insert into assignments (officer_id, school_id, role, start_on, planned_contact_days)
    select o.id, (select id from schools order by id offset (abs(hashtext(o.id::text)) % 12) limit 1),
           case when random() < 0.2 then 'SUBSTITUTE' else 'REGULAR' end, date '2022-08-01' + (random() * 1550)::int, null
    from officers o`);
  await db.execute(sql`insert into courses (officer_id, type, completed_on, post_approved)
    select o.id, 'POST_SRO_BASIC', x.start_on - (random() * 300)::int + (case when random() < 0.2 then 400 else 0 end), true
    from officers o join assignments x on x.officer_id = o.id where random() < 0.65`);
  await db.execute(sql`insert into courses (officer_id, type, completed_on, post_approved)
    select o.id, 'NASRO_BASIC', date '2019-01-01' + (random() * 2000)::int, false from officers o where random() < 0.12`);
  await db.execute(sql`insert into employer_unable_decisions (officer_id, decided_on, reason, decided_by)
    select x.officer_id, x.start_on - 10, 'no seat in an approved course', 'bench' from assignments x where random() < 0.15`);
  await db.execute(sql`insert into policy_reviews (officer_id, organization_id, policy, reviewed_on)
    select o.id, o.agency_id, 'POST', x.start_on - 5 from officers o join assignments x on x.officer_id = o.id where random() < 0.8`);
  await db.execute(sql`insert into contact_days (officer_id, school_id, day, students_present)
    select x.officer_id, x.school_id, d::date, true from assignments x, generate_series(x.start_on, x.start_on + 90, interval '1 day') d
    where x.role = 'SUBSTITUTE' and extract(isodow from d) < 6`);
}
