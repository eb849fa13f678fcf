import { fork, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataFolderLocked, lockDataFolder } from "./lock.ts";

/**
 * The data-folder lock (issue 10 item 12): one process at a time, and a lock left behind by a crash
 * taken over by exactly one of the processes that start at the same moment — tried 100 times with
 * two real processes racing for a folder whose lock names a dead process.
 */
/** 100 by default; LOCK_TRIALS=1000 for a longer run. */
const TRIALS = Number(process.env["LOCK_TRIALS"] ?? 100);

function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ["-e", ""]);
  if (pid === undefined) throw new Error("could not start a process");
  return pid;
}

function isDead(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), "sroc-lock-"));
}

type Reply = { ready?: true; took?: boolean; error?: string; released?: true };

class Racer {
  private readonly child: ChildProcess;
  private readonly replies: Reply[] = [];
  private waiting: ((r: Reply) => void) | null = null;
  constructor() {
    this.child = fork(join(import.meta.dirname, "lock-race.test-support.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.child.on("message", (r: Reply) => {
      const w = this.waiting;
      if (w === null) this.replies.push(r);
      else {
        this.waiting = null;
        w(r);
      }
    });
  }
  next(): Promise<Reply> {
    const r = this.replies.shift();
    return r !== undefined ? Promise.resolve(r) : new Promise((resolve) => (this.waiting = resolve));
  }
  send(m: object): void {
    this.child.send(m);
  }
  get pid(): number {
    return this.child.pid ?? -1;
  }
  stop(): void {
    this.child.kill();
  }
}

describe("data folder lock", () => {
  it("refuses a second opener while the first lives, and frees the folder when released", () => {
    const dir = folder();
    const unlock = lockDataFolder(dir);
    expect(readFileSync(join(dir, "sroc.lock"), "utf8")).toBe(String(process.pid));
    expect(() => lockDataFolder(dir)).toThrow(DataFolderLocked);
    unlock();
    expect(readdirSync(dir)).toEqual([]);
    lockDataFolder(dir)();
    rmSync(dir, { recursive: true });
  });

  it("takes over a lock left by a process that is gone, one left empty, and one whose takeover was cut short", () => {
    const dir = folder();
    const lock = join(dir, "sroc.lock");
    writeFileSync(lock, String(deadPid()));
    let unlock = lockDataFolder(dir);
    expect(readFileSync(lock, "utf8")).toBe(String(process.pid));
    unlock();
    // A crash between creating the lock and writing its pid (as the lock once was made) left it empty.
    writeFileSync(lock, "");
    unlock = lockDataFolder(dir);
    expect(readFileSync(lock, "utf8")).toBe(String(process.pid));
    unlock();
    // A crash in the middle of a takeover: the stale lock, and the guard of its takeover (named after
    // the lock file's inode, lock.ts) held by another process that is gone too.
    writeFileSync(lock, String(deadPid()));
    writeFileSync(`${lock}.takeover-${statSync(lock, { bigint: true }).ino}`, String(deadPid()));
    unlock = lockDataFolder(dir);
    expect(readFileSync(lock, "utf8")).toBe(String(process.pid));
    expect(readdirSync(dir)).toEqual(["sroc.lock"]); // the guards are gone, and so are our own files
    unlock();
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  // Two processes, as in the issue; and four, which races harder on a busy machine (two of them
  // rarely run at the very same microsecond there: the old lock failed 1–7 of 100 trials with two,
  // 21 of 100 with four).
  describe.each([2, 4])("%i processes starting at the same moment on a folder with a stale lock", (RACERS) => {
    const racers: Racer[] = [];
    beforeAll(async () => {
      for (let i = 0; i < RACERS; i += 1) racers.push(new Racer());
      for (const r of racers) expect(await r.next()).toEqual({ ready: true });
    }, 60_000);
    afterAll(() => {
      for (const r of racers) r.stop();
    });

    it(`gives the folder to exactly one of them, in each of ${TRIALS} trials`, async () => {
      const dead = deadPid();
      let both = 0;
      let neither = 0;
      for (let trial = 0; trial < TRIALS; trial += 1) {
        const dir = folder();
        expect(isDead(dead)).toBe(true);
        writeFileSync(join(dir, "sroc.lock"), String(dead));
        const at = performance.timeOrigin + performance.now() + 20;
        for (const r of racers) r.send({ go: dir, at });
        const took = (await Promise.all(racers.map((r) => r.next()))).filter((r) => r.took === true).length;
        if (took > 1) both += 1;
        if (took === 0) neither += 1;
        for (const r of racers) r.send({ release: true });
        await Promise.all(racers.map((r) => r.next()));
        rmSync(dir, { recursive: true });
      }
      console.log(`lock race (${RACERS} processes): more than one took the lock in ${both} of ${TRIALS} trials, none in ${neither}`);
      expect({ both, neither }).toEqual({ both: 0, neither: 0 });
    }, 600_000);
  });
});
