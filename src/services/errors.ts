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
};

/**
 * Unique constraints of schema.ts → the field and the words a person reads. A conflict says only
 * which field's value is taken: never the value, nor anything of the record that holds it (issue 10
 * item 13: "(post_license)=(33211) already exists" told an agency of another agency's officer).
 */
const UNIQUES: Record<string, [field: string, message: string]> = {
  officers_post_license: ["/postLicense", "this license number is already in use"],
  organizations_kind_name: ["/name", "this name is already in use by an organization of the same kind"],
  schools_organization_name: ["/name", "this name is already in use by a school of the same district"],
  contact_days_officer_school_day: ["/day", "this officer's contact day at this school on this date is already recorded"],
  users_email: ["/email", "this email address is already in use"],
  users_oidc_identity: ["/oidcSubject", "this single sign-on identity is already linked to an account"],
  supervisions_pk: ["/officerId", "this supervision is already recorded"],
};

/** A duplicate key: the field by the constraint, else by the first column the database names — the value never. */
function conflict(constraint: unknown, column: string | undefined): ClientError {
  const known = UNIQUES[String(constraint)];
  if (known !== undefined) return new ClientError("CONFLICT", known[0], known[1]);
  if (typeof constraint === "string" && constraint.endsWith("_pkey")) return new ClientError("CONFLICT", "/id", "a record with this id already exists");
  return new ClientError("CONFLICT", column === undefined ? "" : `/${camel(column)}`, "this value is already in use");
}

/** A database refusal caused by the request's data, as a ClientError; null for a real fault. */
export function clientErrorFromDatabase(e: unknown): ClientError | null {
  const pg = pgError(e);
  if (pg === null) return null;
  const detail = typeof pg.detail === "string" ? pg.detail : "";
  const column = /Key \(([a-z_]+)[,)]/.exec(detail)?.[1];
  const path = column === undefined ? "" : `/${camel(column)}`;
  switch (pg.code) {
    case "23505":
      return conflict(pg.constraint, column);
    case "23503":
      return detail.includes("is still referenced")
        ? new ClientError("CONFLICT", "", "other records still refer to this one")
        : new ClientError("INVALID_REQUEST", path, "refers to a record that does not exist");
    case "23514": {
      const [field, message] = CHECKS[String(pg.constraint)] ?? ["", `violates ${String(pg.constraint)}`];
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
