/**
 * Errors a client can act on. Each names the field (a JSON Pointer into the request) and the problem;
 * the HTTP layer turns them into 4xx answers, the command line into one line on standard error. A
 * database refusal caused by the client's data (a duplicate key, a missing reference, a CHECK) is
 * translated here, driver-independent; anything else is a real fault.
 */
import { appendAudit } from "../audit/append.ts";
import type { ServiceContext } from "./context.ts";

export type ClientErrorCode = "INVALID_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "LOCKED" | "TOO_MANY_REQUESTS" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE";

const STATUS: Record<ClientErrorCode, number> = {
  INVALID_REQUEST: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, LOCKED: 423, TOO_MANY_REQUESTS: 429, PAYLOAD_TOO_LARGE: 413, UNSUPPORTED_MEDIA_TYPE: 415,
};

export class ClientError extends Error {
  readonly status: number;
  constructor(
    readonly code: ClientErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(path === "" ? message : `${path}: ${message}`);
    this.status = STATUS[code];
  }
}

/** What a refused operation concerned, for its audit event. */
export interface RefusedOperation {
  entity: string;
  entityId?: string | null;
  organizationId?: string | null;
}

/**
 * The one way an operation is refused (issue 10, item 4; issue 11, item 3: every refusal of every
 * route, the HTTP edge's CSRF check included): a person whose roles do not allow it gets a 403 with the
 * policy's reason, and the refusal is recorded as ACCESS_DENIED in a small transaction of its own (the
 * refused operation wrote nothing). The public is never recorded — anyone could grow the append-only
 * trail without limit — and is told to sign in (the HTTP edge answers signed-out requests before any
 * service runs; this is the services' own guard, e.g. for the command line), unless the refusal is
 * not about who they are (`whenPublic: "refuse"`: a request without its CSRF token is refused whoever
 * sends it). refusals.test.ts holds every 403 of the project to this helper.
 */
export async function refuseAccess(ctx: ServiceContext, reason: string, what: RefusedOperation, options: { whenPublic?: "sign-in" | "refuse" } = {}): Promise<never> {
  if (ctx.actor.kind === "public") throw options.whenPublic === "refuse" ? new ClientError("FORBIDDEN", "", reason) : new ClientError("UNAUTHENTICATED", "", "sign in first");
  await ctx.db.transaction((tx) =>
    appendAudit(tx, {
      type: "ACCESS_DENIED", actor: ctx.actor, entity: what.entity, entityId: what.entityId ?? null, organizationId: what.organizationId ?? null,
      after: { reason }, ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null,
    }),
  );
  throw new ClientError("FORBIDDEN", "", reason);
}

export const notFound = (what: string, id: string): ClientError => new ClientError("NOT_FOUND", "", `no ${what} with id ${id}`);
export const invalidField = (path: string, message: string): ClientError => new ClientError("INVALID_REQUEST", path, message);

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

interface PgErrorLike {
  code?: unknown;
  detail?: unknown;
  constraint?: unknown;
  cause?: unknown;
}

/** The PostgreSQL error inside whatever wrapped it (Drizzle wraps driver errors in `cause`). */
function pgError(e: unknown): PgErrorLike | null {
  let current: unknown = e;
  for (let i = 0; i < 4 && typeof current === "object" && current !== null; i += 1) {
    const c = current as PgErrorLike;
    if (typeof c.code === "string" && /^[0-9A-Z]{5}$/.test(c.code)) return c;
    current = c.cause;
  }
  return null;
}

/** Constraint names of schema.ts CHECKs → the field and the words a person reads. */
const CHECKS: Record<string, [field: string, message: string]> = {
  organizations_policy_fits_kind: ["/sroPolicy", "an agency adopts the POST model policy; a district or charter school adopts MSBA 507.5 or Edina's policy"],
  assignments_end_after_start: ["/endOn", "must not be before startOn"],
  assignments_planned_days: ["/plannedContactDays", "must be 0 or more"],
  assignments_role: ["/role", "must be a regular or a substitute assignment"],
  courses_type: ["/type", "is not one of the course types this system knows"],
  organizations_kind: ["/kind", "must be an agency, a school district or a charter school"],
  memberships_role: ["/role", "is not one of the roles this system knows"],
  memberships_principal_school: ["/schoolId", "a principal's role names their school, and only a principal's does"],
  users_email_lowercase: ["/email", "must be written in lowercase"],
};

/**
 * Unique constraints (and unique indexes) of schema.ts → the field and the words a person reads. A
 * conflict says only which field's value is taken: never the value, nor anything of the record that
 * holds it (issue 10 item 13: "(post_license)=(33211) already exists" told an agency of another
 * agency's officer). errors.test.ts walks the schema's constraints: a new one without words here fails.
 */
const UNIQUES: Record<string, [field: string, message: string]> = {
  officers_post_license: ["/postLicense", "this license number is already in use"],
  organizations_kind_name: ["/name", "this name is already in use by an organization of the same kind"],
  schools_organization_name: ["/name", "this name is already in use by a school of the same district"],
  contact_days_officer_school_day: ["/day", "this officer's contact day at this school on this date is already recorded"],
  courses_officer_type_completed_on: ["/completedOn", "this officer already has this course on record for this date: correct that record instead of adding it again"],
  users_email: ["/email", "this email address is already in use"],
  users_oidc_identity: ["/oidcSubject", "this single sign-on identity is already linked to an account"],
  supervisions_pk: ["/officerId", "this supervision is already recorded"],
  officer_status_pk: ["/officerId", "this officer's status is already being recorded: try again"],
};

/**
 * Foreign keys of schema.ts → the field that holds the reference, what it refers to, and what refers
 * to it, for both ways a reference fails: a record that names one that does not exist (400 at the
 * field) and a record removed while others still refer to it (409). Issue 11 item 6: one place, plain
 * words, never the database's message.
 */
const REFERENCES: Record<string, [field: string, target: string, referrers: string]> = {
  assignments_officer_id_officers_id_fk: ["/officerId", "officer", "assignments"],
  assignments_school_id_schools_id_fk: ["/schoolId", "school", "officers' assignments"],
  certificates_course_id_courses_id_fk: ["/courseId", "course", "certificates"],
  certificates_officer_id_officers_id_fk: ["/officerId", "officer", "certificates"],
  contact_days_officer_id_officers_id_fk: ["/officerId", "officer", "contact days"],
  contact_days_school_id_schools_id_fk: ["/schoolId", "school", "contact days"],
  courses_officer_id_officers_id_fk: ["/officerId", "officer", "courses"],
  employer_unable_decisions_officer_id_officers_id_fk: ["/officerId", "officer", "decisions that training was not available"],
  memberships_organization_id_organizations_id_fk: ["/organizationId", "organization", "people with a role in it"],
  memberships_school_id_schools_id_fk: ["/schoolId", "school", "principals"],
  memberships_user_id_users_id_fk: ["/userId", "user account", "roles"],
  officer_status_district_id_organizations_id_fk: ["/districtId", "district", "officers' statuses"],
  officer_status_officer_id_officers_id_fk: ["/officerId", "officer", "statuses"],
  officers_agency_id_organizations_id_fk: ["/agencyId", "agency", "officers"],
  policy_reviews_officer_id_officers_id_fk: ["/officerId", "officer", "policy reviews"],
  policy_reviews_organization_id_organizations_id_fk: ["/organizationId", "organization", "officers' reviews of its policy"],
  schools_organization_id_organizations_id_fk: ["/organizationId", "district or charter school", "schools"],
  sessions_user_id_users_id_fk: ["/userId", "user account", "sessions"],
  supervisions_officer_id_officers_id_fk: ["/officerId", "officer", "supervisors"],
  supervisions_supervisor_id_users_id_fk: ["/supervisorId", "user account", "officers it supervises"],
  users_officer_id_officers_id_fk: ["/officerId", "officer", "linked accounts"],
};

/** Whether a constraint of the schema has its words here (errors.test.ts holds every one to it, both backends). */
export function hasConflictWords(constraint: string, kind: "unique" | "primary key" | "foreign key" | "check"): boolean {
  if (kind === "foreign key") return constraint in REFERENCES;
  if (kind === "check") return constraint in CHECKS;
  return constraint in UNIQUES || (kind === "primary key" && constraint.endsWith("_pkey"));
}

/** A duplicate key: the field by the constraint, else by the first column the database names — the value never. */
function conflict(constraint: unknown, column: string | undefined): ClientError {
  const known = UNIQUES[String(constraint)];
  if (known !== undefined) return new ClientError("CONFLICT", known[0], known[1]);
  if (typeof constraint === "string" && constraint.endsWith("_pkey")) return new ClientError("CONFLICT", "/id", "a record with this id already exists");
  return new ClientError("CONFLICT", column === undefined ? "" : `/${camel(column)}`, "this value is already in use");
}

/** A reference that fails: to a record that does not exist (400), or from records that still need this one (409). */
function reference(constraint: unknown, column: string | undefined, stillReferenced: boolean): ClientError {
  const known = REFERENCES[String(constraint)];
  const field = known?.[0] ?? (column === undefined ? "" : `/${camel(column)}`);
  if (stillReferenced) {
    return new ClientError("CONFLICT", "", known === undefined ? "other records still refer to this one" : `this ${known[1]} still has ${known[2]} on record: remove or move them first`);
  }
  return new ClientError("INVALID_REQUEST", field, known === undefined ? "refers to a record that does not exist" : `there is no ${known[1]} with this id`);
}

/** A database refusal caused by the request's data, as a ClientError; null for a real fault. */
export function clientErrorFromDatabase(e: unknown): ClientError | null {
  const pg = pgError(e);
  if (pg === null) return null;
  const detail = typeof pg.detail === "string" ? pg.detail : "";
  const column = /Key \(([a-z_]+)[,)]/.exec(detail)?.[1];
  switch (pg.code) {
    case "23505":
      return conflict(pg.constraint, column);
    case "23503":
      return reference(pg.constraint, column, /is (still )?referenced from/.test(detail));
    case "23001": // PostgreSQL 18 (PGlite) reports ON DELETE RESTRICT as a restrict violation; 15 as 23503
      return reference(pg.constraint, column, true);
    case "23514": {
      const [field, message] = CHECKS[String(pg.constraint)] ?? ["", "a value is not one this record accepts"];
      return new ClientError("INVALID_REQUEST", field, message);
    }
    case "22P02":
    case "22007":
    case "22008":
      return new ClientError("INVALID_REQUEST", "", "a value has the wrong form");
    default:
      return null;
  }
}
