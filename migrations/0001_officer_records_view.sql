-- Custom SQL migration file, put your code below! --
-- The records the rules engine needs, for some officers (ids) or all (null): each officer with its
-- agency and its related rows as JSON arrays keyed like the application's OfficerRecords type.
-- src/store/officer-records.ts reads one officer from it in one round trip, as a prepared statement
-- (an officer's status page); many officers are read with plain set-based queries instead, because
-- aggregating JSON per officer costs more than fetching the rows (a test holds both to the same result).
CREATE VIEW sroc_officer_records_v AS
  SELECT o.id AS "officerId", o.last_name || ', ' || o.first_name AS "name", o.agency_id AS "agencyId", a.sro_policy AS "agencyPolicy", a.policy_adopted_on::text AS "agencyPolicyAdoptedOn",
    coalesce((SELECT json_agg(json_build_object('id', x.id, 'schoolId', x.school_id, 'districtId', s.organization_id, 'districtPolicy', d.sro_policy,
                'role', x.role, 'startOn', x.start_on::text, 'endOn', x.end_on::text, 'plannedContactDays', x.planned_contact_days,
                'underContract', x.under_contract, 'instructionalDay', x.instructional_day) ORDER BY x.start_on, x.id)
              FROM assignments x JOIN schools s ON s.id = x.school_id JOIN organizations d ON d.id = s.organization_id
              WHERE x.officer_id = o.id), '[]'::json) AS "assignments",
    coalesce((SELECT json_agg(json_build_object('id', c.id, 'type', c.type, 'completedOn', c.completed_on::text, 'postApproved', c.post_approved,
                'hasCertificate', EXISTS (SELECT 1 FROM certificates f WHERE f.course_id = c.id)) ORDER BY c.completed_on, c.id)
              FROM courses c WHERE c.officer_id = o.id), '[]'::json) AS "courses",
    coalesce((SELECT json_agg(json_build_object('decidedOn', e.decided_on::text, 'reason', e.reason) ORDER BY e.decided_on, e.id)
              FROM employer_unable_decisions e WHERE e.officer_id = o.id), '[]'::json) AS "decisions",
    coalesce((SELECT json_agg(json_build_object('organizationId', r.organization_id, 'reviewedOn', r.reviewed_on::text) ORDER BY r.reviewed_on, r.id)
              FROM policy_reviews r WHERE r.officer_id = o.id), '[]'::json) AS "reviews",
    coalesce((SELECT json_agg(json_build_object('day', k.day::text, 'schoolId', k.school_id, 'districtId', s.organization_id, 'studentsPresent', k.students_present) ORDER BY k.day, k.id)
              FROM contact_days k JOIN schools s ON s.id = k.school_id WHERE k.officer_id = o.id), '[]'::json) AS "contactDays"
  FROM officers o JOIN organizations a ON a.id = o.agency_id;
