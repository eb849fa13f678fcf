/**
 * Issue 10 item 8: concurrent writes for one officer, from two server processes on one PostgreSQL
 * database. Creates a fresh database, seeds officers with an assignment each, starts two real
 * `sroc serve` processes on it, signs in to each as the agency's training coordinator and fires
 * WRITES course writes (PER_OFFICER at once for each officer, alternating between the two servers,
 * CONCURRENCY officers at a time). It counts the writes that failed, the courses committed, and the
 * officers whose cached status differs from a fresh evaluation of their records, then drops the
 * database. Exit code 1 if any write failed or any status is stale.
 *
 *   npm run check:concurrency            (TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
 *   WRITES=1540 PER_OFFICER=8 CONCURRENCY=4 npm run check:concurrency
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { operator } from "../src/policies/actor.ts";
import { createUser } from "../src/services/accounts/users.ts";
import { todayIn } from "../src/services/clock.ts";
import { refreshStatus } from "../src/services/status.ts";
import { openDatabase, queryRows } from "../src/store/database.ts";
import { staleCachedStatuses } from "../test/status-cache.ts";

const ZONE = "America/Chicago";
const WRITES = Number(process.env["WRITES"] ?? 1540);
const PER_OFFICER = Number(process.env["PER_OFFICER"] ?? 8);
const CONCURRENCY = Number(process.env["CONCURRENCY"] ?? 4);
const PASSWORD = "parallel writes from two servers";
const EMAIL = "coordinator@concurrency.example";

const base = process.env["TEST_DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `sroc_concurrency_${randomBytes(5).toString("hex")}`;
const url = new URL(base);
url.pathname = `/${name}`;

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function seed(officerCount: number): Promise<string[]> {
  const database = await openDatabase({ url: url.toString() });
  try {
    await database.migrate();
    const db = database.db;
    await db.execute(sql`insert into organizations (kind, name, sro_policy, policy_version, policy_adopted_on) values ('AGENCY', 'Parallel Police Department', 'POST', '2024', '2024-11-19'), ('DISTRICT', 'Parallel ISD', 'MSBA', null, null)`);
    await db.execute(sql`insert into schools (organization_id, name) select id, 'Parallel High School' from organizations where kind = 'DISTRICT'`);
    await db.execute(sql`insert into officers (post_license, first_name, last_name, agency_id)
      select 'P' || g, 'Pat', 'Parallel ' || g, (select id from organizations where kind = 'AGENCY') from generate_series(1, ${officerCount}) g`);
    await db.execute(sql`insert into assignments (officer_id, school_id, role, start_on) select o.id, (select id from schools), 'REGULAR', date '2025-10-06' from officers o`);
    await db.transaction((tx) => refreshStatus(tx, "all", todayIn(ZONE)));
    const [agency] = await queryRows<{ id: string }>(db, sql`select id from organizations where kind = 'AGENCY'`);
    const ctx = { db, actor: operator("concurrency-script"), today: () => todayIn(ZONE) };
    await createUser(ctx, { email: EMAIL, displayName: "Parallel Coordinator", password: PASSWORD, isAdmin: false, memberships: [{ organizationId: agency?.id ?? "", role: "TRAINING_COORDINATOR" }] });
    return (await queryRows<{ id: string }>(db, sql`select id from officers order by last_name`)).map((r) => r.id);
  } finally {
    await database.close();
  }
}

interface Server {
  process: ChildProcess;
  origin: string;
  cookie: string;
  csrf: string;
}

async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "sroc-source.ts"), "serve"], {
    env: { ...process.env, DATABASE_URL: url.toString(), PORT: "0", HOST: "127.0.0.1", SROC_TZ: ZONE },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1] !== undefined) resolve(m[1]);
    });
    child.once("exit", (code) => { reject(new Error(`server exited with ${String(code)}: ${out}`)); });
  });
  const res = await fetch(`${origin}/api/v1/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in gave ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { process: child, origin, cookie, csrf: csrfToken };
}

async function stop(server: Server): Promise<void> {
  if (server.process.exitCode !== null) return;
  const exited = new Promise((resolve) => server.process.once("exit", resolve));
  server.process.kill("SIGTERM");
  await exited;
}

async function writeCourse(server: Server, officerId: string, k: number): Promise<string | null> {
  // Completion dates on both sides of the assignment's start (2025-10-06): the status depends on all of them.
  const completedOn = `2025-${k % 2 === 0 ? "11" : "09"}-${String(10 + (k % 18)).padStart(2, "0")}`;
  const res = await fetch(`${server.origin}/api/v1/courses`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: server.cookie, "x-csrf-token": server.csrf },
    body: JSON.stringify({ officerId, type: "POST_SRO_BASIC", completedOn, postApproved: true }),
  });
  if (res.status === 201) return null;
  return `${res.status} ${await res.text()}`;
}

await admin(`create database ${name}`);
const officerIds = await seed(Math.ceil(WRITES / PER_OFFICER));
const servers: Server[] = [];
try {
  servers.push(await startServer(), await startServer());
  const failures: string[] = [];
  let next = 0;
  const started = Date.now();
  // CONCURRENCY workers, each taking the next officer and writing its PER_OFFICER courses at once.
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < officerIds.length; i = next++) {
        const officerId = officerIds[i] ?? "";
        const count = Math.min(PER_OFFICER, WRITES - i * PER_OFFICER);
        const results = await Promise.all(Array.from({ length: count }, (_, k) => writeCourse(servers[k % 2] as Server, officerId, k)));
        for (const r of results) if (r !== null) failures.push(r);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const database = await openDatabase({ url: url.toString() });
  try {
    const [courses] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from courses`);
    const stale = await staleCachedStatuses(database.db, todayIn(ZONE));
    console.log(`${WRITES} course writes (${PER_OFFICER} at once per officer, ${officerIds.length} officers, 2 server processes, one PostgreSQL database) in ${seconds.toFixed(1)} s`);
    console.log(`failed writes: ${failures.length}   courses committed: ${courses?.n ?? 0}   officers with a stale cached status: ${stale.length}`);
    const kinds = new Map<string, number>();
    for (const f of failures) kinds.set(f.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "…"), (kinds.get(f.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "…")) ?? 0) + 1);
    for (const [message, n] of kinds) console.log(`  ${n} × ${message.slice(0, 200)}`);
    process.exitCode = failures.length > 0 || stale.length > 0 || courses?.n !== WRITES ? 1 : 0;
  } finally {
    await database.close();
  }
} finally {
  await Promise.all(servers.map(stop));
  await admin(`drop database if exists ${name} with (force)`);
}
