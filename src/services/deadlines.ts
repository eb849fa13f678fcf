import { sql } from "drizzle-orm";
import { HEADLINE_LABELS, type Headline } from "../status/headline.ts";
import { queryRows } from "../store/database.ts";
import type { ServiceContext } from "./context.ts";
import { refreshStale } from "./status.ts";
import { officerScope } from "../policies/reach.ts";
import { officerCondition } from "./records/access.ts";
import { ClientError } from "./errors.ts";

/**
 * The deadlines coming up, soonest first: training deadlines of officers not yet trained and POST
 * refreshers, from the same cached engine answers as every status (so the list never disagrees with
 * an officer's page).
 */
export interface UpcomingDeadline {
  officerId: string;
  name: string;
  agencyId: string;
  agencyName: string;
  dueOn: string;
  what: "TRAINING" | "REFRESHER";
  path: string | null;
  headline: Headline;
  headlineLabel: string;
}

export async function upcomingDeadlines(ctx: ServiceContext, within: number, filter: { agencyId?: string; districtId?: string } = {}): Promise<{ asOf: string; until: string; items: UpcomingDeadline[] }> {
  const today = ctx.today();
  await refreshStale(ctx.db, today);
  const view = filter.districtId ?? "officer";
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  const agency = filter.agencyId === undefined ? sql`true` : sql`o.agency_id = ${filter.agencyId}`;
  const reach = officerCondition(officerScope(ctx.actor), sql`s.officer_id`) ?? sql`true`;
  // A deadline, not an action date: "Needs attention" is dated today (its action is due now, see
  // status/headline.ts), so its row shows the officer's next deadline — the training deadline while
  // it is pending, else the refresher — as the headline's date did before (headline.ts PENDING).
  const due = sql`case when s.headline = 'NEEDS_ATTENTION'
                       then least(case when s.statute_status in ('IN_GRACE', 'COMPLIANT_LEGACY_WINDOW', 'PRE_MANDATE', 'DUE_TODAY') then s.deadline_effective end,
                                  case when s.policy_status <> 'N/A' then s.refresher_due end)
                       else s.action_due_on end`;
  const rows = await queryRows<{ officer_id: string; name: string; agency_id: string; agency_name: string; due_on: string; refresher: boolean; path: string | null; headline: Headline }>(
    ctx.db,
    sql`select d.officer_id, d.name, d.agency_id, d.agency_name, d.due::text as due_on,
               d.due is not distinct from d.refresher_due and d.statute_status = 'COMPLIANT' as refresher, d.path, d.headline
        from (select o.id as officer_id, o.last_name, o.first_name, o.last_name || ', ' || o.first_name as name, o.agency_id, a.name as agency_name,
                     ${due} as due, s.refresher_due, s.statute_status, s.path, s.headline
              from officer_status s join officers o on o.id = s.officer_id join organizations a on a.id = o.agency_id
              where s.view = ${view} and ${agency} and ${reach}) d
        where d.due >= ${today}::date and d.due <= ${today}::date + ${within}::int
        order by d.due, d.last_name, d.first_name`,
  );
  const until = (await queryRows<{ d: string }>(ctx.db, sql`select (${today}::date + ${within}::int)::text as d`))[0]?.d ?? today;
  return {
    asOf: today,
    until,
    items: rows.map((r) => ({
      officerId: r.officer_id, name: r.name, agencyId: r.agency_id, agencyName: r.agency_name, dueOn: r.due_on, what: r.refresher ? "REFRESHER" : "TRAINING",
      path: r.path, headline: r.headline, headlineLabel: HEADLINE_LABELS[r.headline],
    })),
  };
}
