import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { MIGRATIONS_FOLDER, openDatabase, type Database } from "./database.ts";

/**
 * The storage backends every store test runs on (Hono-style: one table of cases, every
 * implementation): PGlite always, and the PostgreSQL server of `TEST_DATABASE_URL` when it is set —
 * under `CI=true` it must be set and reachable, never skipped. Each test gets a database of its own:
 * a clone of a migrated in-memory PGlite, or a copy of a migrated template database on the server,
 * dropped afterwards.
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

/** The migration history's fingerprint: a server template is reused only for exactly these files. */
function migrationsDigest(): string {
  const hash = createHash("sha256");
  for (const folder of [MIGRATIONS_FOLDER, join(MIGRATIONS_FOLDER, "meta")]) {
    for (const file of readdirSync(folder).sort()) {
      const path = join(folder, file);
      if (!statSync(path).isFile()) continue;
      hash.update(file).update(readFileSync(path));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

async function onServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const templates = new Map<string, Promise<string>>();

/**
 * A migrated database on the server to copy each test's database from (CREATE DATABASE … TEMPLATE):
 * migrating a fresh database took most of a server test's set-up. It is built under a temporary name
 * and renamed when complete, so a run killed half-way never leaves a half-migrated template, and
 * parallel test processes agree on one (the loser of the rename drops its copy). Named by the
 * migrations' fingerprint: a changed history gets a template of its own.
 */
function serverTemplate(url: string): Promise<string> {
  let name = templates.get(url);
  if (name === undefined) {
    name = (async () => {
      const template = `sroc_template_${migrationsDigest()}`;
      const exists = await onServer(url, async (c) => (await c.query("select 1 from pg_database where datname = $1", [template])).rowCount === 1);
      if (exists) return template;
      const building = `sroc_building_${randomBytes(6).toString("hex")}`;
      await onServer(url, (c) => c.query(`create database ${building}`));
      const database = await openDatabase({ url: databaseUrl(url, building) });
      try {
        await database.migrate();
      } finally {
        await database.close();
      }
      await onServer(url, async (c) => {
        try {
          await c.query(`alter database ${building} rename to ${template}`);
        } catch (error) {
          if ((error as { code?: string }).code !== "42P04") throw error; // another process made it first
          await c.query(`drop database if exists ${building} with (force)`);
        }
      });
      return template;
    })();
    templates.set(url, name);
  }
  return name;
}

/** A copy of the template; PostgreSQL refuses (55006) while another session is still in the template. */
async function createFromTemplate(client: pg.Client, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`create database ${name} template ${template}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

function serverBackend(url: string): Backend {
  return {
    name: "PostgreSQL",
    async open() {
      const name = `sroc_test_${randomBytes(6).toString("hex")}`;
      const template = await serverTemplate(url);
      await onServer(url, (c) => createFromTemplate(c, name, template));
      const database = await openDatabase({ url: databaseUrl(url, name) });
      return {
        ...database,
        async drop() {
          await database.close();
          await onServer(url, (c) => c.query(`drop database if exists ${name} with (force)`));
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
