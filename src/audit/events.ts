/**
 * The closed catalogue of audit events: every event the system records is one of these types, each
 * with what it means and which fields it cannot be written without (appendAudit refuses an event
 * that lacks one, and the type of its input makes the same demand at compile time). The actor — who
 * acted — is always required and is not listed. A new kind of event is a new entry here, never a
 * free-form string at the call site.
 *
 * Conventions for the optional fields:
 *   organizationId  the organization (agency, district, charter school) the event concerns
 *   entity/entityId the kind of thing acted on, by its plural name ("officers", "courses", "users", …),
 *                   and its id
 *   before/after    for a change, the values before and after it (only the fields that changed is
 *                   enough — see changedFields in append.ts); for an event that is not a change, what
 *                   it produced or concerned (a summary), in `after`
 *   purpose         why private or confidential data was read (as the reader gave it)
 *   legalBasis      the authority relied on (e.g. "Minn. Stat. § 13.43 subd. 4")
 *   ip/userAgent    where a request came from (the HTTP front door; absent on the command line)
 */
export const AUDIT_FIELDS = ["organizationId", "entity", "entityId", "before", "after", "purpose", "legalBasis", "ip", "userAgent"] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

export const AUDIT_CATEGORIES = ["session", "account", "record", "data", "system"] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

export interface AuditEventDefinition {
  readonly category: AuditCategory;
  readonly description: string;
  readonly requires: readonly AuditField[];
}

export const AUDIT_EVENTS = {
  // ── Sessions ──────────────────────────────────────────────────────────────────────────────────
  SIGN_IN: {
    category: "session",
    description: "A person signed in (password and, when enabled, second factor; or single sign-on). The actor is the account; `after` may say how (method).",
    requires: [],
  },
  SIGN_IN_FAILED: {
    category: "session",
    description:
      "A sign-in was refused (unknown account, wrong password, disabled account). The actor is the account tried when it exists, else anonymousActor(<the e-mail given>); `after` holds the e-mail given and the reason or the count of failures in a row.",
    requires: ["after"],
  },
  SIGN_OUT: {
    category: "session",
    description: "A person signed out, or their session was ended (expired or revoked by an administrator).",
    requires: [],
  },
  ACCOUNT_LOCKED: {
    category: "session",
    description: "An account was locked after repeated failed sign-ins. The actor is the account; `after` holds when the lock ends.",
    requires: ["after"],
  },
  SECOND_FACTOR_ENABLED: {
    category: "session",
    description: "A person enabled (or re-enrolled) a second factor (TOTP). `entityId` is the user; the secret is never recorded.",
    requires: ["entity", "entityId"],
  },
  SECOND_FACTOR_FAILED: {
    category: "session",
    description: "A second-factor code was wrong or reused. The actor is the account that gave it; `after` may hold the count of failures in a row.",
    requires: [],
  },
  PASSWORD_CHANGED: {
    category: "session",
    description: "A password was set or changed (by its owner or reset by an administrator). `entityId` is the user; no password or hash is recorded.",
    requires: ["entity", "entityId"],
  },

  // ── Accounts and rights ───────────────────────────────────────────────────────────────────────
  USER_CREATED: {
    category: "account",
    description: "An account was created. `after` is the account (never its password hash or second-factor secret).",
    requires: ["entity", "entityId", "after"],
  },
  USER_UPDATED: {
    category: "account",
    description:
      "An account was changed (name, e-mail, administrator, disabled, linked officer, whom a supervisor supervises). `after` is what changed; `before` what it replaced, when something was replaced.",
    requires: ["entity", "entityId", "after"],
  },
  USER_DISABLED: {
    category: "account",
    description: "An administrator disabled an account: it cannot sign in, and its sessions ended at once. `after` holds how many sessions ended.",
    requires: ["entity", "entityId", "after"],
  },
  USER_ENABLED: {
    category: "account",
    description: "An administrator enabled a disabled account again: it may sign in with its password.",
    requires: ["entity", "entityId"],
  },
  PASSWORD_RESET: {
    category: "account",
    description:
      "An administrator gave an account a new temporary password (shown to the administrator once, never recorded); the person must choose their own at the next sign-in, and their sessions ended.",
    requires: ["entity", "entityId"],
  },
  SECOND_FACTOR_REQUIREMENT_CHANGED: {
    category: "account",
    description: "An administrator changed which roles must use a second factor. `before`/`after` are the roles (and whether administrators must).",
    requires: ["before", "after"],
  },
  MEMBERSHIP_GRANTED: {
    category: "account",
    description: "A person was given a role in an organization. `after` is the membership (user, role, school).",
    requires: ["organizationId", "entity", "entityId", "after"],
  },
  MEMBERSHIP_REVOKED: {
    category: "account",
    description: "A person's role in an organization was taken away. `before` is the membership that ended.",
    requires: ["organizationId", "entity", "entityId", "before"],
  },

  // ── Records ───────────────────────────────────────────────────────────────────────────────────
  RECORD_CREATED: {
    category: "record",
    description: "A record (organization, school, officer, assignment, course, contact day, policy review, …) was created. `after` is the record.",
    requires: ["entity", "entityId", "after"],
  },
  RECORD_UPDATED: {
    category: "record",
    description: "A record was changed. `before`/`after` are the changed fields.",
    requires: ["entity", "entityId", "before", "after"],
  },
  RECORD_REMOVED: {
    category: "record",
    description: "A record was removed. `before` is the record as it was.",
    requires: ["entity", "entityId", "before"],
  },
  RECORD_RESTORED: {
    category: "record",
    description: "A removed record (a course, a policy review: training evidence is removed reversibly, docs/decisions/0017) was restored and counts again. `before` holds when and by whom it had been removed; `after` is the record.",
    requires: ["entity", "entityId", "before", "after"],
  },
  CERTIFICATE_UPLOADED: {
    category: "record",
    description: "A training certificate was uploaded. `after` describes the file (name, type, size, SHA-256), never its content.",
    requires: ["entity", "entityId", "after"],
  },

  // ── Reads of private or confidential data ─────────────────────────────────────────────────────
  CERTIFICATE_DOWNLOADED: {
    category: "data",
    description: "A training certificate (private personnel data) was downloaded.",
    requires: ["entity", "entityId"],
  },
  PRIVATE_DATA_READ: {
    category: "data",
    description:
      "Private or confidential data on individuals was read (an officer's record, status or history): `purpose` is the purpose the reader gave, `legalBasis` why they may; `entity`/`entityId` say what (no `entityId` for a list, and `after` holds how many records).",
    requires: ["entity", "purpose"],
  },
  CERTIFICATE_ALTERED: {
    category: "data",
    description:
      "A training certificate's stored bytes no longer match the SHA-256 recorded at its upload, found on a download (which was refused). `after` holds the file name, the officer, the recorded and the present SHA-256 and size; never the content.",
    requires: ["entity", "entityId", "after"],
  },
  AUDIT_EXPORTED: {
    category: "data",
    description: "The audit trail (or a filtered part of it) was exported. `after` holds the format and the filters; the export holds the events before this one.",
    requires: ["after"],
  },
  ACCESS_DENIED: {
    category: "data",
    description: "An actor was refused an operation their roles do not allow. `entity`/`entityId` say what it concerned; `after` holds the reason given.",
    requires: ["entity"],
  },

  // ── System ────────────────────────────────────────────────────────────────────────────────────
  READINGS_CHANGED: {
    category: "system",
    description: "The readings of law.md §12 in force (settings) were changed. `before`/`after` are the readings.",
    requires: ["before", "after"],
  },
  IMPORT_COMPLETED: {
    category: "system",
    description:
      "A file was imported (one event for the whole import, not one per row). `entity` is the import kind; `after` holds the file name, its SHA-256 and the counts created/updated/unchanged/skipped.",
    requires: ["entity", "after"],
  },
  DEMO_LOADED: {
    category: "system",
    description: "The demo data was loaded. `after` holds what was loaded (counts) and the date it is relative to.",
    requires: ["after"],
  },
} as const satisfies Record<string, AuditEventDefinition>;

export type AuditEventType = keyof typeof AUDIT_EVENTS;

/** The fields an event of type T cannot be written without (besides the actor). */
export type RequiredAuditField<T extends AuditEventType> = (typeof AUDIT_EVENTS)[T]["requires"][number];

// Object.keys is typed string[]; the keys of the catalogue are exactly its types.
export const AUDIT_EVENT_TYPES = Object.keys(AUDIT_EVENTS) as AuditEventType[];

export function isAuditEventType(value: string): value is AuditEventType {
  return Object.hasOwn(AUDIT_EVENTS, value);
}
