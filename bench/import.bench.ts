/**
 * Import benchmark (`npx tsx bench/import.bench.ts`): a roster of 100 000 officers with one assignment
 * each, then 100 000 courses (one per officer), as CSV files in a temporary folder, imported into a
 * fresh PGlite data folder — and into a fresh database on the PostgreSQL server of TEST_DATABASE_URL
 * when it is set. Prints seconds per file, rows per second, and where the time went (reading the
 * file, validating, writing, recomputing the officers' statuses in the same transaction).
 *
 *   --officers N   another size (default 100 000)
 *   --inserts      also compare the two set-based INSERT forms on 100 000 officers: multi-row VALUES
 *                  (one parameter per value) and `select * from unnest($1::text[], …)` (one array
 *                  parameter per column), in several statement sizes
 */
import { operator } from "../src/policies/actor.ts";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { stringify } from "csv-stringify/sync";
import { sql, type SQL } from "drizzle-orm";
import pg from "pg";
import { readTableFile } from "../src/importer/table.ts";
import type { ServiceContext } from "../src/services/context.ts";
import { importTable, type ImportProgress } from "../src/services/import/index.ts";
import { arrayLiteral, openDatabase, queryRows, type Database } from "../src/store/database.ts";
import { random } from "./officers.ts";

const args = process.argv.slice(2);
const COUNT = Number(args[args.indexOf("--officers") + 1] ?? "") || 100_000;
const COMPARE_INSERTS = args.includes("--inserts");
const TODAY = "2025-11-20";

function generate(dir: string): { roster: string; courses: string } {
  const rnd = random(20261201);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const agencies = Array.from({ length: 40 }, (_, i) => `Police Department ${i + 1}`);
  const districts = Array.from({ length: 25 }, (_, i) => `ISD ${100 + i}`);
  const day = (from: number, span: number) => new Date(Date.UTC(2022, 7, 1) + Math.floor(from + rnd() * span) * 86_400_000).toISOString().slice(0, 10);
  const roster: string[][] = [["post_license", "first_name", "last_name", "agency", "district", "school", "role", "start_on", "end_on", "contract_ref", "planned_contact_days", "under_contract", "instructional_day"]];
  const courses: string[][] = [["post_license", "type", "completed_on", "post_approved", "provider", "post_course_number", "credits"]];
  for (let i = 0; i < COUNT; i += 1) {
    const license = String(100_000 + i);
    const substitute = rnd() < 0.1;
    const start = day(0, 1200);
    roster.push([
      license, pick(["Ana", "Ben", "Chris", "Dana", "Eli", "Fay"]), `Officer${i}`, pick(agencies), pick(districts), `School ${Math.floor(rnd() * 8) + 1}`,
      substitute ? "SUBSTITUTE" : "REGULAR", start, rnd() < 0.1 ? day(1200, 200) : "", `C-${i % 500}`, substitute ? String(Math.floor(rnd() * 80)) : "", "yes", "yes",
    ]);
    courses.push([license, pick(["POST_SRO_BASIC", "POST_SRO_BASIC", "NASRO_BASIC", "POST_SRO_REFRESHER"]), day(-200, 1300), rnd() < 0.8 ? "true" : "false", "MN POST", `P-${i % 900}`, "8"]);
  }
  const paths = { roster: join(dir, "roster.csv"), courses: join(dir, "courses.csv") };
  writeFileSync(paths.roster, stringify(roster));
  writeFileSync(paths.courses, stringify(courses));
  return paths;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2).padStart(6);
}

async function importOne(database: Database, kind: "roster" | "courses", file: string): Promise<void> {
  const ctx: ServiceContext = { db: database.db, actor: operator("bench"), today: () => TODAY };
  const t0 = performance.now();
  const { table } = await readTableFile(file);
  const read = performance.now() - t0;
  // Each progress report closes a stretch of work of its phase (the look-ups by name count as writing).
  const phases = new Map<string, number>();
  let last = performance.now();
  const onProgress = (p: ImportProgress) => {
    const now = performance.now();
    const phase = p.phase === "writing" ? `writing ${p.step}` : p.phase;
    phases.set(phase, (phases.get(phase) ?? 0) + now - last);
    last = now;
  };
  const result = await importTable(ctx, kind, table, { createMissing: true, onProgress });
  const total = performance.now() - t0;
  if (!result.written) throw new Error(`${kind}: not imported: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const rows = result.rows;
  const breakdown = [`read ${seconds(read).trim()}`, ...[...phases].map(([p, ms]) => `${p} ${seconds(ms).trim()}`)].join(", ");
  console.log(`  ${kind.padEnd(8)} ${rows.toLocaleString("en-US")} rows  ${seconds(total)} s  ${Math.round(rows / (total / 1000)).toLocaleString("en-US").padStart(7)} rows/s   (${breakdown} s)`);
  const c = result.counts;
  if (kind === "roster" && c.officersCreated !== COUNT) throw new Error(`expected ${COUNT} officers created, got ${c.officersCreated}`);
  if (kind === "courses" && c.coursesCreated !== COUNT) throw new Error(`expected ${COUNT} courses created, got ${c.coursesCreated}`);
}

async function run(label: string, open: () => Promise<{ database: Database; cleanup: () => Promise<void> }>, files: { roster: string; courses: string }): Promise<void> {
  const t0 = performance.now();
  const { database, cleanup } = await open();
  try {
    await database.migrate();
    console.log(`${label} (fresh database ready in ${seconds(performance.now() - t0).trim()} s, not counted)`);
    const t1 = performance.now();
    await importOne(database, "roster", files.roster);
    await importOne(database, "courses", files.courses);
    console.log(`  both files ${seconds(performance.now() - t1)} s`);
    const [n] = await queryRows<{ officers: number; statuses: number }>(database.db, sql`select (select count(*)::int from officers) as officers, (select count(*)::int from officer_status) as statuses`);
    console.log(`  in the database: ${n?.officers.toLocaleString("en-US")} officers, ${n?.statuses.toLocaleString("en-US")} status rows`);
    if (COMPARE_INSERTS) await compareInserts(database);
  } finally {
    await database.close();
    await cleanup();
  }
}

/** Multi-row VALUES against unnest arrays, 100 000 officers each, inside one transaction, rolled back. */
async function compareInserts(database: Database): Promise<void> {
  const db = database.db;
  const [agency] = await queryRows<{ id: string }>(db, sql`insert into organizations (kind, name) values ('AGENCY', ${`Bench ${randomBytes(4).toString("hex")}`}) returning id`);
  const agencyId = agency?.id ?? "";
  const rows = Array.from({ length: 100_000 }, (_, i) => ({ license: `X${i}`, first: `First ${i}`, last: `Last "${i}"` }));
  class Rollback extends Error {}
  const time = async (label: string, size: number, insert: (chunk: typeof rows) => SQL) => {
    const t = performance.now();
    await db
      .transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += size) await tx.execute(insert(rows.slice(i, i + size)));
        throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      });
    console.log(`  insert 100 000 officers, ${label.padEnd(32)} ${seconds(performance.now() - t)} s`);
  };
  for (const size of [1000, 5000, 16_000]) {
    await time(`multi-row VALUES, ${size}/statement`, size, (chunk) =>
      sql`insert into officers (post_license, first_name, last_name, agency_id) values ${sql.join(chunk.map((r) => sql`(${r.license}, ${r.first}, ${r.last}, ${agencyId}::uuid)`), sql`, `)}`,
    );
  }
  for (const size of [5000, 10_000, 20_000, 100_000]) {
    await time(`unnest arrays, ${size}/statement`, size, (chunk) =>
      sql`insert into officers (post_license, first_name, last_name, agency_id)
          select * from unnest(${arrayLiteral(chunk.map((r) => r.license))}::text[], ${arrayLiteral(chunk.map((r) => r.first))}::text[], ${arrayLiteral(chunk.map((r) => r.last))}::text[], ${arrayLiteral(chunk.map(() => agencyId))}::uuid[])`,
    );
  }
}

const work = mkdtempSync(join(tmpdir(), "sroc-import-bench-"));
try {
  const t0 = performance.now();
  const files = generate(work);
  console.log(
    `generated ${COUNT.toLocaleString("en-US")} officers: roster.csv ${(statSync(files.roster).size / 1e6).toFixed(1)} MB, courses.csv ${(statSync(files.courses).size / 1e6).toFixed(1)} MB in ${seconds(performance.now() - t0).trim()} s; node ${process.version}`,
  );
  await run("PGlite (embedded, on disk)", async () => {
    const dataDir = join(work, "data");
    return { database: await openDatabase({ dataDir }), cleanup: () => Promise.resolve() };
  }, files);
  const url = process.env["TEST_DATABASE_URL"];
  if (url !== undefined && url !== "") {
    const name = `sroc_bench_${randomBytes(6).toString("hex")}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    await run("PostgreSQL server (TEST_DATABASE_URL, a fresh database)", async () => {
      await admin(`create database ${name}`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      return { database: await openDatabase({ url: u.toString() }), cleanup: () => admin(`drop database if exists ${name} with (force)`) };
    }, files);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
