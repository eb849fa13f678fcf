import { sql, type SQL } from "drizzle-orm";
import { HEADLINE_LABELS, type Headline } from "../status/headline.ts";
import { queryRows } from "../store/database.ts";
import type { ServiceContext } from "./context.ts";
import { loadOfficerRecords } from "../store/officer-records.ts";
import { readingsInForce } from "./readings.ts";
import { refreshStale, statusRows } from "./status.ts";
import { compareForAction } from "../status/headline.ts";
import { officerReach, officerScope } from "../policies/reach.ts";
import { officerCondition } from "./records/access.ts";
import { ClientError } from "./errors.ts";
import { schoolsServed, type SchoolServed } from "./schools-served.ts";

/**
 * Officers with their current status, filtered and ordered for the people who act on them: "who needs
 * action first" is the default order (headline rank, then the earliest date, then name). A district
 * filter uses the district's own view of each officer (its policy applied).
 */
export interface StatusListQuery {
  headline?: Headline;
  statuteStatus?: string;
  path?: string;
  agencyId?: string;
  districtId?: string;
  schoolId?: string;
  q?: string;
  sort?: "action" | "name" | "dueOn";
  /** Ascending by default; descending turns the whole order round (ties still broken the same way round). */
  order?: "asc" | "desc";
  limit?: number;
  offset?: number;
}

export interface StatusListItem {
  officerId: string;
  name: string;
  postLicense: string;
  agencyId: string;
  agencyName: string;
  districtId: string | null;
  headline: Headline;
  headlineLabel: string;
  statuteStatus: string;
  policyStatus: string;
  path: string | null;
  actionDueOn: string | null;
  deadlineEffective: string | null;
  refresherDue: string | null;
  substituteCount: number | null;
  flags: { code: string; severity: string }[];
  /** The schools the officer serves (their current assignments; an upcoming one when they start untrained), by name. */
  schools: SchoolServed[];
}

/** The columns of each order, most significant first (constants: safe to write into the statement). */
const ORDER_COLUMNS: Record<NonNullable<StatusListQuery["sort"]>, readonly string[]> = {
  action: ["s.action_rank", "s.action_due_on", "o.last_name", "o.first_name", "o.id"],
  name: ["o.last_name", "o.first_name", "o.id"],
  dueOn: ["s.action_due_on", "o.last_name", "o.first_name", "o.id"],
};

/** An order in either direction; officers with no due date come last both ways. */
function orderBy(sort: NonNullable<StatusListQuery["sort"]>, order: NonNullable<StatusListQuery["order"]>): SQL {
  return sql.raw(ORDER_COLUMNS[sort].map((c) => `${c} ${order}${c === "s.action_due_on" ? " nulls last" : ""}`).join(", "));
}

export async function listStatuses(ctx: ServiceContext, query: StatusListQuery): Promise<{ items: StatusListItem[]; total: number; limit: number; offset: number; asOf: string }> {
  const today = ctx.today();
  await refreshStale(ctx.db, today);
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  const where: SQL[] = [query.districtId === undefined ? sql`s.view = 'officer'` : sql`s.view = ${query.districtId}`];
  const scope = officerCondition(officerScope(ctx.actor), sql`s.officer_id`);
  if (scope !== undefined) where.push(scope);
  if (query.headline !== undefined) where.push(sql`s.headline = ${query.headline}`);
  if (query.statuteStatus !== undefined) where.push(sql`s.statute_status = ${query.statuteStatus}`);
  if (query.path !== undefined) where.push(sql`s.path = ${query.path}`);
  if (query.agencyId !== undefined) where.push(sql`o.agency_id = ${query.agencyId}`);
  if (query.schoolId !== undefined) {
    // The officers serving the school today — and those about to start there untrained (docs/decisions/0011).
    where.push(sql`exists (select 1 from assignments x where x.officer_id = o.id and x.school_id = ${query.schoolId} and (x.start_on <= ${today} or s.headline = 'STARTS_UNTRAINED') and (x.end_on is null or x.end_on >= ${today}))`);
  }
  if (query.q !== undefined && query.q.trim() !== "") {
    // Case-insensitive on the license too (it may hold letters: "A12345"); % and _ are searched as written.
    const like = `%${query.q.trim().toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
    where.push(sql`(lower(o.last_name || ', ' || o.first_name) like ${like} or lower(o.first_name || ' ' || o.last_name) like ${like} or lower(o.post_license) like ${like})`);
  }
  const condition = sql.join(where, sql` and `);
  const limit = query.limit ?? 100;
  const offset = query.offset ?? 0;
  const rows = await queryRows<{
    officer_id: string; name: string; post_license: string; agency_id: string; agency_name: string; district_id: string | null; headline: Headline;
    statute_status: string; policy_status: string; path: string | null; action_due_on: string | null; deadline_effective: string | null;
    refresher_due: string | null; substitute_count: number | null; flags: { code: string; severity: string }[];
  }>(
    ctx.db,
    sql`select o.id as officer_id, o.last_name || ', ' || o.first_name as name, o.post_license, o.agency_id, a.name as agency_name, s.district_id,
               s.headline, s.statute_status, s.policy_status, s.path, s.action_due_on::text as action_due_on,
               s.deadline_effective::text as deadline_effective, s.refresher_due::text as refresher_due, s.substitute_count,
               s.flags
        from officer_status s join officers o on o.id = s.officer_id join organizations a on a.id = o.agency_id
        where ${condition} order by ${orderBy(query.sort ?? "action", query.order ?? "asc")} limit ${limit} offset ${offset}`,
  );
  const [total] = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from officer_status s join officers o on o.id = s.officer_id where ${condition}`);
  // One more query for the page's schools (not a join in the list's own: an officer at two schools stays one row).
  const served = await schoolsServed(ctx.db, rows.map((r) => r.officer_id), today, new Set(rows.filter((r) => r.headline === "STARTS_UNTRAINED").map((r) => r.officer_id)));
  return {
    asOf: today,
    limit,
    offset,
    total: total?.n ?? 0,
    items: rows.map((r) => ({
      officerId: r.officer_id, name: r.name, postLicense: r.post_license, agencyId: r.agency_id, agencyName: r.agency_name, districtId: r.district_id,
      headline: r.headline, headlineLabel: HEADLINE_LABELS[r.headline], statuteStatus: r.statute_status, policyStatus: r.policy_status, path: r.path,
      actionDueOn: r.action_due_on, deadlineEffective: r.deadline_effective, refresherDue: r.refresher_due, substituteCount: r.substitute_count, flags: r.flags,
      schools: served.get(r.officer_id) ?? [],
    })),
  };
}

/**
 * Every officer's officer-wide status as of another date than today, evaluated on the spot by the
 * same engine call as the cache (for `sroc status --as-of` and what-if views), in action order.
 */
export async function statusesAsOf(ctx: ServiceContext, asOf: string): Promise<StatusListItem[]> {
  const options = await readingsInForce(ctx.db);
  const agencies = new Map((await queryRows<{ id: string; name: string }>(ctx.db, sql`select id, name from organizations where kind = 'AGENCY'`)).map((a) => [a.id, a.name]));
  const licenses = new Map((await queryRows<{ id: string; post_license: string }>(ctx.db, sql`select id, post_license from officers`)).map((o) => [o.id, o.post_license]));
  const items: StatusListItem[] = [];
  const ranks = new Map<string, number>();
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  for (const records of await loadOfficerRecords(ctx.db, "all")) {
    if (!canSee(ctx, records)) continue;
    const [row] = statusRows(records, asOf, options);
    if (row === undefined) continue;
    const headline = row.headline as Headline;
    items.push({
      officerId: records.officerId, name: records.name, postLicense: licenses.get(records.officerId) ?? "", agencyId: records.agencyId,
      agencyName: agencies.get(records.agencyId) ?? "", districtId: null, headline, headlineLabel: HEADLINE_LABELS[headline],
      statuteStatus: row.statuteStatus, policyStatus: row.policyStatus, path: row.path ?? null, actionDueOn: row.actionDueOn ?? null,
      deadlineEffective: row.deadlineEffective ?? null, refresherDue: row.refresherDue ?? null, substituteCount: row.substituteCount ?? null,
      flags: row.answer.flags.map((f) => ({ code: f.code, severity: f.severity })),
      schools: [],
    });
    ranks.set(records.officerId, row.actionRank);
  }
  // The rank the cache would hold (a start far ahead shares "Due soon"'s: docs/decisions/0011), not the headline's place.
  const rank = (i: StatusListItem): number => ranks.get(i.officerId) ?? 0;
  const served = await schoolsServed(ctx.db, items.map((i) => i.officerId), asOf, new Set(items.filter((i) => i.headline === "STARTS_UNTRAINED").map((i) => i.officerId)));
  for (const i of items) i.schools = served.get(i.officerId) ?? [];
  return items.sort((a, b) => compareForAction({ rank: rank(a), dueOn: a.actionDueOn, name: a.name }, { rank: rank(b), dueOn: b.actionDueOn, name: b.name }));
}

/** Whether the actor's reach covers the officer (statuses are public data within the reach). */
export function canSee(ctx: ServiceContext, records: { officerId: string; agencyId: string; assignments: readonly { districtId: string; schoolId: string; underContract: boolean }[] }): boolean {
  return officerReach(ctx.actor, {
    officerId: records.officerId,
    agencyId: records.agencyId,
    placements: records.assignments.filter((a) => a.underContract).map((a) => ({ districtId: a.districtId, schoolId: a.schoolId })),
  }).reach !== "NONE";
}
