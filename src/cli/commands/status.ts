import { listStatuses, statusesAsOf, type StatusListItem } from "../../services/status-list.ts";
import { UserError, type Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";

/**
 * `sroc status [--as-of DATE] [--json]`: every officer's status, who needs action first, as a table
 * in the terminal or as JSON. Today's come from the cached answers; another date is evaluated on the spot.
 */
export interface StatusOptions {
  asOf?: string;
  json: boolean;
}

function table(items: readonly StatusListItem[], asOf: string): string {
  const header = ["Status", "Officer", "License", "Agency", "Statute", "Path", "Due"];
  const rows = items.map((i) => [i.headlineLabel, i.name, i.postLicense, i.agencyName, i.statuteStatus, i.path ?? "—", i.actionDueOn ?? "—"]);
  const widths = header.map((h, c) => Math.min(40, Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length))));
  const line = (cells: readonly string[]): string => cells.map((cell, c) => cell.slice(0, widths[c]).padEnd(widths[c] ?? 0)).join("  ").trimEnd();
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.headlineLabel, (counts.get(i.headlineLabel) ?? 0) + 1);
  return [
    `Officers as of ${asOf}, who needs action first:`,
    "",
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    `${items.length} officer(s): ${[...counts].map(([h, n]) => `${n} ${h}`).join(", ")}`,
  ].join("\n");
}

async function allStatuses(ctx: Parameters<typeof listStatuses>[0]): Promise<StatusListItem[]> {
  const items: StatusListItem[] = [];
  for (let offset = 0; ; offset += 10_000) {
    const page = await listStatuses(ctx, { limit: 10_000, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

export async function statusCommand(io: Io, env: NodeJS.ProcessEnv, options: StatusOptions): Promise<number> {
  if (options.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) throw new UserError(`--as-of ${options.asOf}: give a date as YYYY-MM-DD`);
  return withRuntime(async (rt) => {
    const today = rt.context.today();
    const asOf = options.asOf ?? today;
    if (Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)) || new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) !== asOf) throw new UserError(`--as-of ${asOf} is not a calendar date`);
    const items = asOf === today ? await allStatuses(rt.context) : await statusesAsOf(rt.context, asOf);
    io.out(options.json ? `${JSON.stringify({ asOf, items }, null, 2)}\n` : `${table(items, asOf)}\n`);
    return 0;
  }, env);
}
