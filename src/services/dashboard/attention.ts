import { sql, type SQL } from "drizzle-orm";
import { isoDay } from "../../rules/calendar/day.ts";
import { lawInForce } from "../../rules/index.ts";
import { HEADLINE_LABELS, type Headline } from "../../status/headline.ts";
import { queryRows } from "../../store/database.ts";
import { loadOfficerRecords } from "../../store/officer-records.ts";
import { officerScope } from "../../policies/reach.ts";
import type { ServiceContext } from "../context.ts";
import { ClientError } from "../errors.ts";
import { readingsInForce } from "../readings.ts";
import { officerCondition } from "../records/access.ts";
import { refreshStale, statusRows } from "../status.ts";

/**
 * Two of the dashboard's lists, each read off the engine's answers for the officers within the
 * caller's reach: the exempt substitutes closest to the statute's threshold of student contact days
 * (subd. 3(d)), and the SROs whose answer says clauses (4) and (5) of subd. 2(a) are not yet required
 * of them (subd. 3(c) and 3(d)) — whom a district cannot yet rely on for safety-drill advice and
 * vulnerability assessments. `districtId` reads the district's view of each officer (its policy applied).
 */
export interface AttentionFilter {
  districtId?: string;
  limit?: number;
}

interface CachedOfficer {
  officer_id: string;
  name: string;
  agency_name: string;
  headline: Headline;
  statute_status: string;
  path: string | null;
  substitute_count: number | null;
  deadline_effective: string | null;
}

function cachedOfficers(ctx: ServiceContext, filter: AttentionFilter, condition: SQL, order: SQL): Promise<CachedOfficer[]> {
  const view = filter.districtId ?? "officer";
  const reach = officerCondition(officerScope(ctx.actor), sql`s.officer_id`) ?? sql`true`;
  return queryRows<CachedOfficer>(
    ctx.db,
    sql`select o.id as officer_id, o.last_name || ', ' || o.first_name as name, a.name as agency_name, s.headline, s.statute_status, s.path,
               s.substitute_count, s.deadline_effective::text as deadline_effective
        from officer_status s join officers o on o.id = s.officer_id join organizations a on a.id = o.agency_id
        where s.view = ${view} and ${reach} and ${condition} order by ${order}`,
  );
}

export interface NearingSubstitute {
  officerId: string;
  name: string;
  agencyName: string;
  substituteCount: number;
  headline: Headline;
  headlineLabel: string;
}

export async function substitutesNearingThreshold(ctx: ServiceContext, filter: AttentionFilter): Promise<{ asOf: string; threshold: number; total: number; items: NearingSubstitute[] }> {
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  const today = ctx.today();
  await refreshStale(ctx.db, today);
  const rows = await cachedOfficers(ctx, filter, sql`s.statute_status = 'SUBSTITUTE_EXEMPT' and s.substitute_count is not null`, sql`s.substitute_count desc, o.last_name, o.first_name, o.id`);
  return {
    asOf: today,
    threshold: lawInForce(isoDay(today)).substituteThreshold,
    total: rows.length,
    items: rows.slice(0, filter.limit ?? 10).map((r) => ({
      officerId: r.officer_id, name: r.name, agencyName: r.agency_name, substituteCount: r.substitute_count ?? 0, headline: r.headline, headlineLabel: HEADLINE_LABELS[r.headline],
    })),
  };
}

export interface RelievedOfficer {
  officerId: string;
  name: string;
  agencyName: string;
  notRequiredDuties: number[];
  statuteStatus: string;
  path: string | null;
  /** The training deadline: the relief ends when the course is completed, not on this date. */
  deadlineEffective: string | null;
  headline: Headline;
  headlineLabel: string;
  /** The engine's own words for the relief (the flag that explains it), when it raised one. */
  reason: string | null;
}

/** The flags whose message explains why clauses (4) and (5) are not yet required. */
const RELIEF_FLAGS = ["GRACE_PERIOD_ACTIVE", "SUB_EXEMPT", "GRACE_EXPIRED"];

export async function relievedDuties(ctx: ServiceContext, filter: AttentionFilter): Promise<{ asOf: string; clauses: number[]; items: RelievedOfficer[] }> {
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  const today = ctx.today();
  await refreshStale(ctx.db, today);
  // The engine relieves the duties only on the grace and substitute paths (rules/training/determine.ts,
  // step 7 and R-SUB-1): only those officers are re-evaluated, and the answer decides.
  const candidates = await cachedOfficers(ctx, filter, sql`s.path in ('GRACE', 'SUBSTITUTE')`, sql`o.last_name, o.first_name, o.id`);
  const byId = new Map(candidates.map((c) => [c.officer_id, c]));
  const options = await readingsInForce(ctx.db);
  const view = filter.districtId ?? "officer";
  const items: RelievedOfficer[] = [];
  for (const records of await loadOfficerRecords(ctx.db, [...byId.keys()])) {
    const row = statusRows(records, today, options).find((r) => r.view === view);
    const cached = byId.get(records.officerId);
    if (row === undefined || cached === undefined || row.answer.notRequiredDuties.length === 0) continue;
    const headline = row.headline as Headline;
    items.push({
      officerId: records.officerId, name: cached.name, agencyName: cached.agency_name, notRequiredDuties: row.answer.notRequiredDuties, statuteStatus: row.answer.statuteStatus,
      path: row.answer.path, deadlineEffective: row.answer.deadlineEffective, headline, headlineLabel: HEADLINE_LABELS[headline],
      reason: row.answer.flags.find((f) => RELIEF_FLAGS.includes(f.code))?.message ?? null,
    });
  }
  items.sort((a, b) => a.name.localeCompare(b.name));
  return { asOf: today, clauses: [...lawInForce(isoDay(today)).relievedClauses], items };
}
