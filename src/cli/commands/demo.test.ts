import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { HEADLINE_LABELS, HEADLINES } from "../../status/headline.ts";
import type { Io } from "../io.ts";
import { generateDemo } from "../../demo/generate.ts";
import { auditVerifyCommand } from "./audit.ts";
import { demoCommand } from "./demo.ts";

/** `sroc demo` in-process, on an embedded data folder and, when TEST_DATABASE_URL is set, on a new server database. */
function capture(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    readInput: () => Promise.resolve(""),
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

async function withServerDatabase(url: string, fn: (databaseUrl: string) => Promise<void>): Promise<void> {
  const name = `sroc_demo_${randomBytes(6).toString("hex")}`;
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

async function runTwice(env: NodeJS.ProcessEnv): Promise<void> {
  const first = capture();
  expect(await demoCommand(first, env)).toBe(0);
  expect(first.stderr).toBe("");
  expect(first.stdout).toMatch(/^Loaded the demo into .+ as of \d{4}-\d{2}-\d{2}: 6 organizations \(2 law enforcement agencies, 3 school districts, 1 charter school\), 12 schools, 60 officers\./);
  expect(first.stdout).toContain("Status of the 60 officers as of");
  const lines = first.stdout.split("\n").flatMap((l) => {
    const m = /^ {2}(\S.*?) {2,}(\d+)(?: {2}|$)/.exec(l);
    return m === null ? [] : [{ label: m[1], count: Number(m[2]) }];
  });
  expect(lines.map((l) => l.label)).toEqual(HEADLINES.map((h) => HEADLINE_LABELS[h]));
  expect(lines.reduce((sum, l) => sum + l.count, 0)).toBe(60);
  // Every record the demo wrote is in the audit trail (issue 10, item 3), and the chain verifies.
  const verified = capture();
  expect(await auditVerifyCommand(verified, env)).toBe(0);
  const events = Number(/audit trail intact: ([\d,]+) events/.exec(verified.stdout)?.[1]?.replace(/,/g, "") ?? "0");
  const data = generateDemo("2026-11-30", { uploadedBy: "" });
  const records = [data.organizations, data.schools, data.officers, data.assignments, data.courses, data.certificates, data.decisions, data.reviews, data.contactDays].reduce((n, rows) => n + rows.length, 0);
  expect(events).toBeGreaterThan(records); // the records, DEMO_LOADED, and the demo accounts' events

  const second = capture();
  expect(await demoCommand(second, env)).toBe(2);
  expect(second.stdout).toBe("");
  expect(second.stderr).toMatch(/^sroc: the database is not empty \(6 organization\(s\) and 60 officer\(s\)\).*--force/);

  const forced = capture();
  expect(await demoCommand(forced, env, { force: true })).toBe(2);
  expect(forced.stderr).toMatch(/loaded already\), so nothing was added/);
}

describe("sroc demo", () => {
  it("loads the demo into an empty embedded database, prints a line per headline, and refuses a second time", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "sroc-demo-"));
    try {
      await runTwice({ SROC_DATA_DIR: dir, SROC_TZ: "America/Chicago" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const url = process.env["TEST_DATABASE_URL"];
  it.skipIf(url === undefined || url === "")("does the same on a PostgreSQL server (DATABASE_URL)", { timeout: 120_000 }, async () => {
    await withServerDatabase(url ?? "", (databaseUrl) => runTwice({ DATABASE_URL: databaseUrl, SROC_TZ: "America/Chicago" }));
  });
});
