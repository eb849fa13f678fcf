/**
 * HTTP benchmark (issue 3): `GET /api/v1/officers/:id/status` against a bare Fastify route doing one
 * primary-key SELECT with the same driver, measured in the same run with autocannon (10 connections,
 * 10 s, after a 3 s warm-up), officer ids drawn at random from the seeded database. The server runs in
 * its own process, autocannon in this one, both on this machine's two cores.
 *
 *   npx tsx bench/http.bench.ts            PGlite, and PostgreSQL too when TEST_DATABASE_URL is set
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase, queryRows } from "../src/store/database.ts";
import { seedOfficers } from "./seed.ts";

const OFFICERS = 10_000;

async function prepare(target: { url?: string; dataDir?: string }): Promise<string[]> {
  const database = await openDatabase(target);
  await database.migrate();
  await seedOfficers(database.db, OFFICERS);
  const ids = (await queryRows<{ id: string }>(database.db, sql`select id from officers`)).map((r) => r.id);
  await database.close();
  return ids;
}

async function run(url: string, ids: readonly string[], path: (id: string) => string, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: 10,
    duration: seconds,
    requests: [{ setupRequest: (req) => ({ ...req, path: path(ids[Math.floor(Math.random() * ids.length)] ?? "") }) }],
  });
}

async function measure(name: string, env: NodeJS.ProcessEnv, ids: readonly string[]): Promise<void> {
  const server = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "http-server.ts")], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    server.stdout.once("data", (d: Buffer) => { resolve((JSON.parse(d.toString()) as { port: number }).port); });
    server.once("exit", (code) => { reject(new Error(`bench server exited with ${String(code)}`)); });
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const figures: Record<string, autocannon.Result> = {};
    for (const [label, path] of [["bare PK SELECT", (id: string) => `/bench/officer/${id}`], ["officer status", (id: string) => `/api/v1/officers/${id}/status`]] as const) {
      await run(base, ids, path, 3); // warm-up
      figures[label] = await run(base, ids, path, 10);
    }
    const bare = figures["bare PK SELECT"];
    const status = figures["officer status"];
    if (bare === undefined || status === undefined) return;
    for (const [label, r] of Object.entries(figures)) {
      console.log(`${name.padEnd(11)} ${label.padEnd(16)} ${Math.round(r.requests.average).toLocaleString("en-US").padStart(7)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  (non-2xx: ${r.non2xx})`);
    }
    console.log(`${name.padEnd(11)} status / bare = ${(status.requests.average / bare.requests.average).toFixed(2)} (goal ≥ 0.50)`);
  } finally {
    server.kill("SIGTERM");
  }
}

console.log(`HTTP benchmark: ${OFFICERS.toLocaleString("en-US")} officers, autocannon 10 connections × 10 s after 3 s warm-up; node ${process.version}`);
const dataDir = mkdtempSync(join(tmpdir(), "sroc-bench-http-"));
await measure("PGlite", { BENCH_DATA_DIR: dataDir }, await prepare({ dataDir }));

const server = process.env["TEST_DATABASE_URL"];
if (server !== undefined && server !== "") {
  const name = `sroc_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  try {
    await measure("PostgreSQL", { BENCH_DATABASE_URL: u.toString() }, await prepare({ url: u.toString() }));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else {
  console.log("PostgreSQL: skipped (set TEST_DATABASE_URL to measure the server too)");
}
