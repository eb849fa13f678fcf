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

/** The fingerprint of every file under `folders` (paths and contents), for naming a seeded copy. */
export function filesDigest(folders: readonly string[], skip: (path: string) => boolean = () => false): string {
  const hash = createHash("sha256");
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (skip(path)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(path).update(readFileSync(path));
    }
  };
  for (const folder of folders) walk(folder);
  return hash.digest("hex").slice(0, 16);
}

/** A seeded database: its copy for one test, and what the seeding said about itself (e.g. the demo's passwords). */
export interface Seeded {
  database: TestDatabase;
  note: string;
}

const pgliteSeeds = new Map<string, Promise<{ client: PGlite; note: string }>>();
const serverSeeds = new Map<string, Promise<{ template: string; note: string }>>();
/** Seeded templates older than this are dropped when another is built (each source change makes one). */
const SEEDED_KEPT_MS = 6 * 3600_000;

/**
 * A fresh database already holding what `seed` writes — seeded once per `key` and copied for each
 * test (the browser tests load the whole demo, its audit trail and its users' passwords, for every
 * test). On PGlite the seeded instance is kept in the process and cloned; on the server it is a
 * template database named by `key` (built under a temporary name, renamed when complete, so a
 * killed run leaves nothing half-seeded) with `seed`'s note as its comment, shared by the test
 * processes. `key` must change whenever what `seed` writes could (callers fingerprint the sources).
 */
export async function openSeeded(backend: Backend, key: string, seed: (database: TestDatabase) => Promise<string>): Promise<Seeded> {
  if (backend.name === "PGlite") {
    let made = pgliteSeeds.get(key);
    if (made === undefined) {
      made = (async () => {
        const client = (await (await pgliteTemplate()).clone()) as PGlite;
        const database = await openDatabase({ pglite: client });
        const note = await seed({ ...database, drop: () => database.close() });
        return { client, note };
      })();
      pgliteSeeds.set(key, made);
    }
    const { client, note } = await made;
    const database = await openDatabase({ pglite: (await client.clone()) as PGlite });
    return { database: { ...database, drop: () => database.close() }, note };
  }
  const url = process.env["TEST_DATABASE_URL"] ?? "";
  let made = serverSeeds.get(key);
  if (made === undefined) {
    made = seedServerTemplate(url, key, seed);
    serverSeeds.set(key, made);
  }
  const { template, note } = await made;
  const name = `sroc_test_${randomBytes(6).toString("hex")}`;
  await onServer(url, (c) => createFromTemplate(c, name, template));
  const database = await openDatabase({ url: databaseUrl(url, name) });
  return {
    database: {
      ...database,
      async drop() {
        await database.close();
        await onServer(url, (c) => c.query(`drop database if exists ${name} with (force)`));
      },
    },
    note,
  };
}

async function seedServerTemplate(url: string, key: string, seed: (database: TestDatabase) => Promise<string>): Promise<{ template: string; note: string }> {
  const template = `sroc_seeded_${createHash("sha256").update(key).update(migrationsDigest()).digest("hex").slice(0, 16)}`;
  const commentOf = async (c: pg.Client): Promise<string | null> =>
    ((await c.query<{ note: string | null }>("select shobj_description(oid, 'pg_database') as note from pg_database where datname = $1", [template])).rows[0]?.note ?? null);
  const existing = await onServer(url, commentOf);
  if (existing !== null) return { template, note: (JSON.parse(existing) as { note: string }).note };

  const building = `sroc_building_${randomBytes(6).toString("hex")}`;
  await onServer(url, async (c) => createFromTemplate(c, building, await serverTemplate(url)));
  const database = await openDatabase({ url: databaseUrl(url, building) });
  let note: string;
  try {
    note = await seed({ ...database, drop: () => database.close() });
  } catch (error) {
    await database.close();
    await onServer(url, (c) => c.query(`drop database if exists ${building} with (force)`));
    throw error;
  }
  await database.close();
  return onServer(url, async (c) => {
    await c.query(`comment on database ${building} is ${c.escapeLiteral(JSON.stringify({ note, at: Date.now() }))}`);
    try {
      await c.query(`alter database ${building} rename to ${template}`);
    } catch (error) {
      if ((error as { code?: string }).code !== "42P04") throw error; // another process seeded it first: use theirs
      await c.query(`drop database if exists ${building} with (force)`);
      return { template, note: (JSON.parse((await commentOf(c)) ?? "{}") as { note: string }).note };
    }
    const stale = await c.query<{ datname: string; note: string | null }>(
      "select datname, shobj_description(oid, 'pg_database') as note from pg_database where datname like 'sroc_seeded_%' and datname <> $1",
      [template],
    );
    for (const row of stale.rows) {
      const at = row.note === null ? 0 : ((JSON.parse(row.note) as { at?: number }).at ?? 0);
      if (Date.now() - at > SEEDED_KEPT_MS) await c.query(`drop database if exists ${row.datname} with (force)`).catch(() => undefined);
    }
    return { template, note };
  });
}
