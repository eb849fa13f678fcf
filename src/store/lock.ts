import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * PGlite takes no lock on its data folder, and two processes opening one folder lost a committed write
 * on this machine (notes/stack-on-node20.md §4.7). Before opening the folder we create
 * `sroc.lock` with O_EXCL and our process id; a second opener is refused with a clear message. A lock
 * left by a process that no longer runs (a crash, `kill -9`) is taken over.
 */
export class DataFolderLocked extends Error {}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockDataFolder(dir: string): () => void {
  const path = join(dir, "sroc.lock");
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        rmSync(path, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number.parseInt(readFileSync(path, "utf8"), 10);
      // Our own pid counts too: two PGlite instances on one folder in one process are as unsafe.
      if (Number.isInteger(holder) && processAlive(holder)) {
        throw new DataFolderLocked(
          `the data folder ${dir} is in use by another SRO Compliance process (pid ${holder}); stop it first, or set SROC_DATA_DIR to another folder`,
        );
      }
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new DataFolderLocked(`could not lock the data folder ${dir}`);
}
