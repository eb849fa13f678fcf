import { sql } from "drizzle-orm";
import { HEADLINES, type Headline } from "../status/headline.ts";
import { queryRows } from "../store/database.ts";
import { loadOfficerRecords } from "../store/officer-records.ts";
import type { ServiceContext } from "./context.ts";
import { readingsInForce } from "./readings.ts";
import { refreshStale, statusRows } from "./status.ts";
import { officerScope } from "../policies/reach.ts";
import { officerCondition } from "./records/access.ts";
import { canSee } from "./status-list.ts";
import { ClientError } from "./errors.ts";

/**
 * How many officers stand where, statewide or per agency, district or school — counted by headline
 * and by the statute's status. For today the counts come from the cache of the engine's answers (kept
 * exact by refreshStale first); for another date every officer is evaluated on the spot, by the same
 * engine call, and counted the same way.
 */
export type Level = "state" | "agency" | "district" | "school";

export interface SummaryGroup {
  id: string | null;
  name: string;
  total: number;
  byHeadline: Record<Headline, number>;
  byStatuteStatus: Record<string, number>;
}

interface CountRow {
  key: string | null;
  headline: Headline;
  statute_status: string;
  n: number;
}

function emptyHeadlines(): Record<Headline, number> {
  return Object.fromEntries(HEADLINES.map((h) => [h, 0])) as Record<Headline, number>;
}

function group(rows: readonly CountRow[], names: ReadonlyMap<string | null, string>): SummaryGroup[] {
  const groups = new Map<string | null, SummaryGroup>();
  for (const r of rows) {
    let g = groups.get(r.key);
    if (g === undefined) {
      g = { id: r.key, name: names.get(r.key) ?? "(unknown)", total: 0, byHeadline: emptyHeadlines(), byStatuteStatus: {} };
      groups.set(r.key, g);
    }
    g.total += r.n;
    g.byHeadline[r.headline] += r.n;
    g.byStatuteStatus[r.statute_status] = (g.byStatuteStatus[r.statute_status] ?? 0) + r.n;
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

async function groupNames(ctx: ServiceContext, level: Level): Promise<Map<string | null, string>> {
  if (level === "state") return new Map([[null, "Minnesota (all agencies)"]]);
  const rows =
    level === "school"
      ? await queryRows<{ id: string; name: string }>(ctx.db, sql`select s.id, s.name || ' (' || o.name || ')' as name from schools s join organizations o on o.id = s.organization_id`)
      : await queryRows<{ id: string; name: string }>(ctx.db, sql`select id, name from organizations`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

function cachedCounts(ctx: ServiceContext, level: Level, today: string): Promise<CountRow[]> {
  const counted = sql`s.headline, s.statute_status, count(*)::int as n`;
  // Only the officers within the caller's reach are counted (everyone for the administrator).
  const reach = officerCondition(officerScope(ctx.actor), sql`s.officer_id`) ?? sql`true`;
  switch (level) {
    case "state":
      return queryRows<CountRow>(ctx.db, sql`select null as key, ${counted} from officer_status s where s.view = 'officer' and ${reach} group by 2, 3`);
    case "agency":
      return queryRows<CountRow>(ctx.db, sql`select o.agency_id as key, ${counted} from officer_status s join officers o on o.id = s.officer_id where s.view = 'officer' and ${reach} group by 1, 2, 3`);
    case "district":
      return queryRows<CountRow>(ctx.db, sql`select s.district_id as key, ${counted} from officer_status s where s.view <> 'officer' and ${reach} group by 1, 2, 3`);
    case "school":
      return queryRows<CountRow>(
        ctx.db,
        // The officers serving the school today, and those about to start there untrained (docs/decisions/0011).
        sql`select sc.id as key, ${counted} from officer_status s
            join (select x.officer_id, x.school_id, bool_or(x.start_on <= ${today}) as begun from assignments x where x.end_on is null or x.end_on >= ${today} group by 1, 2) a on a.officer_id = s.officer_id
            join schools sc on sc.id = a.school_id
            where s.view = sc.organization_id::text and (a.begun or s.headline = 'STARTS_UNTRAINED') and ${reach} group by 1, 2, 3`,
      );
  }
}

async function evaluatedCounts(ctx: ServiceContext, level: Level, asOf: string): Promise<CountRow[]> {
  const options = await readingsInForce(ctx.db);
  const counts = new Map<string, CountRow>();
  const add = (key: string | null, headline: Headline, statuteStatus: string): void => {
    const k = `${key ?? ""}|${headline}|${statuteStatus}`;
    const row = counts.get(k) ?? { key, headline, statute_status: statuteStatus, n: 0 };
    row.n += 1;
    counts.set(k, row);
  };
  for (const records of await loadOfficerRecords(ctx.db, "all")) {
    if (!canSee(ctx, records)) continue;
    for (const row of statusRows(records, asOf, options)) {
      const headline = row.headline as Headline;
      if (level === "state" && row.view === "officer") add(null, headline, row.statuteStatus);
      if (level === "agency" && row.view === "officer") add(records.agencyId, headline, row.statuteStatus);
      if (level === "district" && row.districtId !== null) add(row.districtId ?? null, headline, row.statuteStatus);
      if (level === "school" && row.districtId !== null) {
        const starting = row.headline === "STARTS_UNTRAINED";
        const schools = new Set(records.assignments.filter((a) => a.districtId === row.districtId && (a.startOn <= asOf || starting) && (a.endOn === null || a.endOn >= asOf)).map((a) => a.schoolId));
        for (const school of schools) add(school, headline, row.statuteStatus);
      }
    }
  }
  return [...counts.values()];
}

export async function summaries(ctx: ServiceContext, level: Level, asOf?: string): Promise<{ level: Level; asOf: string; groups: SummaryGroup[] }> {
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  const today = ctx.today();
  const date = asOf ?? today;
  let rows: CountRow[];
  if (date === today) {
    await refreshStale(ctx.db, today);
    rows = await cachedCounts(ctx, level, today);
  } else {
    rows = await evaluatedCounts(ctx, level, date);
  }
  return { level, asOf: date, groups: group(rows, await groupNames(ctx, level)) };
}
