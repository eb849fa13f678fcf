import type { operations } from "../../api/schema.d.ts";
import { query } from "../../api/client.ts";

/**
 * The audit-trail page's shapes (the answers of /api/v1/audit…, from the generated API types) and
 * the small pure helpers the page uses: the filters as a query, each event in words. The words come from the server
 * (GET /api/v1/audit/vocabulary): the page never shows a catalogue name or a stored key.
 */

/** The purpose recorded with each read and export of the trail (it is private data). */
export const PURPOSE = "Reviewing the audit trail";

/** The answers, typed by the types generated from the served document (src/web/api/schema.d.ts). */
type Ops = operations;
export type AuditPage = Ops["listAuditEvents"]["responses"][200]["content"]["application/json"];
export type AuditEvent = AuditPage["items"][number];
export type Organization = AuditPage["organizations"][number];
export type Vocabulary = Ops["getAuditVocabulary"]["responses"][200]["content"]["application/json"];
export type Verification = Ops["verifyAuditTrail"]["responses"][200]["content"]["application/json"];

export interface AuditFilters {
  from: string;
  to: string;
  type: string;
  actor: string;
  organizationId: string;
  entity: string;
  entityId: string;
  /** The table's order (a download is always oldest first, as the chain runs). */
  order: "newest" | "oldest";
}

export const NO_FILTERS: AuditFilters = { from: "", to: "", type: "", actor: "", organizationId: "", entity: "", entityId: "", order: "newest" };

/** The filters' fields, as the API's error paths name them. */
export const FILTER_PATHS = ["/from", "/to", "/type", "/actor", "/organizationId", "/entity", "/entityId"] as const;

/** The query of a page of events (blank filters left out). */
export function pagePath(filters: AuditFilters, cursor: number | null, limit: number): string {
  const after = filters.order === "newest" ? "beforeSeq" : "afterSeq";
  return `/api/v1/audit${query({ ...trimmed(filters), order: filters.order, [after]: cursor ?? undefined, limit })}`;
}

/** The address of a download of every event the filters match. */
export function exportPath(filters: AuditFilters, format: "csv" | "json"): string {
  return `/api/v1/audit/export${query({ ...trimmed(filters), format, purpose: PURPOSE })}`;
}

/** The filters proper, trimmed (not the order). */
function trimmed(filters: AuditFilters): Record<string, string> {
  const keys = (Object.keys(filters) as (keyof AuditFilters)[]).filter((k) => k !== "order");
  return Object.fromEntries(keys.map((k) => [k, filters[k].trim()]));
}

/** What an event concerns, in words: the kind of record as the server names it, else its name with spaces. */
export function concerning(event: AuditEvent, vocabulary: Vocabulary): string {
  if (event.entity === null) return "";
  return vocabulary.entities.find((e) => e.entity === event.entity)?.words ?? event.entity.replace(/[_-]+/g, " ");
}

/** What happened, to follow the actor's name. */
export function sentence(event: AuditEvent, vocabulary: Vocabulary): string {
  return vocabulary.eventTypes.find((t) => t.type === event.type)?.sentence ?? "did something this version does not describe";
}

/** The moment in the program's time zone, as a person writes it. */
export function when(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return d.toLocaleString("en-US", { timeZone: "America/Chicago", year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", second: "2-digit" });
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** The verification's answer as one sentence, then its problems. */
export function verdict(v: Verification): string {
  if (v.intact && v.events === 0) return "The trail is intact: it holds no event yet.";
  if (v.intact && v.events === 1) return "The trail is intact: its one event is as it was written.";
  if (v.intact) return `The trail is intact: all ${plural(v.events, "event", "events")} are as they were written, each sealed to the one before it.`;
  return `The trail is not intact: ${plural(v.problemCount, "problem was", "problems were")} found among ${plural(v.events, "event", "events")}.`;
}

/** The event types grouped as the catalogue groups them, for the filter's choices. */
export function groupedTypes(vocabulary: Vocabulary): { group: string; types: { type: string; sentence: string }[] }[] {
  const groups: { group: string; types: { type: string; sentence: string }[] }[] = [];
  for (const t of vocabulary.eventTypes) {
    let g = groups.find((x) => x.group === t.group);
    if (g === undefined) {
      g = { group: t.group, types: [] };
      groups.push(g);
    }
    g.types.push({ type: t.type, sentence: t.sentence });
  }
  return groups;
}

/** "did something" → "Did something": a choice in a list starts with a capital. */
export function capitalized(text: string): string {
  return text === "" ? text : `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}
