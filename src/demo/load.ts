import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { ServiceContext } from "../services/context.ts";
import { ClientError, clientErrorFromDatabase } from "../services/errors.ts";
import { refreshStatus } from "../services/status.ts";
import { queryRows, type Db } from "../store/database.ts";
import {
  assignments, certificates, contactDays, courses, employerUnableDecisions, officers, organizations, policyReviews, schools,
} from "../store/schema.ts";
import type { DemoData } from "./data.ts";
import { generateDemo } from "./generate.ts";

/**
 * Loads the demo (generate.ts) as of the context's today: every row in one transaction, table by
 * table in multi-row inserts, then every officer's status in the same transaction — all of it or
 * nothing. The demo goes only into an empty database (no organisations, no officers); with `force`
 * it is added beside what is there, and if anything clashes (the demo is already loaded, a name or
 * POST licence is taken) nothing is added and the error says why. Nothing is ever deleted.
 *
 * Demo users per role (a later issue) are one more entry of `tablesOf` once the users table exists.
 */
export interface DemoLoaded {
  organizations: number;
  schools: number;
  officers: number;
}

const ROWS_PER_INSERT = 500;
/** Serialises concurrent demo loads on a server (an arbitrary constant: "SROC" + "DEMO"). */
const DEMO_LOCK = 0x5352_4f43_4445;

/** No organisations and no officers: nothing a demo could clash with or be confused with. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ used: boolean }>(db, sql`select exists (select 1 from organizations) or exists (select 1 from officers) as used`);
  return row?.used !== true;
}

async function describeContents(db: Db): Promise<string> {
  const [row] = await queryRows<{ organizations: number; officers: number }>(
    db,
    sql`select (select count(*) from organizations)::int as organizations, (select count(*) from officers)::int as officers`,
  );
  return `${row?.organizations ?? 0} organisation(s) and ${row?.officers ?? 0} officer(s)`;
}

/** Each table with its demo rows, parents before children. */
function tablesOf(data: DemoData): [PgTable, readonly Record<string, unknown>[]][] {
  return [
    [organizations, data.organizations],
    [schools, data.schools],
    [officers, data.officers],
    [assignments, data.assignments],
    [courses, data.courses],
    // Buffer for the bytea column: both drivers take it as binary.
    [certificates, data.certificates.map((c) => ({ ...c, content: Buffer.from(c.content) }))],
    [employerUnableDecisions, data.decisions],
    [policyReviews, data.reviews],
    [contactDays, data.contactDays],
  ];
}

async function insertAll(tx: Db, table: PgTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await tx.insert(table).values(rows.slice(i, i + ROWS_PER_INSERT));
  }
}

type WhenNotEmpty = "refuse" | "add" | "skip";

async function load(ctx: ServiceContext, whenNotEmpty: WhenNotEmpty): Promise<DemoLoaded | null> {
  const today = ctx.today();
  const data = generateDemo(today, { uploadedBy: ctx.actor.name });
  try {
    return await ctx.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK})`);
      if (!(await isEmpty(tx))) {
        if (whenNotEmpty === "skip") return null;
        if (whenNotEmpty === "refuse") {
          throw new ClientError(
            "CONFLICT",
            "",
            `the database is not empty (${await describeContents(tx)}): the demo loads only into an empty database, so nothing was added. ` +
              "--force adds it beside the existing records (nothing is ever deleted).",
          );
        }
      }
      for (const [table, rows] of tablesOf(data)) await insertAll(tx, table, rows);
      await refreshStatus(tx, "all", today);
      return { organizations: data.organizations.length, schools: data.schools.length, officers: data.officers.length };
    });
  } catch (e) {
    if (e instanceof ClientError) throw e;
    const refused = clientErrorFromDatabase(e);
    if (refused?.code === "CONFLICT") {
      const why = refused.path === "/id" ? "it is loaded already" : `a record with the same ${refused.path === "" ? "key" : refused.path.slice(1)} exists`;
      throw new ClientError("CONFLICT", "", `the demo clashes with the records already in the database (${why}), so nothing was added`);
    }
    throw e;
  }
}

/** Loads the demo into an empty database; refuses (adding nothing) otherwise, unless `force`. */
export async function loadDemo(ctx: ServiceContext, options: { force?: boolean } = {}): Promise<DemoLoaded> {
  const loaded = await load(ctx, options.force === true ? "add" : "refuse");
  if (loaded === null) throw new Error("demo: a load that may not skip returned nothing");
  return loaded;
}

/** For `npm start`: loads the demo when the database is empty, and returns null (adding nothing) when it is not. */
export function loadDemoIfEmpty(ctx: ServiceContext): Promise<DemoLoaded | null> {
  return load(ctx, "skip");
}
