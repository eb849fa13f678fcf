/**
 * The child process of import-crash.test.ts: imports a roster into an embedded data folder and
 * reports its progress on standard output, one line per step, until the test kills it (SIGKILL).
 *
 *   node --import tsx src/services/import/import-crash.test-support.ts DATA_DIR ROSTER.csv
 */
import { operator } from "../../policies/actor.ts";
import { openDatabase } from "../../store/database.ts";
import { importFile } from "./index.ts";

const [dataDir, roster] = process.argv.slice(2);
if (dataDir === undefined || roster === undefined) throw new Error("usage: import-crash.test-support.ts DATA_DIR ROSTER.csv");
const database = await openDatabase({ dataDir });
await database.migrate();
process.stdout.write("ready\n");
const ctx = { db: database.db, actor: operator("crash-test"), today: () => "2025-11-20" };
const result = await importFile(ctx, "roster", roster, {
  createMissing: true,
  onProgress: (p) => process.stdout.write(`progress ${p.phase} ${p.step} ${p.done}/${p.total}\n`),
});
process.stdout.write(`done ${result.counts.officersCreated}\n`);
await database.close();
