import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { todayIn } from "../../services/clock.ts";
import { refreshStatus } from "../../services/status.ts";
import { assignments, officers, organizations, schools } from "../../store/schema.ts";
import type { Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";
import { exportCommand } from "./export.ts";
import { statusCommand } from "./status.ts";

/**
 * `sroc status` and `sroc export statuses` in-process, on an embedded data folder and, when
 * TEST_DATABASE_URL is set, on a new server database: an officer whose in-scope assignment starts in
 * 12 days untrained is "Starts untrained", due that first day (docs/decisions/0011).
 */
const work = mkdtempSync(join(tmpdir(), "sroc-status-cli-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function capture(): Io & { stdout: () => string } {
  let out = "";
  return {
    readInput: () => Promise.resolve(""),
    out: (t) => {
      out += t;
    },
    err: () => undefined,
    stdout: () => out,
  };
}

async function withServerDatabase(url: string, fn: (databaseUrl: string) => Promise<void>): Promise<void> {
  const name = `sroc_status_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  try {
    await fn(u.toString());
  } finally {
    const again = new pg.Client({ connectionString: url });
    await again.connect();
    await again.query(`drop database if exists ${name} with (force)`);
    await again.end();
  }
}

function daysAfter(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

async function check(env: NodeJS.ProcessEnv): Promise<void> {
  // The commands read the real clock: the start is written from it.
  const today = todayIn("America/Chicago");
  const start = daysAfter(today, 12);
  await withRuntime(async ({ database: { db } }) => {
    const [agency] = await db.insert(organizations).values({ kind: "AGENCY", name: "Edina PD", sroPolicy: "POST", policyAdoptedOn: "2024-11-19" }).returning();
    const [district] = await db.insert(organizations).values({ kind: "DISTRICT", name: "ISD 273", sroPolicy: "MSBA" }).returning();
    const [school] = await db.insert(schools).values({ organizationId: district?.id ?? "", name: "Edina High" }).returning();
    const [officer] = await db.insert(officers).values({ postLicense: "31001", firstName: "Ana", lastName: "Berg", agencyId: agency?.id ?? "" }).returning();
    await db.insert(assignments).values({ officerId: officer?.id ?? "", schoolId: school?.id ?? "", role: "REGULAR", startOn: start });
    await db.transaction((tx) => refreshStatus(tx, "all", today));
  }, env);

  const status = capture();
  expect(await statusCommand(status, env, { json: true })).toBe(0);
  const answer = JSON.parse(status.stdout()) as { items: { name: string; headline: string; headlineLabel: string; actionDueOn: string | null }[] };
  expect(answer.items).toEqual([expect.objectContaining({ name: "Berg, Ana", headline: "STARTS_UNTRAINED", headlineLabel: "Starts untrained", actionDueOn: start })]);
  const table = capture();
  expect(await statusCommand(table, env, { json: false })).toBe(0);
  expect(table.stdout()).toMatch(new RegExp(`^Starts untrained +Berg, Ana .* ${start}$`, "m"));
  expect(table.stdout()).toContain("1 officer(s): 1 Starts untrained");
  // Another date, evaluated on the spot: the day before the start, still ahead.
  const before = capture();
  expect(await statusCommand(before, env, { json: true, asOf: daysAfter(start, -1) })).toBe(0);
  expect((JSON.parse(before.stdout()) as typeof answer).items[0]).toMatchObject({ headline: "STARTS_UNTRAINED", actionDueOn: start });

  const exported = capture();
  expect(await exportCommand(exported, env, { kind: "statuses" })).toBe(0);
  // No cell here holds a comma or a quote: a plain split reads it.
  const [header, first, ...more] = exported.stdout().trim().split(/\r?\n/).map((line) => line.split(","));
  expect(more).toEqual([]);
  const row = Object.fromEntries((header ?? []).map((name, i) => [name, first?.[i]]));
  expect(row).toMatchObject({ post_license: "31001", headline: "STARTS_UNTRAINED", headline_label: "Starts untrained", action_due_on: start });
}

describe("sroc status / sroc export statuses: an officer starting untrained", () => {
  it("on the embedded database", async () => {
    await check({ SROC_DATA_DIR: join(work, "data"), SROC_TZ: "America/Chicago" });
  }, 120_000);

  const url = process.env["TEST_DATABASE_URL"];
  it.skipIf(url === undefined || url === "")("on the PostgreSQL server", async () => {
    await withServerDatabase(url ?? "", async (databaseUrl) => check({ DATABASE_URL: databaseUrl, SROC_TZ: "America/Chicago" }));
  }, 120_000);
});
