/**
 * Summary benchmark (issue 3): the statewide summary of 100 000 officers on PostgreSQL (goal ≤ 200 ms),
 * and the other levels, after computing and caching every officer's status once (that time is printed
 * too). Median of 10 calls of the service, status cache fresh. PGlite is measured at the same size.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/summary.bench.ts
 */
import { operator } from "../src/policies/actor.ts";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import type { ServiceContext } from "../src/services/context.ts";
import { refreshStatus } from "../src/services/status.ts";
import { summaries, type Level } from "../src/services/summaries.ts";
import { openDatabase, type Database } from "../src/store/database.ts";
import { seedOfficers } from "./seed.ts";

const OFFICERS = 100_000;
const TODAY = "2026-11-30";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function measure(name: string, database: Database): Promise<void> {
  await database.migrate();
  let t = performance.now();
  await seedOfficers(database.db, OFFICERS);
  console.log(`${name.padEnd(11)} seeded ${OFFICERS.toLocaleString("en-US")} officers in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  await database.db.transaction((tx) => refreshStatus(tx, "all", TODAY));
  console.log(`${name.padEnd(11)} evaluated and cached every status (officer and district views) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  // What autovacuum does soon after a bulk rewrite; until then the counts cannot use index-only scans.
  await database.db.execute(sql`vacuum analyze officer_status`);
  const ctx: ServiceContext = { db: database.db, actor: operator("bench"), today: () => TODAY };
  for (const level of ["state", "agency", "district", "school"] as Level[]) {
    await summaries(ctx, level);
    const times: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const s = performance.now();
      await summaries(ctx, level);
      times.push(performance.now() - s);
    }
    console.log(`${name.padEnd(11)} ${level.padEnd(8)} summary: median ${median(times).toFixed(0)} ms${level === "state" && name === "PostgreSQL" ? " (goal ≤ 200 ms)" : ""}`);
  }
  await database.close();
}

console.log(`Summary benchmark: node ${process.version}, today ${TODAY}`);
const server = process.env["TEST_DATABASE_URL"];
if (server !== undefined && server !== "") {
  const dbName = `sroc_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const u = new URL(server);
  u.pathname = `/${dbName}`;
  try {
    await measure("PostgreSQL", await openDatabase({ url: u.toString() }));
  } finally {
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
} else {
  console.log("PostgreSQL: skipped (set TEST_DATABASE_URL)");
}
await measure("PGlite", await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), "sroc-bench-summary-")) }));
