import { asc, inArray, sql, type SQL } from "drizzle-orm";
import { appendAudit } from "../audit/append.ts";
import { isAuditEventType } from "../audit/events.ts";
import { exportAudit, filterCondition, type AuditExportFormat, type AuditFilter } from "../audit/export.ts";
import type { AuditEvent } from "../audit/hash.ts";
import { entityVocabulary, eventVocabulary } from "../audit/labels.ts";
import { countEvents, nearestSeq, organizationsOf, readEvents, readEventsNewestFirst } from "../audit/read.ts";
import { verifyAudit, type AuditProblem, type AuditProblemKind } from "../audit/verify.ts";
import { systemPolicy } from "../policies/system.ts";
import { arrayLiteral } from "../store/database.ts";
import { organizations } from "../store/schema.ts";
import type { ServiceContext } from "./context.ts";
import { invalidField, refuseAccess } from "./errors.ts";
import { requirePurpose } from "./records/define.ts";

/**
 * The audit trail through the front door (issue 10 item 4, issue 11 item 5): read a page of it,
 * export it, verify its chain, and the words to show it in. The administrator reads all of it, an
 * auditor the events of the organizations assigned to them (all of those, or one). The trail is
 * private (security information, Minn. Stat. § 13.37 subd. 2; decision 0007), so a read needs a
 * purpose and is itself recorded — as PRIVATE_DATA_READ for a page, as AUDIT_EXPORTED (with the
 * purpose) for an export. Verification: decision 0018.
 */
export interface AuditQuery {
  /** A date (YYYY-MM-DD, whole days where the program runs) or an instant with its offset; included. */
  from?: string | undefined;
  to?: string | undefined;
  /** Catalogue event types, comma-separated. */
  type?: string | undefined;
  /** The actor's id, or a part of their name. */
  actor?: string | undefined;
  organizationId?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
}

export interface AuditPageQuery extends AuditQuery {
  /** oldest (the default): seq ascending, the next page after `afterSeq`; newest: descending, before `beforeSeq`. */
  order?: "oldest" | "newest" | undefined;
  afterSeq?: number | undefined;
  beforeSeq?: number | undefined;
  limit?: number | undefined;
}

export interface AuditPage {
  items: AuditEvent[];
  /** How many events match the filters (within the caller's organizations). */
  total: number;
  /** Give it as afterSeq (oldest first) or beforeSeq (newest first) for the next page; null on the last one. */
  next: number | null;
  /** The organizations the page's events concern, by name (public data: decision (a) of the access matrix). */
  organizations: { id: string; name: string }[];
}

const ENTITY = "audit_events";
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const WHEN = "must be a date (2026-11-30) or a date and time with its offset (2026-11-30T14:00:00Z)";

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

function isWhen(value: string): boolean {
  return isRealDate(value) || (INSTANT.test(value) && isRealDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)));
}

/** The types a `type` filter names (comma-separated). */
function typesOf(type: string | undefined): string[] | undefined {
  const types = type?.split(",").map((t) => t.trim()).filter((t) => t !== "");
  return types === undefined || types.length === 0 ? undefined : types;
}

/**
 * The first filter that is not one, with the field it is in (a JSON Pointer into the query), or null.
 * The route calls it before anything else to answer 400 naming the field; the service calls it again
 * for any other caller.
 */
export function auditQueryProblem(q: AuditPageQuery): { path: string; message: string } | null {
  if (q.order === "newest" && q.afterSeq !== undefined) return { path: "/afterSeq", message: "pages newest first go on with beforeSeq" };
  if (q.order !== "newest" && q.beforeSeq !== undefined) return { path: "/beforeSeq", message: "pages oldest first go on with afterSeq (or give order=newest)" };
  if (q.from !== undefined && !isWhen(q.from)) return { path: "/from", message: WHEN };
  if (q.to !== undefined && !isWhen(q.to)) return { path: "/to", message: WHEN };
  if (q.from !== undefined && q.to !== undefined) {
    // Same form: compare as written (instants by time); mixed: by their dates.
    const both = [q.from, q.to];
    const [from, to] = both.every((v) => DATE.test(v)) ? both : both.every((v) => !DATE.test(v)) ? both.map((v) => new Date(v).toISOString()) : both.map((v) => v.slice(0, 10));
    if ((to ?? "") < (from ?? "")) return { path: "/to", message: "must not be before the start of the range (from)" };
  }
  const unknown = (typesOf(q.type) ?? []).filter((t) => !isAuditEventType(t));
  if (unknown.length > 0) return { path: "/type", message: `${unknown.join(", ")} ${unknown.length === 1 ? "is not an event type" : "are not event types"} of the audit trail (see GET /api/v1/audit/vocabulary)` };
  return null;
}

async function allowedFilter(ctx: ServiceContext, zone: string, q: AuditQuery): Promise<{ filter: AuditFilter; legalBasis: string }> {
  const may = systemPolicy.readAudit(ctx.actor);
  if (!may.allowed) return refuseAccess(ctx, may.reason, { entity: ENTITY });
  if (may.organizations !== "all" && q.organizationId !== undefined && !may.organizations.includes(q.organizationId.toLowerCase())) {
    await refuseAccess(ctx, "that organization is not assigned to you", { entity: ENTITY, organizationId: q.organizationId });
  }
  const problem = auditQueryProblem(q);
  if (problem !== null) throw invalidField(problem.path, problem.message);
  const filter: AuditFilter = {
    zone, from: q.from, to: q.to, entity: q.entity, entityId: q.entityId, organizationId: q.organizationId, actor: q.actor, types: typesOf(q.type),
    // An auditor without an organization chosen reads all of theirs, and only theirs.
    ...(may.organizations === "all" || q.organizationId !== undefined ? {} : { organizationIds: may.organizations }),
  };
  return { filter, legalBasis: may.reason };
}

async function organizationNames(ctx: ServiceContext, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return ctx.db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, [...ids])).orderBy(asc(organizations.name));
}

/** A page of events, oldest first, after `afterSeq`; the read is recorded with its purpose. */
export async function readAuditTrail(ctx: ServiceContext, zone: string, q: AuditPageQuery): Promise<AuditPage> {
  const { filter, legalBasis } = await allowedFilter(ctx, zone, q);
  const purpose = requirePurpose(ctx, "audit events");
  const limit = q.limit ?? 200;
  const where = filterCondition(filter);
  let items: AuditEvent[] = [];
  // One page one larger than asked says whether another follows.
  if (q.order === "newest") {
    items = await readEventsNewestFirst(ctx.db, { where, beforeSeq: q.beforeSeq, limit: limit + 1 });
  } else {
    for await (const page of readEvents(ctx.db, { where, afterSeq: q.afterSeq ?? 0, pageSize: limit + 1 })) {
      items = page;
      break;
    }
  }
  const more = items.length > limit;
  if (more) items = items.slice(0, limit);
  const total = await countEvents(ctx.db, where);
  const orgIds = [...new Set(items.map((e) => e.organizationId).filter((id): id is string => id !== null))];
  await ctx.db.transaction((tx) =>
    appendAudit(tx, {
      type: "PRIVATE_DATA_READ", actor: ctx.actor, entity: ENTITY, organizationId: q.organizationId ?? null, purpose, legalBasis,
      after: { records: items.length }, ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null,
    }),
  );
  return { items, total, next: more ? (items.at(-1)?.seq ?? null) : null, organizations: await organizationNames(ctx, orgIds) };
}

/** The trail (or the filtered part of it) as CSV or JSON; recorded first as AUDIT_EXPORTED with the purpose. */
export async function exportAuditTrail(ctx: ServiceContext, zone: string, q: AuditQuery, format: AuditExportFormat): Promise<string> {
  const { filter } = await allowedFilter(ctx, zone, q);
  const purpose = requirePurpose(ctx, "audit events");
  const chunks: string[] = [];
  await exportAudit(ctx.db, {
    actor: ctx.actor, format, filter, purpose, write: (c) => { chunks.push(c); },
    ...(typeof ctx.origin?.ip === "string" ? { ip: ctx.origin.ip } : {}), ...(typeof ctx.origin?.userAgent === "string" ? { userAgent: ctx.origin.userAgent } : {}),
  });
  return chunks.join("");
}

/** The words of the trail: its event types and kinds of things, and the organizations the caller may filter by. */
export async function auditVocabulary(ctx: ServiceContext): Promise<{
  eventTypes: { type: string; sentence: string; group: string }[];
  entities: { entity: string; words: string }[];
  organizations: { id: string; name: string }[];
  shows: "all" | "assigned";
}> {
  const may = systemPolicy.readAudit(ctx.actor);
  if (!may.allowed) return refuseAccess(ctx, may.reason, { entity: ENTITY });
  const orgs =
    may.organizations === "all"
      ? await ctx.db.select({ id: organizations.id, name: organizations.name }).from(organizations).orderBy(asc(organizations.name))
      : await organizationNames(ctx, may.organizations);
  return { eventTypes: eventVocabulary(), entities: entityVocabulary(), organizations: orgs, shows: may.organizations === "all" ? "all" : "assigned" };
}

// ── Verification (decision 0018) ────────────────────────────────────────────────────────────────

export interface VerifiedProblem {
  kind: AuditProblemKind;
  /** The event concerned, when the caller may read it; null when the break is placed between events they may read. */
  seq: number | null;
  message: string;
}

export interface AuditTrailVerification {
  intact: boolean;
  /** Events in the whole chain. */
  events: number;
  /** The last event: note it elsewhere to compare later. */
  head: { seq: number; hash: string } | null;
  /** How many breaks were found (only the first MAX_DESCRIBED are described). */
  problemCount: number;
  problems: VerifiedProblem[];
  /** Whose events the answer names: every event, or the caller's organizations'. */
  shows: "all" | "assigned";
}

const MAX_DESCRIBED = 50;

const BREAK: Record<AuditProblemKind, string> = {
  EDITED: "an event you may not read was changed after it was written",
  MISSING: "events were deleted, or renumbered",
  REORDERED: "an event you may not read was moved (its number changed)",
  BROKEN_LINK: "the chain is broken: an event you may not read was rewritten or replaced",
};

/** A break at an event the caller may read (the administrator: every event), in plain words. */
async function named(ctx: ServiceContext, p: AuditProblem): Promise<string> {
  switch (p.kind) {
    case "EDITED":
      return `Event #${p.seq} was changed after it was written: its content no longer matches its hash. Compare it with a backup or an earlier export to see what changed.`;
    case "REORDERED":
      return `Event #${p.seq} is out of place: its number was changed after it was written (its content is intact).`;
    case "BROKEN_LINK":
      return `Event #${p.seq} does not follow the event before it: that event was rewritten (its hash recomputed) or replaced.`;
    case "MISSING": {
      const next = await nearestSeq(ctx.db, p.seq, "after", sql`true`);
      const last = next === null ? null : next - 1;
      return last === null || last === p.seq
        ? `Event #${p.seq} is missing: it was deleted from the database, or renumbered.`
        : `Events #${p.seq} to #${last} are missing: they were deleted from the database, or renumbered.`;
    }
  }
}

/** A break at an event the auditor may not read, placed between the nearest events they may read. */
async function placed(ctx: ServiceContext, p: AuditProblem, readable: SQL): Promise<string> {
  const before = await nearestSeq(ctx.db, p.seq, "before", readable);
  const after = await nearestSeq(ctx.db, p.kind === "MISSING" ? p.seq - 1 : p.seq, "after", readable);
  const what = BREAK[p.kind];
  const where =
    before !== null && after !== null
      ? `between event #${before} and event #${after} of the events you may read`
      : before !== null
        ? `after event #${before}, the last of the events you may read`
        : after !== null
          ? `before event #${after}, the first of the events you may read`
          : "among events you may not read";
  return `${what[0]?.toUpperCase() ?? ""}${what.slice(1)}, ${where}.`;
}

/** The hash chain's verification: the whole chain, named as far as the caller may read (decision 0018). */
export async function verifyAuditTrail(ctx: ServiceContext): Promise<AuditTrailVerification> {
  const may = systemPolicy.verifyAudit(ctx.actor);
  if (!may.allowed) return refuseAccess(ctx, may.reason, { entity: ENTITY });
  const result = await verifyAudit(ctx.db);
  const described = result.problems.slice(0, MAX_DESCRIBED);
  const problems: VerifiedProblem[] = [];
  if (may.organizations === "all") {
    for (const p of described) problems.push({ kind: p.kind, seq: p.seq, message: await named(ctx, p) });
  } else {
    const assigned = may.organizations.map((id) => id.toLowerCase());
    const readable = sql`organization_id = any(${arrayLiteral(assigned)}::uuid[])`;
    // A missing event has no organization: it is never one the auditor may read.
    const orgOf = await organizationsOf(ctx.db, described.filter((p) => p.kind !== "MISSING").map((p) => p.seq));
    for (const p of described) {
      const org = orgOf.get(p.seq);
      const mayRead = p.kind !== "MISSING" && org !== undefined && org !== null && assigned.includes(org);
      problems.push(mayRead ? { kind: p.kind, seq: p.seq, message: await named(ctx, p) } : { kind: p.kind, seq: null, message: await placed(ctx, p, readable) });
    }
  }
  return { intact: result.ok, events: result.events, head: result.head, problemCount: result.problems.length, problems, shows: may.organizations === "all" ? "all" : "assigned" };
}
