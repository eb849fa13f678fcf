import { operator } from "../../policies/actor.ts";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { count } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../../test/shared-dir.ts";
import { openDatabase } from "../../store/database.ts";
import { officers, officerStatus } from "../../store/schema.ts";
import { importFile } from "./index.ts";

/**
 * kill -9 in the middle of an import (PGlite): the import is one transaction, so the data folder
 * opens again (the dead process's lock is taken over) with the whole import or none of it.
 */
const OFFICERS = 12_000;
const work = mkdtempSync(join(tmpdir(), "sroc-import-crash-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function roster(): string {
  const path = join(work, "roster.csv");
  const rows = [["post_license", "first_name", "last_name", "agency", "district", "school", "role", "start_on"]];
  for (let i = 0; i < OFFICERS; i += 1) rows.push([String(500_000 + i), "Ana", `Officer ${i}`, `Agency ${i % 7}`, `District ${i % 5}`, `School ${i % 3}`, "REGULAR", "2025-09-02"]);
  writeFileSync(path, stringify(rows));
  return path;
}

/** Runs the child until a progress line starts with `killAt`, then kills it with SIGKILL. */
function importUntilKilled(dataDir: string, file: string, killAt: string): Promise<{ lines: string[]; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "src/services/import/import-crash.test-support.ts"), dataDir, file], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let buffered = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split("\n");
    buffered = parts.pop() ?? "";
    for (const line of parts) {
      lines.push(line);
      if (line.startsWith(killAt) && child.exitCode === null) child.kill("SIGKILL");
    }
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      if (signal === null && !lines.some((l) => l.startsWith("done"))) reject(new Error(`the import child failed: ${stderr}`));
      else resolve({ lines, signal });
    });
  });
}

describe("kill -9 during an import (PGlite)", () => {
  const file = roster();

  for (const killAt of ["progress writing officers", "progress status officers"]) {
    it(`leaves all of it or none of it, and the folder opens again (killed at "${killAt}")`, async () => {
      const dataDir = join(work, killAt.replace(/\W+/g, "-"));
      const { lines, signal } = await importUntilKilled(dataDir, file, killAt);
      expect(signal).toBe("SIGKILL");
      expect(lines).toContain("ready");
      expect(lines.some((l) => l.startsWith(killAt))).toBe(true);

      const database = await openDatabase({ dataDir }); // the dead child's lock is taken over
      try {
        const [n] = await database.db.select({ n: count() }).from(officers);
        expect([0, OFFICERS]).toContain(n?.n);
        if (n?.n === 0) expect(lines.some((l) => l.startsWith("done"))).toBe(false);
        // The database works: the same import runs to the end.
        const ctx = { db: database.db, actor: operator("test"), today: () => "2025-11-20" };
        const result = await importFile(ctx, "roster", file, { createMissing: true });
        expect(result.written).toBe(true);
        const [after] = await database.db.select({ n: count() }).from(officers);
        expect(after?.n).toBe(OFFICERS);
        const [statuses] = await database.db.select({ n: count() }).from(officerStatus);
        expect(statuses?.n).toBe(2 * OFFICERS);
      } finally {
        await database.close();
      }
    }, 240_000);
  }
});
