import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { loadDemo } from "../../src/demo/load.ts";
import { loadDemoUsers, type DemoAccount } from "../../src/demo/users.ts";
import { operator } from "../../src/policies/actor.ts";
import { buildApp } from "../../src/server/app.ts";
import type { ServiceContext } from "../../src/services/context.ts";
import { backends, filesDigest, openSeeded, type TestDatabase } from "../../src/store/test-database.test-support.ts";

/**
 * The browser tests' world: the real server (built web application included) on a fresh database
 * with the demo loaded and a demo account per role, on a free port; Debian's Chromium driven by
 * playwright-core; an axe-core scan at WCAG 2.1 AA; screenshots under test-output/screenshots.
 *
 * The database is the PostgreSQL server when TEST_DATABASE_URL is set (as in CI), else PGlite.
 */
export const TODAY = "2026-11-30";
export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(import.meta.dirname, "..", "..", "test-output", "screenshots");

export type DemoRole = "admin" | "chief" | "coordinator" | "supervisor" | "sro" | "superintendent" | "safety" | "principal" | "auditor";

export interface E2eApp {
  url: string;
  db: TestDatabase["db"];
  context: ServiceContext;
  accounts: Record<DemoRole, DemoAccount>;
}

function roleOf(account: DemoAccount): DemoRole {
  const local = account.email.split("@")[0] as DemoRole;
  return local;
}

const ROOT = join(import.meta.dirname, "..", "..");
let sourcesDigest: string | undefined;

/**
 * The demo as of `today`, with its users, loaded once and copied for each test (openSeeded): the
 * seeded copy is named by `today` and a fingerprint of the server's sources and migrations, so a
 * change to what loading the demo writes always loads it afresh.
 */
async function openDemo(today: string): Promise<{ database: TestDatabase; accounts: Record<DemoRole, DemoAccount> }> {
  const backend = backends().at(-1);
  if (backend === undefined) throw new Error("no database backend");
  sourcesDigest ??= filesDigest([join(ROOT, "src"), join(ROOT, "migrations")], (path) => path.startsWith(join(ROOT, "src", "web")) || /\.test(-support)?\.tsx?$/.test(path));
  const { database, note } = await openSeeded(backend, `demo ${today} ${sourcesDigest}`, async (seeding) => {
    const context: ServiceContext = { db: seeding.db, actor: operator("e2e"), today: () => today };
    await loadDemo(context);
    return JSON.stringify(await loadDemoUsers(context));
  });
  const accounts = Object.fromEntries((JSON.parse(note) as DemoAccount[]).map((a) => [roleOf(a), a])) as Record<DemoRole, DemoAccount>;
  return { database, accounts };
}

/** Runs `fn` with the demo application served on a fresh database, then drops the database. */
export async function withDemoApp<T>(fn: (app: E2eApp) => Promise<T>, options: { today?: string; seed?: (ctx: ServiceContext) => Promise<void> } = {}): Promise<T> {
  const today = options.today ?? TODAY;
  const { database, accounts } = await openDemo(today);
  try {
    const context: ServiceContext = { db: database.db, actor: operator("e2e"), today: () => today };
    if (options.seed !== undefined) await options.seed(context);
    const server = await buildApp({ database, zone: "America/Chicago", today: () => today, oidc: null });
    await server.listen({ port: 0, host: "127.0.0.1" });
    const address = server.server.address();
    if (address === null || typeof address === "string") throw new Error("the server has no port");
    try {
      return await fn({ url: `http://localhost:${address.port}`, db: database.db, context, accounts });
    } finally {
      await server.close();
    }
  } finally {
    await database.drop();
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A new browser context (its own cookies) and page; axe needs a page from a context. */
export async function newPage(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

/** Signs in through the sign-in page, as a person would, and waits for the dashboard. */
export async function signIn(page: Page, app: E2eApp, role: DemoRole): Promise<void> {
  const account = app.accounts[role];
  await page.goto(`${app.url}/`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/**
 * What a person must never read on a page (issue 11 item 4): the engine's internal references
 * ("law.md §12", "Reading A5"), an enum value in SCREAMING_CASE, or an underscore_joined key. The
 * law is cited by its own name; statuses and choices are in words.
 */
export const UNPLAIN_WORDS: readonly { what: string; pattern: RegExp }[] = [
  { what: "a reference to law.md", pattern: /law\.md/i },
  { what: "a reading's internal number", pattern: /\bReading A\d+/ },
  { what: "an enum value", pattern: /\b[A-Z]{2,}_[A-Z_]+\b/ },
  { what: "an underscore-joined key", pattern: /\b(?![A-Z0-9_]+\b)[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+\b/ },
];

/** The unplain words in a text, each with a little context, for a failure message. */
export function unplainWords(text: string): string[] {
  const found: string[] = [];
  for (const { what, pattern } of UNPLAIN_WORDS) {
    const m = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const hit of text.matchAll(m)) found.push(`${what}: "${text.slice(Math.max(0, hit.index - 30), hit.index + hit[0].length + 30).replace(/\s+/g, " ")}"`);
  }
  return found;
}

/** The page's visible text holds none of UNPLAIN_WORDS (called by expectAccessible, so every scanned page is read too). */
export async function expectPlainWords(page: Page, what: string): Promise<void> {
  const text = await page.locator("body").innerText();
  expect(unplainWords(text), `words a person should not have to read on ${what}`).toEqual([]);
}

/** Zero axe-core violations at WCAG 2.0/2.1 A and AA on the page as it is now, and plain words (expectPlainWords). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  await expectPlainWords(page, what);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")}`);
  expect(violations, `axe violations on ${what}`).toEqual([]);
}

/** A full-page screenshot under test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
