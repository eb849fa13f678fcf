import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openDatabase, type Database } from "./database.ts";

/**
 * The storage backends every store test runs on (Hono-style: one table of cases, every
 * implementation): PGlite always, and the PostgreSQL server of `TEST_DATABASE_URL` when it is set —
 * under `CI=true` it must be set and reachable, never skipped. Each test gets a database of its own:
 * a clone of a migrated in-memory PGlite, or a new database on the server, dropped afterwards.
 */
export interface TestDatabase extends Database {
  drop(): Promise<void>;
}

export interface Backend {
  name: "PGlite" | "PostgreSQL";
  open(): Promise<TestDatabase>;
}

let template: Promise<PGlite> | undefined;

function pgliteTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const client = await PGlite.create();
    const database = await openDatabase({ pglite: client });
    await database.migrate();
    return client;
  })();
  return template;
}

const pglite: Backend = {
  name: "PGlite",
  async open() {
    // clone() is typed as the PGlite interface; it returns a full PGlite instance.
    const clone = (await (await pgliteTemplate()).clone()) as PGlite;
    const database = await openDatabase({ pglite: clone });
    return { ...database, drop: () => database.close() };
  },
};

function serverBackend(url: string): Backend {
  return {
    name: "PostgreSQL",
    async open() {
      const name = `sroc_test_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      const u = new URL(url);
      u.pathname = `/${name}`;
      const database = await openDatabase({ url: u.toString() });
      await database.migrate();
      return {
        ...database,
        async drop() {
          await database.close();
          const again = new pg.Client({ connectionString: url });
          await again.connect();
          try {
            await again.query(`drop database if exists ${name} with (force)`);
          } finally {
            await again.end();
          }
        },
      };
    },
  };
}

export function backends(): Backend[] {
  const url = process.env["TEST_DATABASE_URL"];
  if ((url === undefined || url === "") && process.env["CI"] === "true") {
    throw new Error("CI=true but TEST_DATABASE_URL is not set: the store tests must also run on the PostgreSQL server");
  }
  return url === undefined || url === "" ? [pglite] : [pglite, serverBackend(url)];
}

/** Runs `fn` on a fresh database of the backend and always drops it. */
export async function withDatabase<T>(backend: Backend, fn: (database: TestDatabase) => Promise<T>): Promise<T> {
  const database = await backend.open();
  try {
    return await fn(database);
  } finally {
    await database.drop();
  }
}
