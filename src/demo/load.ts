import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { importPolicy } from "../policies/imports.ts";
import type { ServiceContext } from "../services/context.ts";
import { ClientError, clientErrorFromDatabase, refuseAccess } from "../services/errors.ts";
import { appendRecordEvents, RecordEvents, transactionNow } from "../services/import/events.ts";
import { assignmentKind } from "../services/records/assignments.ts";
import { contactDayKind } from "../services/records/contact-days.ts";
import { courseKind } from "../services/records/courses.ts";
import type { RecordKind } from "../services/records/define.ts";
import { employerUnableKind } from "../services/records/employer-unable.ts";
import { officerKind } from "../services/records/officers.ts";
import { organizationKind } from "../services/records/organizations.ts";
import { policyReviewKind } from "../services/records/policy-reviews.ts";
import { schoolKind } from "../services/records/schools.ts";
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
 * nothing. The demo goes only into an empty database (no organizations, no officers); with `force`
 * it is added beside what is there, and if anything clashes (the demo is already loaded, a name or
 * POST license is taken) nothing is added and the error says why. Nothing is ever deleted.
 * Every record it writes has its audit event, as if entered through the API, then DEMO_LOADED.
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

/** No organizations and no officers: nothing a demo could clash with or be confused with. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ used: boolean }>(db, sql`select exists (select 1 from organizations) or exists (select 1 from officers) as used`);
  return row?.used !== true;
}

async function describeContents(db: Db): Promise<string> {
  const [row] = await queryRows<{ organizations: number; officers: number }>(
    db,
    sql`select (select count(*) from organizations)::int as organizations, (select count(*) from officers)::int as officers`,
  );
  return `${row?.organizations ?? 0} organization(s) and ${row?.officers ?? 0} officer(s)`;
}

/** Each table with its demo rows and its record kind (whose presentation the audit events carry), parents before children. */
function tablesOf(data: DemoData): [PgTable, readonly (Record<string, unknown> & { id: string })[], RecordKind | null][] {
  return [
    [organizations, data.organizations, organizationKind],
    [schools, data.schools, schoolKind],
    [officers, data.officers, officerKind],
    [assignments, data.assignments, assignmentKind],
    [courses, data.courses, courseKind],
    // Buffer for the bytea column: both drivers take it as binary. Certificates are files, audited as uploads.
    [certificates, data.certificates.map((c) => ({ ...c, content: Buffer.from(c.content) })), null],
    [employerUnableDecisions, data.decisions, employerUnableKind],
    [policyReviews, data.reviews, policyReviewKind],
    [contactDays, data.contactDays, contactDayKind],
  ];
}

/** One audit event per demo record, as if each had been entered through the API (services/import/events.ts). */
function recordEvents(data: DemoData, now: string): RecordEvents {
  const events = new RecordEvents(now);
  const agencyOf = new Map(data.officers.map((o) => [o.id, o.agencyId]));
  for (const [, rows, kind] of tablesOf(data)) {
    for (const row of rows) {
      const officerId = typeof row["officerId"] === "string" ? row["officerId"] : null;
      if (kind === null) {
        // The file's description, never its content (as services/certificates.ts records an upload).
        const file = Object.fromEntries(Object.entries(row).filter(([key]) => key !== "content"));
        events.uploaded(row.id, officerId === null ? null : (agencyOf.get(officerId) ?? null), file);
        continue;
      }
      const organizationId =
        kind === organizationKind ? row.id : kind === schoolKind ? String(row["organizationId"]) : kind === officerKind ? String(row["agencyId"]) : officerId === null ? null : (agencyOf.get(officerId) ?? null);
      events.created(kind, row, organizationId);
    }
  }
  return events;
}

async function insertAll(tx: Db, table: PgTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await tx.insert(table).values(rows.slice(i, i + ROWS_PER_INSERT));
  }
}

type WhenNotEmpty = "refuse" | "add" | "skip";

function recordCount(data: DemoData): number {
  return tablesOf(data).reduce((n, [, rows]) => n + rows.length, 0);
}

async function load(ctx: ServiceContext, whenNotEmpty: WhenNotEmpty): Promise<DemoLoaded | null> {
  // The demo writes every agency's officers and adds organizations: the installation's operator only (policies/imports.ts).
  const allowed = importPolicy.loadDemo(ctx.actor);
  if (!allowed.allowed) await refuseAccess(ctx, allowed.reason, { entity: "demo" });
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
      const loaded = { organizations: data.organizations.length, schools: data.schools.length, officers: data.officers.length };
      // Last in the transaction: every record's event, then DEMO_LOADED (issue 10, item 3: the demo's officers were unaudited).
      const origin = { ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null };
      await appendRecordEvents(tx, ctx.actor, origin, recordEvents(data, await transactionNow(tx)).list, {
        type: "DEMO_LOADED", actor: ctx.actor, ...origin, after: { ...loaded, records: recordCount(data), relativeTo: today },
      });
      return loaded;
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
