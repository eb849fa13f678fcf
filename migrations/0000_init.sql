CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"contract_ref" text,
	"role" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"planned_contact_days" integer,
	"under_contract" boolean DEFAULT true NOT NULL,
	"instructional_day" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_role" CHECK ("assignments"."role" in ('REGULAR', 'SUBSTITUTE')),
	CONSTRAINT "assignments_end_after_start" CHECK ("assignments"."end_on" is null or "assignments"."end_on" >= "assignments"."start_on"),
	CONSTRAINT "assignments_planned_days" CHECK ("assignments"."planned_contact_days" is null or "assignments"."planned_contact_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"day" date NOT NULL,
	"students_present" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_days_officer_school_day" UNIQUE("officer_id","school_id","day")
);
--> statement-breakpoint
CREATE TABLE "courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"type" text NOT NULL,
	"completed_on" date NOT NULL,
	"post_approved" boolean DEFAULT false NOT NULL,
	"provider" text,
	"post_course_number" text,
	"credits" numeric(6, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courses_type" CHECK ("courses"."type" in ('POST_SRO_BASIC', 'POST_SRO_SUPPLEMENTAL', 'POST_SRO_REFRESHER', 'SSC_BASIC', 'NASRO_BASIC', 'OTHER'))
);
--> statement-breakpoint
CREATE TABLE "employer_unable_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"reason" text NOT NULL,
	"decided_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer_status" (
	"officer_id" uuid NOT NULL,
	"view" text NOT NULL,
	"district_id" uuid,
	"as_of" date NOT NULL,
	"valid_until" date NOT NULL,
	"statute_status" text NOT NULL,
	"policy_status" text NOT NULL,
	"path" text,
	"headline" text NOT NULL,
	"action_rank" integer NOT NULL,
	"action_due_on" date,
	"deadline" date,
	"deadline_effective" date,
	"refresher_due" date,
	"substitute_count" integer,
	"answer" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officer_status_pk" PRIMARY KEY("officer_id","view")
);
--> statement-breakpoint
CREATE TABLE "officers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_license" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officers_post_license" UNIQUE("post_license")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"sro_policy" text,
	"policy_version" text,
	"policy_adopted_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_kind_name" UNIQUE("kind","name"),
	CONSTRAINT "organizations_kind" CHECK ("organizations"."kind" in ('AGENCY', 'DISTRICT', 'CHARTER_SCHOOL')),
	CONSTRAINT "organizations_policy_fits_kind" CHECK ("organizations"."sro_policy" is null or ("organizations"."kind" = 'AGENCY' and "organizations"."sro_policy" = 'POST') or ("organizations"."kind" <> 'AGENCY' and "organizations"."sro_policy" in ('MSBA', 'EDINA')))
);
--> statement-breakpoint
CREATE TABLE "policy_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"officer_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"policy" text NOT NULL,
	"policy_version" text,
	"reviewed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schools_organization_name" UNIQUE("organization_id","name")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_days" ADD CONSTRAINT "contact_days_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_days" ADD CONSTRAINT "contact_days_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_unable_decisions" ADD CONSTRAINT "employer_unable_decisions_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_status" ADD CONSTRAINT "officer_status_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_status" ADD CONSTRAINT "officer_status_district_id_organizations_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_agency_id_organizations_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_reviews" ADD CONSTRAINT "policy_reviews_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_reviews" ADD CONSTRAINT "policy_reviews_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_officer" ON "assignments" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "assignments_school" ON "assignments" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "certificates_officer" ON "certificates" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "certificates_course" ON "certificates" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "contact_days_officer" ON "contact_days" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "courses_officer" ON "courses" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "employer_unable_officer" ON "employer_unable_decisions" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "officer_status_view_headline" ON "officer_status" USING btree ("view","headline");--> statement-breakpoint
CREATE INDEX "officer_status_district" ON "officer_status" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "officer_status_valid_until" ON "officer_status" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "officers_agency" ON "officers" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "policy_reviews_officer" ON "policy_reviews" USING btree ("officer_id");