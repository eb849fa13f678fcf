import type { OutColumn, OutTable } from "../importer/write.ts";
import type { ServiceContext } from "./context.ts";
import { schoolsCell } from "./schools-served.ts";
import { listStatuses, type StatusListQuery } from "./status-list.ts";

/**
 * The officers list as a table to download: the same rows, in the same order, as the list the user
 * sees with these filters (GET /api/v1/statuses), so that "export what is shown" is one query with
 * one meaning. Statuses are public data within the reader's reach; the reach is the list's own.
 */
export type StatusExportQuery = Omit<StatusListQuery, "limit" | "offset">;

/** Far above any state's officer count: the export is never cut short by a page size. */
const EVERY_ROW = 1_000_000;

const COLUMNS: OutColumn[] = [
  { name: "name", type: "text" },
  { name: "post_license", type: "text" },
  { name: "agency", type: "text" },
  // The superintendent's and principal's views are by school (issue 11): the schools the officer serves now, "; " between them.
  { name: "schools", type: "text" },
  { name: "headline", type: "text" },
  { name: "headline_label", type: "text" },
  { name: "statute_status", type: "text" },
  { name: "policy_status", type: "text" },
  { name: "path", type: "text" },
  { name: "action_due_on", type: "date" },
  { name: "deadline_effective", type: "date" },
  { name: "refresher_due", type: "date" },
  { name: "substitute_contact_days", type: "integer" },
  { name: "flags", type: "text" },
  { name: "as_of", type: "date" },
];

export async function exportStatusList(ctx: ServiceContext, query: StatusExportQuery): Promise<OutTable> {
  const list = await listStatuses(ctx, { ...query, limit: EVERY_ROW, offset: 0 });
  return {
    columns: COLUMNS,
    rows: list.items.map((i) => [
      i.name, i.postLicense, i.agencyName, schoolsCell(i.schools), i.headline, i.headlineLabel, i.statuteStatus, i.policyStatus, i.path, i.actionDueOn,
      i.deadlineEffective, i.refresherDue, i.substituteCount, i.flags.map((f) => f.code).join(" "), list.asOf,
    ]),
  };
}
