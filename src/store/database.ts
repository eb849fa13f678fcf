import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { lockDataFolder } from "./lock.ts";
import * as schema from "./schema.ts";

/**
 * One interface over the two storage modes: embedded PostgreSQL (PGlite) in a data folder, the
 * default, or a PostgreSQL server given by a `postgres://` URL. The same schema, queries and
 * migrations run on both; `Db` is their common Drizzle type.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  mode: "embedded" | "server";
  /** Where the data lives, for messages ("./data" or the server URL without its password). */
  location: string;
  /** Applies the migrations not yet applied (idempotent); the same history on both modes. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../migrations", import.meta.url));

// int8 (count(*), bigint) as a JavaScript number, as PGlite returns it: the two drivers must agree.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export interface OpenOptions {
  /** A postgres:// URL: use the server. */
  url?: string | undefined;
  /** The PGlite data folder; ignored with `url`. */
  dataDir?: string | undefined;
  /** An existing PGlite instance (tests: an in-memory clone of a migrated template). */
  pglite?: PGlite;
}

/**
 * A PostgreSQL array literal ('{…}') for one parameter: Drizzle spreads a JavaScript array into a
 * list of parameters, which is not what a bulk `unnest($1::text[])` wants. Strings are quoted and
 * escaped; numbers and booleans need no quotes; null is NULL.
 */
export function arrayLiteral(values: readonly (string | number | boolean | null)[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i];
    parts[i] = v === null || v === undefined ? "NULL" : typeof v === "string" ? `"${v.replace(/["\\]/g, "\\$&")}"` : String(v);
  }
  return `{${parts.join(",")}}`;
}

/**
 * `column = any($1::uuid[])` with the ids as one array parameter: an IN list of 100 000 ids would
 * exceed the protocol's 65 535 parameters.
 */
export function anyOf(column: AnyPgColumn, ids: readonly string[]): SQL {
  return sql`${column} = any(${arrayLiteral(ids)}::uuid[])`;
}

/** The rows of a raw SQL statement, on either driver (both return `{ rows }`). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  // The common Drizzle type leaves the driver's result unknown; both drivers return { rows }.
  const result = (await db.execute(query)) as { rows: T[] };
  return result.rows;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== "") u.password = "***";
    return u.toString();
  } catch {
    return "(server)";
  }
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url !== undefined && options.url !== "") {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    pool.on("error", (e) => {
      process.stderr.write(`sroc: database connection error: ${e.message}\n`);
    });
    await pool.query("select 1");
    const db = drizzlePg({ client: pool, schema });
    return { db, mode: "server", location: redact(options.url), migrate: () => migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER }), close: () => pool.end() };
  }
  if (options.pglite !== undefined) return embedded(options.pglite, "(in memory)", () => Promise.resolve());
  const dir = options.dataDir ?? "./data";
  mkdirSync(dir, { recursive: true });
  const unlock = lockDataFolder(dir);
  try {
    return embedded(await PGlite.create({ dataDir: dir }), dir, () => {
      unlock();
      return Promise.resolve();
    });
  } catch (e) {
    unlock();
    throw e;
  }
}

function embedded(client: PGlite, location: string, afterClose: () => Promise<void>): Database {
  const db = drizzlePglite({ client, schema });
  return {
    db,
    mode: "embedded",
    location,
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      await client.close();
      await afterClose();
    },
  };
}
