import { randomBytes } from "node:crypto";
import { closeSync, fstatSync, linkSync, openSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * PGlite takes no lock on its data folder, and two processes opening one folder lost a committed write
 * on this machine (notes/stack-on-node20.md §4.7). Before opening the folder we create `sroc.lock`
 * holding our process id; a second opener is refused with a clear message. A lock left by a process
 * that no longer runs (a crash, `kill -9`) is taken over — by exactly one of the processes that find
 * it at the same moment (issue 10 item 12: reading, deleting and re-creating it was not atomic, and
 * two processes both took the folder in 53 of 100 simultaneous starts).
 *
 * In pure Node (an OS lock such as flock would need a native module):
 * - A lock file appears complete or not at all: our pid is written to a file of our own, which is
 *   then hard-linked to the lock's name — `link` fails if the name exists, atomically.
 * - A stale lock is replaced only by the holder of its takeover guard, `sroc.lock.takeover-<inode>`,
 *   named after that very file (its inode) and itself created by `link`. The holder checks that the
 *   lock is still that file, replaces it by ours with `rename` (atomic: the name never goes missing,
 *   so no newcomer can slip in), and removes the guard. Two takers of one stale file meet at one
 *   guard, and one wins; a late taker finds a different file (or a live pid) and stops: no ABA.
 * - A guard left by a crash mid-takeover is stale in its turn and is taken over the same way (its
 *   own guard is named after its inode), so every crash is recoverable.
 * - A lock is removed only by its holder, and only while it still holds that file.
 */
export class DataFolderLocked extends Error {}

const LOCK = "sroc.lock";
/** How long to wait for another process that is in the middle of taking over a stale lock (a few system calls). */
const TAKEOVER_WAIT_MS = 2000;
/** Guards of guards: each level needs a crash inside a takeover; more than this is not a crash but a fault. */
const MAX_DEPTH = 8;

interface Holder {
  pid: number;
  /** The file's inode: which lock file this is, whatever its name. */
  ino: string;
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false; // empty or garbled: left by a crash while written
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid in the file at `path` and the file's inode, read from one open file; null if there is none. */
function readHolder(path: string): Holder | null {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  try {
    const ino = fstatSync(fd, { bigint: true }).ino.toString();
    const buffer = Buffer.alloc(32);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return { pid: Number.parseInt(buffer.toString("utf8", 0, n), 10), ino };
  } finally {
    closeSync(fd);
  }
}

/** A new file of our own, beside `path`, already holding our pid. */
function ourFile(path: string): string {
  const temp = `${path}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(temp, String(process.pid), { flag: "wx" });
  return temp;
}

/** Creates `path` holding our pid unless it exists (link: atomic, and the file is complete when it appears). */
function tryCreate(path: string): boolean {
  const temp = ourFile(path);
  try {
    linkSync(temp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Replaces the file at `path` by ours in one step. Only the holder of the file's takeover guard calls it. */
function replace(path: string): void {
  const temp = ourFile(path);
  try {
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Removes `path` if it is still the file we made. */
function release(path: string, ours: Holder): void {
  const now = readHolder(path);
  if (now !== null && now.ino === ours.ino && now.pid === process.pid) rmSync(path, { force: true });
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Makes `path` ours: returns what we hold, or the live holder that has it. */
function acquire(path: string, deadline: number, depth: number): { ours: Holder } | { holder: Holder } {
  if (depth > MAX_DEPTH) throw new DataFolderLocked(`could not lock ${path}: too many takeovers left behind; remove the ${LOCK}.takeover-* files`);
  for (;;) {
    if (Date.now() > deadline) throw new DataFolderLocked(`could not lock ${path}: it kept changing hands`);
    if (tryCreate(path)) {
      const ours = readHolder(path);
      if (ours !== null && ours.pid === process.pid) return { ours };
      continue; // cannot happen while we live (only a dead holder's file is replaced); look again
    }
    const holder = readHolder(path);
    if (holder === null) continue; // released meanwhile: try again
    if (processAlive(holder.pid)) return { holder };
    // Stale. Only the holder of the guard named after this very file may replace it.
    const guard = `${path}.takeover-${holder.ino}`;
    const taken = acquire(guard, deadline, depth + 1);
    if ("holder" in taken) {
      // Another live process is taking it over, between two system calls: let it finish.
      if (Date.now() > deadline) throw new DataFolderLocked(`could not lock ${path}: process ${taken.holder.pid} has been taking over a stale lock for too long`);
      pause(1);
      continue;
    }
    try {
      const now = readHolder(path);
      if (now !== null && now.ino === holder.ino && Object.is(now.pid, holder.pid)) {
        replace(path);
        const ours = readHolder(path);
        if (ours !== null && ours.pid === process.pid) return { ours };
      }
      // Someone else replaced it first (and its guard was already gone when we made ours): look again.
    } finally {
      release(guard, taken.ours);
    }
  }
}

export function lockDataFolder(dir: string): () => void {
  const path = join(dir, LOCK);
  const taken = acquire(path, Date.now() + TAKEOVER_WAIT_MS, 0);
  if ("holder" in taken) {
    // Our own pid counts too: two PGlite instances on one folder in one process are as unsafe.
    throw new DataFolderLocked(
      `the data folder ${dir} is in use by another SRO Compliance process (pid ${taken.holder.pid}); stop it first, or set SROC_DATA_DIR to another folder`,
    );
  }
  return () => {
    release(path, taken.ours);
  };
}
