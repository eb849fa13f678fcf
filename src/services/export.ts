import { sql } from "drizzle-orm";
import type { OutCell, OutColumn, OutTable, OutType } from "../importer/write.ts";
import { COLUMNS, type ImportKind } from "../importer/kinds.ts";
import { HEADLINE_LABELS, type Headline } from "../status/headline.ts";
import { queryRows } from "../store/database.ts";
import type { ServiceContext } from "./context.ts";
import { schoolsCell, schoolsServed } from "./schools-served.ts";
import { refreshStale } from "./status.ts";

/**
 * Exports as tables (importer/write.ts writes them as CSV or XLSX). The roster, courses and contact
 * days have exactly the columns of their import files, so an export imports again unchanged; an
 * officer with no assignment is one roster row with the assignment columns empty. `statuses` is each
 * officer's current officer-wide status from the cache (officer_status), refreshed first.
 */
export const EXPORT_KINDS = ["roster", "courses", "contact-days", "statuses"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const IMPORT_TYPES = { text: "text", enum: "text", date: "date", boolean: "boolean", integer: "integer", number: "number" } as const satisfies Record<string, OutType>;

function importColumns(kind: ImportKind): OutColumn[] {
  return COLUMNS[kind].map((c) => ({ name: c.name, type: IMPORT_TYPES[c.type] }));
}

const STATUS_COLUMNS: OutColumn[] = [
  { name: "post_license", type: "text" },
  { name: "first_name", type: "text" },
  { name: "last_name", type: "text" },
  { name: "agency", type: "text" },
  { name: "schools", type: "text" },
  { name: "headline", type: "text" },
  { name: "headline_label", type: "text" },
  { name: "statute_status", type: "text" },
  { name: "policy_status", type: "text" },
  { name: "path", type: "text" },
  { name: "deadline", type: "date" },
  { name: "deadline_effective", type: "date" },
  { name: "refresher_due", type: "date" },
  { name: "action_due_on", type: "date" },
  { name: "as_of", type: "date" },
];

/** Rows come back keyed by column name; the table keeps them in the columns' order. */
function tableOf(columns: OutColumn[], rows: Record<string, OutCell>[]): OutTable {
  return { columns, rows: rows.map((r) => columns.map((c) => r[c.name] ?? null)) };
}

export async function exportTable(ctx: ServiceContext, kind: ExportKind): Promise<OutTable> {
  const db = ctx.db;
  switch (kind) {
    case "roster":
      return tableOf(
        importColumns("roster"),
        await queryRows(
          db,
          sql`select o.post_license, o.first_name, o.last_name, a.name as agency, d.name as district, s.name as school, x.role,
                     x.start_on::text as start_on, x.end_on::text as end_on, x.contract_ref, x.planned_contact_days, x.under_contract, x.instructional_day
              from officers o join organizations a on a.id = o.agency_id
                left join assignments x on x.officer_id = o.id
                left join schools s on s.id = x.school_id left join organizations d on d.id = s.organization_id
              order by o.post_license, x.start_on, d.name, s.name, x.role, x.id`,
        ),
      );
    case "courses":
      return tableOf(
        importColumns("courses"),
        await queryRows(
          db,
          sql`select o.post_license, c.type, c.completed_on::text as completed_on, c.post_approved, c.provider, c.post_course_number, c.credits::float8 as credits
              from courses c join officers o on o.id = c.officer_id
              where c.removed_at is null
              order by o.post_license, c.completed_on, c.type, c.id`,
        ),
      );
    case "contact-days":
      return tableOf(
        importColumns("contact-days"),
        await queryRows(
          db,
          sql`select o.post_license, s.name as school, d.name as district, c.day::text as day, c.students_present
              from contact_days c join officers o on o.id = c.officer_id join schools s on s.id = c.school_id join organizations d on d.id = s.organization_id
              order by o.post_license, c.day, d.name, s.name`,
        ),
      );
    case "statuses": {
      const today = ctx.today();
      await refreshStale(db, today);
      const rows = await queryRows<Record<string, OutCell>>(
          db,
          sql`select o.id as officer_id, o.post_license, o.first_name, o.last_name, a.name as agency, s.headline, s.statute_status, s.policy_status, s.path,
                     s.deadline::text as deadline, s.deadline_effective::text as deadline_effective, s.refresher_due::text as refresher_due,
                     s.action_due_on::text as action_due_on, s.as_of::text as as_of
              from officer_status s join officers o on o.id = s.officer_id join organizations a on a.id = o.agency_id
              where s.view = 'officer'
              order by s.action_rank, s.action_due_on nulls last, o.last_name, o.first_name, o.post_license`,
      );
      // The schools each officer serves today, as the officers list shows them (services/schools-served.ts).
      const served = await schoolsServed(db, rows.map((r) => String(r["officer_id"])), today, new Set(rows.filter((r) => r["headline"] === "STARTS_UNTRAINED").map((r) => String(r["officer_id"]))));
      for (const r of rows) {
        r["headline_label"] = HEADLINE_LABELS[r["headline"] as Headline];
        r["schools"] = schoolsCell(served.get(String(r["officer_id"])) ?? []);
      }
      return tableOf(STATUS_COLUMNS, rows);
    }
  }
}
