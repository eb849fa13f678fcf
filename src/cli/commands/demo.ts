import { sql } from "drizzle-orm";
import { loadDemo } from "../../demo/load.ts";
import { accountsTable, loadDemoUsers } from "../../demo/users.ts";
import { ORGANIZATIONS } from "../../demo/organizations.ts";
import { ClientError } from "../../services/errors.ts";
import { compareForAction, HEADLINE_LABELS, HEADLINES, type Headline } from "../../status/headline.ts";
import { queryRows } from "../../store/database.ts";
import type { Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";

/**
 * `sroc demo [--force]`: loads the demo — two agencies, three districts and a charter school, 60
 * fictional officers in every situation of § 626.8482, dated relative to today — into the configured
 * database (DATABASE_URL, else the embedded one in SROC_DATA_DIR), then prints what it loaded and one
 * line per headline status. A database that is not empty is refused (exit 2, nothing added) unless
 * --force, which adds the demo beside the existing records and never deletes anything.
 */
const NAMES_SHOWN = 3;

function kinds(): string {
  const n = (kind: string) => ORGANIZATIONS.filter((o) => o.kind === kind).length;
  return `${n("AGENCY")} law enforcement agencies, ${n("DISTRICT")} school districts, ${n("CHARTER_SCHOOL")} charter school`;
}

export async function demoCommand(io: Io, env: NodeJS.ProcessEnv = process.env, options: { force?: boolean } = {}): Promise<number> {
  return withRuntime(async (rt) => {
    let loaded;
    try {
      loaded = await loadDemo(rt.context, options);
    } catch (e) {
      if (!(e instanceof ClientError)) throw e;
      io.err(`sroc: ${e.message}\n`);
      return 2;
    }
    const today = rt.context.today();
    io.out(
      `Loaded the demo into ${rt.database.location} as of ${today}: ${loaded.organizations} organizations (${kinds()}), ` +
        `${loaded.schools} schools, ${loaded.officers} officers.\n` +
        "All names are fictional; the dates are placed relative to today, so every situation of the law is there whatever the day.\n\n",
    );

    io.out(`${accountsTable(await loadDemoUsers(rt.context))}\n\n`);

    const rows = await queryRows<{ headline: Headline; name: string; due: string | null }>(
      rt.database.db,
      sql`select s.headline, o.last_name || ', ' || o.first_name as name, s.action_due_on::text as due
          from officer_status s join officers o on o.id = s.officer_id where s.view = 'officer'`,
    );
    io.out(`Status of the ${rows.length} officers as of ${today}:\n`);
    const width = Math.max(...HEADLINES.map((h) => HEADLINE_LABELS[h].length));
    for (const [rank, headline] of HEADLINES.entries()) {
      const people = rows
        .filter((r) => r.headline === headline)
        .map((r) => ({ rank: rank + 1, dueOn: r.due, name: r.name }))
        .sort(compareForAction);
      const names = people.slice(0, NAMES_SHOWN).map((p) => p.name).join("; ");
      const more = people.length > NAMES_SHOWN ? `; … ${people.length - NAMES_SHOWN} more` : "";
      io.out(`  ${HEADLINE_LABELS[headline].padEnd(width)}  ${String(people.length).padStart(3)}  ${names}${more}\n`);
    }
    return 0;
  }, env);
}
