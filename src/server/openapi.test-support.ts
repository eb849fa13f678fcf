import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import openapiTS, { astToString } from "openapi-typescript";
import pg from "pg";
import type { Database } from "../store/database.ts";
import * as schema from "../store/schema.ts";
import type { FastifyInstance } from "fastify";
import { buildApp, type AppOptions } from "./app.ts";

/**
 * The served OpenAPI document, outside a running server: for `npm run lint:api` (redocly, its
 * recommended rules), `npm run generate:api` (the web's types, src/web/api/schema.d.ts) and the tests
 * that hold both to it. A `.test-support.ts` file, so none of this (nor its dev dependencies) is
 * compiled into dist/.
 *
 *   npx tsx src/server/openapi.test-support.ts lint      # exit 1 on any error or warning
 *   npx tsx src/server/openapi.test-support.ts generate  # rewrite src/web/api/schema.d.ts
 */
export const SCHEMA_FILE = fileURLToPath(new URL("../web/api/schema.d.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The application on a database that is never reached: a pool that connects on its first query, and
 * nothing here queries (starting PGlite would take seconds on a loaded machine). For the served
 * document and for requests that touch no data (the web's pages, signed out).
 */
export async function servingApp(web: AppOptions["web"] = false): Promise<FastifyInstance> {
  const pool = new pg.Pool({ max: 1 });
  const database: Database = { db: drizzle({ client: pool, schema }), mode: "server", location: "(none)", migrate: () => Promise.resolve(), close: () => pool.end() };
  const app = await buildApp({ database, zone: "America/Chicago", web, oidc: null });
  app.addHook("onClose", () => database.close());
  await app.ready();
  return app;
}

/** The document as GET /api/openapi.json serves it. */
export async function servedDocument(): Promise<Record<string, unknown>> {
  const app = await servingApp();
  try {
    // Through JSON, as a client receives it (drops TypeBox's symbols and undefined members).
    return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

export interface LintProblem {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  location: string;
}

export interface LintResult {
  errors: number;
  warnings: number;
  problems: LintProblem[];
}

interface RedoclyJson {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: "error" | "warn"; message: string; location: { pointer?: string }[] }[];
}

/** `redocly lint` (recommended rules, no config file) on a document. */
export async function lintDocument(document: Record<string, unknown>): Promise<LintResult> {
  const dir = await mkdtemp(join(tmpdir(), "sroc-openapi-"));
  try {
    const file = join(dir, "openapi.json");
    await writeFile(file, JSON.stringify(document, null, 2));
    const bin = join(ROOT, "node_modules/@redocly/cli/bin/cli.js");
    const args = [bin, "lint", file, "--extends=recommended", "--format=json", "--max-problems=1000"];
    // redocly exits 1 when it finds an error; its JSON report is on stdout either way.
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, args, { cwd: dir, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } }, (error, out, err) => {
        if (out.trim().startsWith("{")) resolve(out);
        else reject(error ?? new Error(`redocly lint printed no report: ${err}`));
      });
    });
    const report = JSON.parse(stdout) as RedoclyJson;
    return {
      errors: report.totals.errors,
      warnings: report.totals.warnings,
      problems: report.problems.map((p) => ({ ruleId: p.ruleId, severity: p.severity, message: p.message, location: p.location[0]?.pointer ?? "" })),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const HEADER = `/**
 * The API's types, generated from the served OpenAPI document by openapi-typescript.
 * Do not edit: run \`npm run generate:api\` (src/server/openapi.test-support.ts); a test fails when
 * this file is stale.
 */

`;

/** The web's API types, as `npm run generate:api` writes them. */
export async function generatedSchema(document?: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(JSON.stringify(document ?? (await servedDocument())), { alphabetize: false });
  return HEADER + astToString(ast);
}

async function main(command: string | undefined): Promise<number> {
  if (command === "lint") {
    const result = await lintDocument(await servedDocument());
    for (const p of result.problems) process.stdout.write(`${p.severity.padEnd(5)} ${p.ruleId.padEnd(32)} ${p.location}\n      ${p.message}\n`);
    process.stdout.write(`redocly lint (recommended) on the served document: ${result.errors} error(s), ${result.warnings} warning(s)\n`);
    return result.errors + result.warnings === 0 ? 0 : 1;
  }
  if (command === "generate") {
    const text = await generatedSchema();
    const before = await readFile(SCHEMA_FILE, "utf8").catch(() => "");
    if (before !== text) await writeFile(SCHEMA_FILE, text);
    process.stdout.write(`${before === text ? "unchanged" : "written"}: ${SCHEMA_FILE}\n`);
    return 0;
  }
  process.stderr.write("usage: tsx src/server/openapi.test-support.ts lint|generate\n");
  return 2;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv[2]);
}
