ALTER TABLE "courses" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "removed_by" text;--> statement-breakpoint
ALTER TABLE "policy_reviews" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "policy_reviews" ADD COLUMN "removed_by" text;--> statement-breakpoint
-- A course recorded twice (same officer, type and completion date) before the unique index: the
-- copies are removed (reversibly, docs/decisions/0017), keeping the one with a certificate, then the
-- POST-approved one, then the first recorded.
UPDATE "courses" SET "removed_at" = now(), "removed_by" = 'duplicate removed by migration 0007'
  WHERE "id" IN (SELECT "id" FROM (SELECT c."id", row_number() OVER (PARTITION BY c."officer_id", c."type", c."completed_on"
      ORDER BY EXISTS (SELECT 1 FROM "certificates" f WHERE f."course_id" = c."id") DESC, c."post_approved" DESC, c."created_at", c."id") AS "n"
    FROM "courses" c) d WHERE d."n" > 1);--> statement-breakpoint
CREATE UNIQUE INDEX "courses_officer_type_completed_on" ON "courses" USING btree ("officer_id","type","completed_on") WHERE removed_at is null;--> statement-breakpoint
-- The records the engine reads leave out removed courses and policy reviews (docs/decisions/0017);
-- the same columns as migration 0001, so the view is replaced in place.
CREATE OR REPLACE VIEW sroc_officer_records_v AS
  SELECT o.id AS "officerId", o.last_name || ', ' || o.first_name AS "name", o.agency_id AS "agencyId", a.sro_policy AS "agencyPolicy", a.policy_adopted_on::text AS "agencyPolicyAdoptedOn",
    coalesce((SELECT json_agg(json_build_object('id', x.id, 'schoolId', x.school_id, 'districtId', s.organization_id, 'districtPolicy', d.sro_policy,
                'role', x.role, 'startOn', x.start_on::text, 'endOn', x.end_on::text, 'plannedContactDays', x.planned_contact_days,
                'underContract', x.under_contract, 'instructionalDay', x.instructional_day) ORDER BY x.start_on, x.id)
              FROM assignments x JOIN schools s ON s.id = x.school_id JOIN organizations d ON d.id = s.organization_id
              WHERE x.officer_id = o.id), '[]'::json) AS "assignments",
    coalesce((SELECT json_agg(json_build_object('id', c.id, 'type', c.type, 'completedOn', c.completed_on::text, 'postApproved', c.post_approved,
                'hasCertificate', EXISTS (SELECT 1 FROM certificates f WHERE f.course_id = c.id)) ORDER BY c.completed_on, c.id)
              FROM courses c WHERE c.officer_id = o.id AND c.removed_at IS NULL), '[]'::json) AS "courses",
    coalesce((SELECT json_agg(json_build_object('decidedOn', e.decided_on::text, 'reason', e.reason) ORDER BY e.decided_on, e.id)
              FROM employer_unable_decisions e WHERE e.officer_id = o.id), '[]'::json) AS "decisions",
    coalesce((SELECT json_agg(json_build_object('organizationId', r.organization_id, 'reviewedOn', r.reviewed_on::text) ORDER BY r.reviewed_on, r.id)
              FROM policy_reviews r WHERE r.officer_id = o.id AND r.removed_at IS NULL), '[]'::json) AS "reviews",
    coalesce((SELECT json_agg(json_build_object('day', k.day::text, 'schoolId', k.school_id, 'districtId', s.organization_id, 'studentsPresent', k.students_present) ORDER BY k.day, k.id)
              FROM contact_days k JOIN schools s ON s.id = k.school_id WHERE k.officer_id = o.id), '[]'::json) AS "contactDays"
  FROM officers o JOIN organizations a ON a.id = o.agency_id;--> statement-breakpoint
-- A duplicate removed above may have changed a status: every cached row is marked stale, as in 0005.
UPDATE "officer_status" SET "valid_until" = "as_of";
