import { sql, type SQL } from "drizzle-orm";
import { bigint, boolean, check, customType, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { ASSIGNMENT_ROLES } from "../records/assignments.ts";
import { CERTIFICATE_MEDIA_TYPES, COURSE_TYPES } from "../records/courses.ts";
import { AGENCY, AGENCY_POLICIES, DISTRICT_POLICIES, ORGANIZATION_KINDS, SRO_POLICIES } from "../records/organizations.ts";
import { ROLES, SCHOOL_ROLE } from "../records/roles.ts";

/**
 * The one schema of SRO Compliance, for PGlite and a PostgreSQL server alike (PostgreSQL 15 features
 * only: the server here is 15, PGlite is 18). drizzle-kit turns it into the SQL migrations under
 * /migrations; nothing else defines a table.
 *
 * Enumerations are text with CHECK constraints, both written from the one vocabulary (src/records,
 * whose contract enumerations are the engine's), so adding a value there is a one-line migration. Dates are calendar dates (`date`, read as "YYYY-MM-DD" strings); moments are
 * `timestamptz`.
 */
const id = () => uuid("id").primaryKey().defaultRandom();
const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
};
const day = (name: string) => date(name, { mode: "string" });
/**
 * Training evidence is never deleted (docs/decisions/0017): a removed course or policy review keeps
 * its row, stamped with when and by whom, counts for no status, is hidden from the normal lists and
 * can be restored.
 */
const removal = {
  removedAt: timestamp("removed_at", { withTimezone: true, mode: "string" }),
  removedBy: text("removed_by"),
};

/** A constant of the vocabulary as an SQL string literal (the lists hold plain words; quotes doubled all the same). */
function literal(value: string): SQL {
  return sql.raw(`'${value.replace(/'/g, "''")}'`);
}

/** `column in ('A', 'B')` (`column = 'A'` for a single value): a CHECK from a list of the vocabulary. */
function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  if (values.length === 1) return sql`${column} = ${literal(values[0] ?? "")}`;
  return sql`${column} in (${sql.join(values.map(literal), sql.raw(", "))})`;
}

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const organizations = pgTable(
  "organizations",
  {
    id: id(),
    kind: text("kind", { enum: ORGANIZATION_KINDS }).notNull(),
    name: text("name").notNull(),
    /** The SRO policy adopted: POST for an agency; MSBA 507.5 or Edina's text for a district or charter school. */
    sroPolicy: text("sro_policy", { enum: SRO_POLICIES }),
    policyVersion: text("policy_version"),
    policyAdoptedOn: day("policy_adopted_on"),
    ...timestamps,
  },
  (t) => [
    unique("organizations_kind_name").on(t.kind, t.name),
    check("organizations_kind", oneOf(t.kind, ORGANIZATION_KINDS)),
    check(
      "organizations_policy_fits_kind",
      sql`${t.sroPolicy} is null or (${t.kind} = ${literal(AGENCY)} and ${oneOf(t.sroPolicy, AGENCY_POLICIES)}) or (${t.kind} <> ${literal(AGENCY)} and ${oneOf(t.sroPolicy, DISTRICT_POLICIES)})`,
    ),
  ],
);

export const schools = pgTable(
  "schools",
  {
    id: id(),
    /** The school district or charter school the school belongs to. */
    organizationId: uuid("organization_id").notNull().references(() => organizations.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    ...timestamps,
  },
  (t) => [unique("schools_organization_name").on(t.organizationId, t.name)],
);

export const officers = pgTable(
  "officers",
  {
    id: id(),
    postLicense: text("post_license").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    /** The employing law enforcement agency. */
    agencyId: uuid("agency_id").notNull().references(() => organizations.id, { onDelete: "restrict" }),
    ...timestamps,
  },
  (t) => [unique("officers_post_license").on(t.postLicense), index("officers_agency").on(t.agencyId)],
);

export const assignments = pgTable(
  "assignments",
  {
    id: id(),
    officerId: uuid("officer_id").notNull().references(() => officers.id, { onDelete: "cascade" }),
    schoolId: uuid("school_id").notNull().references(() => schools.id, { onDelete: "restrict" }),
    contractRef: text("contract_ref"),
    role: text("role", { enum: ASSIGNMENT_ROLES }).notNull(),
    startOn: day("start_on").notNull(),
    endOn: day("end_on"),
    plannedContactDays: integer("planned_contact_days"),
    /** Subd. 1(c): made under a contract between the employer and the district or charter school. */
    underContract: boolean("under_contract").notNull().default(true),
    /** Subd. 1(c): work during the regular instructional school day. */
    instructionalDay: boolean("instructional_day").notNull().default(true),
    ...timestamps,
  },
  (t) => [
    index("assignments_officer").on(t.officerId),
    index("assignments_school").on(t.schoolId),
    check("assignments_role", oneOf(t.role, ASSIGNMENT_ROLES)),
    check("assignments_end_after_start", sql`${t.endOn} is null or ${t.endOn} >= ${t.startOn}`),
    check("assignments_planned_days", sql`${t.plannedContactDays} is null or ${t.plannedContactDays} >= 0`),
  ],
);


export const courses = pgTable(
  "courses",
  {
    id: id(),
    officerId: uuid("officer_id").notNull().references(() => officers.id, { onDelete: "cascade" }),
    type: text("type", { enum: COURSE_TYPES }).notNull(),
    completedOn: day("completed_on").notNull(),
    postApproved: boolean("post_approved").notNull().default(false),
    provider: text("provider"),
    postCourseNumber: text("post_course_number"),
    credits: numeric("credits", { precision: 6, scale: 2 }),
    ...removal,
    ...timestamps,
  },
  (t) => [
    index("courses_officer").on(t.officerId),
    // The same course (officer, type, completion date) is recorded once among those not removed.
    uniqueIndex("courses_officer_type_completed_on").on(t.officerId, t.type, t.completedOn).where(sql`removed_at is null`),
    check("courses_type", oneOf(t.type, COURSE_TYPES)),
  ],
);

export const certificates = pgTable(
  "certificates",
  {
    id: id(),
    officerId: uuid("officer_id").notNull().references(() => officers.id, { onDelete: "cascade" }),
    /** A certificate is issued for a course (R-REC-1: the certificate of the most recent course). */
    courseId: uuid("course_id").notNull().references(() => courses.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type", { enum: CERTIFICATE_MEDIA_TYPES }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: text("uploaded_by").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index("certificates_officer").on(t.officerId), index("certificates_course").on(t.courseId)],
);

export const employerUnableDecisions = pgTable(
  "employer_unable_decisions",
  {
    id: id(),
    officerId: uuid("officer_id").notNull().references(() => officers.id, { onDelete: "cascade" }),
    decidedOn: day("decided_on").notNull(),
    reason: text("reason").notNull(),
    decidedBy: text("decided_by").notNull(),
    ...timestamps,
  },
  (t) => [index("employer_unable_officer").on(t.officerId)],
);

export const policyReviews = pgTable(
  "policy_reviews",
  {
    id: id(),
    officerId: uuid("officer_id").notNull().references(() => officers.id, { onDelete: "cascade" }),
    /** Whose policy was reviewed (the employing agency's, for R-REC-2). */
    organizationId: uuid("organization_id").notNull().references(() => organizations.id, { onDelete: "restrict" }),
    policy: text("policy", { enum: SRO_POLICIES }).notNull(),
    policyVersion: text("policy_version"),
    reviewedOn: day("reviewed_on").notNull(),
    ...removal,
    ...timestamps,
  },
  (t) => [index("policy_reviews_officer").on(t.officerId)],
);

export const contactDays = pgTable(
  "contact_days",
  {
    id: id(),
    officerId: uuid("officer_id").notNull().references(() => officers.id, { onDelete: "cascade" }),
    schoolId: uuid("school_id").notNull().references(() => schools.id, { onDelete: "restrict" }),
    day: day("day").notNull(),
    studentsPresent: boolean("students_present").notNull(),
    ...timestamps,
  },
  (t) => [unique("contact_days_officer_school_day").on(t.officerId, t.schoolId, t.day), index("contact_days_officer").on(t.officerId)],
);

/**
 * The engine's answers, kept so that summaries and lists need no re-evaluation: a cache of the
 * engine, never a second source of rules. One row per officer for the agency view (`view` =
 * "officer") and one per district the officer serves (`view` = the district's id), each valid from
 * `as_of` until the day before `valid_until`, and recomputed in the transaction of every write that
 * feeds it (services/status.ts).
 */
export const officerStatus = pgTable(
  "officer_status",
  {
    officerId: uuid("officer_id").notNull().references(() => officers.id, { onDelete: "cascade" }),
    view: text("view").notNull(),
    districtId: uuid("district_id").references(() => organizations.id, { onDelete: "cascade" }),
    asOf: day("as_of").notNull(),
    validUntil: day("valid_until").notNull(),
    statuteStatus: text("statute_status").notNull(),
    policyStatus: text("policy_status").notNull(),
    path: text("path"),
    headline: text("headline").notNull(),
    actionRank: integer("action_rank").notNull(),
    actionDueOn: day("action_due_on"),
    deadline: day("deadline"),
    deadlineEffective: day("deadline_effective"),
    refresherDue: day("refresher_due"),
    substituteCount: integer("substitute_count"),
    /** The answer's flags, code and severity only: the full answer (messages, citations, trace) is recomputed on the officer's page. */
    flags: jsonb("flags").$type<{ code: string; severity: string }[]>().notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "officer_status_pk", columns: [t.officerId, t.view] }),
    // Covers the summaries' counts (an index-only scan).
    index("officer_status_counts").on(t.view, t.headline, t.statuteStatus),
    index("officer_status_district").on(t.districtId),
    index("officer_status_valid_until").on(t.validUntil),
  ],
);

/** System-wide settings: the readings of law.md §12 in force (configurable by counsel). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});

// ── Accounts, roles and sessions (issue 4) ────────────────────────────────────────────────────────

/**
 * People who sign in. A password (argon2id hash) for a local account, or an OpenID Connect identity
 * (issuer + subject) for single sign-on, or both. `isAdmin` is the system administrator; every other
 * right comes from memberships. An SRO's account may be linked to the officer record it may see.
 */
export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash"),
    /** The password was set by an administrator and shown to them once: the person must choose their own before anything else (decision 0019). */
    passwordTemporary: boolean("password_temporary").notNull().default(false),
    totpSecret: text("totp_secret"),
    totpEnabled: boolean("totp_enabled").notNull().default(false),
    failedSignIns: integer("failed_sign_ins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "string" }),
    isAdmin: boolean("is_admin").notNull().default(false),
    officerId: uuid("officer_id").references(() => officers.id, { onDelete: "set null" }),
    oidcIssuer: text("oidc_issuer"),
    oidcSubject: text("oidc_subject"),
    disabled: boolean("disabled").notNull().default(false),
    ...timestamps,
  },
  (t) => [unique("users_email").on(t.email), unique("users_oidc_identity").on(t.oidcIssuer, t.oidcSubject), check("users_email_lowercase", sql`${t.email} = lower(${t.email})`)],
);

/** The roles' list, for the layers that read it here (src/records/roles.ts holds it). */
export { ROLES };

/**
 * A person's role within an organization (a person may hold several): agency roles (chief law
 * enforcement officer, training coordinator, supervisor, SRO), district or charter-school roles
 * (superintendent/administrator, emergency management and safety coordinator, principal — of one
 * school), and auditor (read-only over the organization).
 */
export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    /** A principal's school. */
    schoolId: uuid("school_id").references(() => schools.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    index("memberships_user").on(t.userId),
    check("memberships_role", oneOf(t.role, ROLES)),
    check("memberships_principal_school", sql`(${t.role} = ${literal(SCHOOL_ROLE)}) = (${t.schoolId} is not null)`),
  ],
);

/** Which officers a supervisor supervises (a supervisor's rights stop at them). */
export const supervisions = pgTable(
  "supervisions",
  {
    supervisorId: uuid("supervisor_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    officerId: uuid("officer_id").notNull().references(() => officers.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ name: "supervisions_pk", columns: [t.supervisorId, t.officerId] })],
);

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a copy of
 * the table opens no session. A new session (new token) at every sign-in: no fixation.
 */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    /** The second factor is still owed (TOTP enabled, code not yet given). */
    pendingSecondFactor: boolean("pending_second_factor").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/**
 * The audit trail: append-only (a trigger refuses UPDATE and DELETE) and hash-chained — each event's
 * hash covers the previous one's, so an edited, deleted or reordered event breaks the chain
 * (src/audit/). `type` is one of the closed catalogue of src/audit/events.ts.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull(),
    type: text("type").notNull(),
    actorId: text("actor_id").notNull(),
    actorName: text("actor_name").notNull(),
    organizationId: uuid("organization_id"),
    entity: text("entity"),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    purpose: text("purpose"),
    legalBasis: text("legal_basis"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("audit_events_entity").on(t.entity, t.entityId), index("audit_events_at").on(t.at)],
);
