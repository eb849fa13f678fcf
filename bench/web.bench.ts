/**
 * Web benchmark (issue 5): with 10 000 officers in one agency, how soon the dashboard (/) and the
 * officer list (/officers) are usable in Chromium for that agency's chief, on localhost, and the
 * initial JavaScript gzipped. Each run is a fresh browser context (empty cache), signed in already;
 * times are from navigation start (the page's own clock) to:
 *   - dashboard: the h1 shown and nothing left loading in <main> (no "Loading …" notice);
 *   - officer list: the first row shown and the search box accepting input;
 *   - the list's last rows: from a jump to the end of the page (as the End key does) to the last officer's row shown;
 *   - a filter applied on the list: from choosing a status to the new count announced.
 * Median and p95 of 5 runs after one warm-up. The web application is built into a temporary folder
 * (dist/web may be rebuilt by other runs meanwhile). Figures only, no assertions.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/web.bench.ts
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import pg from "pg";
import { chromium, type Browser, type Page } from "playwright-core";
import { operator } from "../src/policies/actor.ts";
import { buildApp } from "../src/server/app.ts";
import { createUser } from "../src/services/accounts/users.ts";
import type { ServiceContext } from "../src/services/context.ts";
import { refreshStatus } from "../src/services/status.ts";
import { openDatabase, queryRows, type Database } from "../src/store/database.ts";
import { seedOfficers } from "./seed.ts";

const OFFICERS = 10_000;
const RUNS = 5;
const TODAY = "2026-11-30";
const EMAIL = "chief@bench.example";
const PASSWORD = "bench chief password 2026";
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

function figures(label: string, times: readonly number[]): void {
  console.log(`${label.padEnd(34)} median ${percentile(times, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(times, 95).toFixed(0).padStart(5)} ms   (runs: ${times.map((t) => t.toFixed(0)).join(", ")})`);
}

/** The JavaScript index.html loads before anything else: its module script and the modules it preloads. */
function initialJsGzipped(webDir: string): { bytes: number; files: number } {
  const html = readFileSync(join(webDir, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? "");
  return { bytes: files.reduce((sum, f) => sum + gzipSync(readFileSync(join(webDir, f))).length, 0), files: files.length };
}

async function prepare(database: Database): Promise<void> {
  await database.migrate();
  let t = performance.now();
  await seedOfficers(database.db, OFFICERS);
  // One agency holds them all, so its chief's list and dashboard carry the full 10 000.
  await database.db.execute(sql`update officers set agency_id = (select id from organizations where name = 'Bench Police Department')`);
  console.log(`seeded ${OFFICERS.toLocaleString("en-US")} officers in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  await database.db.transaction((tx) => refreshStatus(tx, "all", TODAY));
  await database.db.execute(sql`vacuum analyze`);
  console.log(`evaluated and cached every status in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const [agency] = await queryRows<{ id: string }>(database.db, sql`select id from organizations where name = 'Bench Police Department'`);
  const ctx: ServiceContext = { db: database.db, actor: operator("bench"), today: () => TODAY };
  await createUser(ctx, { email: EMAIL, displayName: "Bench Chief", password: PASSWORD, isAdmin: false, memberships: [{ organizationId: agency?.id ?? "", role: "CHIEF" }] });
}

async function signedInPage(browser: Browser, base: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const res = await context.request.post(`${base}/api/v1/session`, { data: { email: EMAIL, password: PASSWORD } });
  if (!res.ok()) throw new Error(`sign-in gave ${res.status()}: ${await res.text()}`);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

/**
 * The page's own clock (ms since navigation start) at the first animation frame where it is ready
 * (functions, not strings: the application's Content Security Policy forbids eval).
 */
async function msUntil(page: Page, readyAt: () => number): Promise<number> {
  const handle = await page.waitForFunction(readyAt, undefined, { polling: "raf" });
  return handle.jsonValue();
}

const dashboardReady = (): number =>
  document.querySelector("main h1") !== null && document.querySelector("main .loading") === null && document.querySelector("main [aria-busy=true]") === null ? performance.now() : 0;

const listReady = (): number => {
  const box = document.querySelector<HTMLInputElement>("main input[type=search]");
  return document.querySelector("table.officers-table tbody tr[aria-rowindex]") !== null && box !== null && !box.disabled ? performance.now() : 0;
};

async function measure(browser: Browser, base: string): Promise<void> {
  const dashboard: number[] = [];
  const list: number[] = [];
  const filter: number[] = [];
  const end: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const page = await signedInPage(browser, base);
    await page.goto(`${base}/`);
    const d = await msUntil(page, dashboardReady);
    await page.goto(`${base}/officers`);
    const l = await msUntil(page, listReady);
    // The search box takes input (typed, not applied: applying is the filter's figure below).
    await page.locator("main input[type=search]").pressSequentially("B1");
    await page.locator("main input[type=search]").fill("");
    const count = (await page.locator(".officers-count").textContent()) ?? "";
    const jump = Date.now();
    await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    await page.locator(`table.officers-table tr[aria-rowindex="${OFFICERS + 1}"] a`).waitFor();
    const e = Date.now() - jump;
    const start = Date.now();
    await page.getByLabel("Status").selectOption("OVERDUE");
    await page.waitForFunction(() => document.querySelector(".officers-count")?.textContent?.includes("match the search") === true, undefined, { polling: "raf" });
    const f = Date.now() - start;
    if (run === 0) console.log(`warm-up: the list says "${count}"`);
    else {
      dashboard.push(d);
      list.push(l);
      filter.push(f);
      end.push(e);
    }
    await page.context().close();
  }
  figures("dashboard (/) interactive", dashboard);
  figures("officer list (/officers) interactive", list);
  figures("officer list: last rows after a jump", end);
  figures("officer list: status filter applied", filter);
}

async function apiFigure(base: string): Promise<void> {
  const session = await fetch(`${base}/api/v1/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) });
  const cookie = (session.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  for (const limit of [200, 10_000]) {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i <= RUNS; i += 1) {
      const t = performance.now();
      const body = await (await fetch(`${base}/api/v1/statuses?limit=${limit}`, { headers: { cookie } })).text();
      if (i > 0) times.push(performance.now() - t);
      size = body.length;
    }
    figures(`API: statuses, ${limit} rows (${(size / 1024).toFixed(0)} KB)`, times);
  }
}

const server = process.env["TEST_DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const webDir = mkdtempSync(join(tmpdir(), "sroc-bench-web-"));
execFileSync("npx", ["vite", "build", "--outDir", webDir, "--emptyOutDir", "--logLevel", "warn"], { stdio: ["ignore", "inherit", "inherit"] });
const initial = initialJsGzipped(webDir);
console.log(`Web benchmark: ${OFFICERS.toLocaleString("en-US")} officers in one agency, ${RUNS} runs after a warm-up, Chromium ${CHROMIUM}; node ${process.version}`);
console.log(`initial JavaScript: ${(initial.bytes / 1024).toFixed(1)} KB gzipped in ${initial.files} file(s) (budget 200 KB)`);

const dbName = `sroc_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`create database ${dbName}`);
const u = new URL(server);
u.pathname = `/${dbName}`;
try {
  const database = await openDatabase({ url: u.toString() });
  await prepare(database);
  const app = await buildApp({ database, zone: "America/Chicago", today: () => TODAY, oidc: null, web: { dir: `${webDir}/` } });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"] });
  try {
    await apiFigure(base);
    await measure(browser, base);
  } finally {
    await browser.close();
    await app.close();
    await database.close();
  }
} finally {
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
  rmSync(webDir, { recursive: true, force: true });
}
