import { hostname, userInfo } from "node:os";
import { operator, type Actor } from "../policies/actor.ts";
import { assertZone, todayIn, zoneOf } from "../services/clock.ts";
import type { ServiceContext } from "../services/context.ts";
import { openDatabase, type Database } from "../store/database.ts";
import { DataFolderLocked } from "../store/lock.ts";
import { UserError } from "./io.ts";

/**
 * What every command that touches the records needs, from the environment:
 *   DATABASE_URL   postgres://… to use a PostgreSQL server; unset = embedded PostgreSQL (PGlite)
 *   SROC_DATA_DIR  the embedded data folder (default ./data)
 *   SROC_TZ        the time zone of "today" (default America/Chicago)
 */
export interface Runtime {
  database: Database;
  zone: string;
  context: ServiceContext;
  close(): Promise<void>;
}

/**
 * The terminal's user as an actor (issue 10, item 3): the operator, named by the account and the
 * machine ("sroc (ana@records-pc)"), so that every write from the command line is in the audit
 * trail as who ran it and where; the origin says it came from the command line, not over HTTP.
 */
export function terminal(): { actor: Actor; origin: { ip: null; userAgent: string } } {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    user = process.env["USER"] ?? process.env["USERNAME"] ?? "unknown"; // no passwd entry (some containers)
  }
  const who = `${user}@${hostname()}`;
  return { actor: operator(who), origin: { ip: null, userAgent: `sroc command line (${who})` } };
}

export async function openRuntime(env: NodeJS.ProcessEnv = process.env, options: { migrate?: boolean } = {}): Promise<Runtime> {
  const zone = zoneOf(env);
  try {
    assertZone(zone);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
  let database: Database;
  try {
    database = await openDatabase({ url: env["DATABASE_URL"], dataDir: env["SROC_DATA_DIR"] ?? "./data" });
  } catch (e) {
    if (e instanceof DataFolderLocked) throw new UserError(e.message);
    const where = env["DATABASE_URL"] !== undefined && env["DATABASE_URL"] !== "" ? "the PostgreSQL server in DATABASE_URL" : "the embedded database";
    throw new UserError(`cannot open ${where}: ${(e as Error).message}`);
  }
  if (options.migrate ?? true) await database.migrate();
  // Whoever can run the command line can open the database: the operator acts with full rights.
  const context: ServiceContext = { db: database.db, ...terminal(), today: () => todayIn(zone) };
  return { database, zone, context, close: () => database.close() };
}

/** Runs a command body with a runtime and always closes it (releasing the data folder's lock). */
export async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const rt = await openRuntime(env);
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}
