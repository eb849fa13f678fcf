import { AUDIT_EVENT_TYPES, AUDIT_EVENTS, isAuditEventType, type AuditCategory, type AuditEventType } from "./events.ts";

/**
 * The audit trail in the words a person reads (issue 11, item 5: the audit-trail page shows what
 * happened, never the catalogue's SCREAMING_CASE names). One sentence per catalogue event, said of the
 * actor ("Avery Auditor exported the audit trail"), and a plain name for each kind of thing an event
 * concerns. The server serves them (GET /api/v1/audit/vocabulary), so the web keeps no copy.
 *
 * The map is not typed Record<AuditEventType, …> on purpose: a new event added to the catalogue must
 * not break the build of whoever adds it; labels.test.ts fails until it has its sentence here, and
 * meanwhile the page says "did something recorded under <its group>".
 */
const SENTENCES: Readonly<Record<string, string>> = {
  SIGN_IN: "signed in",
  SIGN_IN_FAILED: "was refused sign-in",
  SIGN_OUT: "signed out, or their session ended",
  ACCOUNT_LOCKED: "was locked out after repeated failed sign-ins",
  SECOND_FACTOR_ENABLED: "set up a second factor",
  SECOND_FACTOR_FAILED: "gave a wrong or reused second-factor code",
  PASSWORD_CHANGED: "set or changed a password",
  USER_CREATED: "created an account",
  USER_UPDATED: "changed an account",
  USER_DISABLED: "disabled an account",
  USER_ENABLED: "enabled an account again",
  PASSWORD_RESET: "gave an account a new temporary password",
  SECOND_FACTOR_REQUIREMENT_CHANGED: "changed which roles must use a second factor",
  MEMBERSHIP_GRANTED: "gave someone a role",
  MEMBERSHIP_REVOKED: "took a role away from someone",
  RECORD_CREATED: "added a record",
  RECORD_UPDATED: "changed a record",
  RECORD_REMOVED: "removed a record",
  RECORD_RESTORED: "restored a removed record",
  CERTIFICATE_UPLOADED: "uploaded a training certificate",
  CERTIFICATE_DOWNLOADED: "downloaded a training certificate",
  PRIVATE_DATA_READ: "read private data",
  CERTIFICATE_ALTERED: "asked for a training certificate whose stored file had been altered (the download was refused)",
  AUDIT_EXPORTED: "exported the audit trail",
  ACCESS_DENIED: "was refused something their roles do not allow",
  READINGS_CHANGED: "changed how the law is read (the settings in force)",
  IMPORT_COMPLETED: "imported a file",
  DEMO_LOADED: "loaded the demonstration data",
};

/** The catalogue's groups, as the filter shows them. */
const GROUPS: Record<AuditCategory, string> = {
  session: "Signing in",
  account: "Accounts and roles",
  record: "Records",
  data: "Reading and exporting data",
  system: "The system",
};

/** What an actor did, as the end of a sentence that starts with their name. */
export function eventSentence(type: string): string {
  if (Object.hasOwn(SENTENCES, type)) return SENTENCES[type] ?? "";
  if (isAuditEventType(type)) return `did something recorded under ${GROUPS[AUDIT_EVENTS[type].category].toLowerCase()}`;
  return "did something this version does not describe";
}

/** The catalogue's types that have no sentence yet (labels.test.ts holds this empty). */
export function typesWithoutSentence(): AuditEventType[] {
  return AUDIT_EVENT_TYPES.filter((t) => !Object.hasOwn(SENTENCES, t));
}

/** Every catalogue event type with its sentence and its group, in the catalogue's order. */
export function eventVocabulary(): { type: AuditEventType; sentence: string; group: string }[] {
  return AUDIT_EVENT_TYPES.map((type) => ({ type, sentence: eventSentence(type), group: GROUPS[AUDIT_EVENTS[type].category] }));
}

/**
 * What an event concerns, by the plural name the trail records (entity): each kind of record in
 * words. An unknown name is shown with its separators as spaces, so no key reaches a page.
 */
const ENTITIES: Record<string, string> = {
  organizations: "organization",
  schools: "school",
  officers: "officer",
  assignments: "assignment",
  courses: "course",
  "contact-days": "contact day",
  "policy-reviews": "policy review",
  "employer-unable-decisions": "employer-unable decision",
  certificates: "training certificate",
  users: "account",
  memberships: "role",
  settings: "settings",
  imports: "import",
  roster: "roster import",
  demo: "demonstration data",
  audit_events: "audit trail",
  statuses: "compliance status",
};

export function entityWords(entity: string): string {
  return ENTITIES[entity] ?? entity.replace(/[_-]+/g, " ").trim();
}

/** The known kinds of things, for the filter's choices. */
export function entityVocabulary(): { entity: string; words: string }[] {
  return Object.entries(ENTITIES).map(([entity, words]) => ({ entity, words }));
}
