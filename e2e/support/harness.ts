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
import { backends, withDatabase, type TestDatabase } from "../../src/store/test-database.test-support.ts";

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

/** Runs `fn` with the demo application served on a fresh database, then drops the database. */
export async function withDemoApp<T>(fn: (app: E2eApp) => Promise<T>, options: { today?: string; seed?: (ctx: ServiceContext) => Promise<void> } = {}): Promise<T> {
  const backend = backends().at(-1);
  if (backend === undefined) throw new Error("no database backend");
  const today = options.today ?? TODAY;
  return withDatabase(backend, async (database) => {
    const context: ServiceContext = { db: database.db, actor: operator("e2e"), today: () => today };
    await loadDemo(context);
    const accounts = Object.fromEntries((await loadDemoUsers(context)).map((a) => [roleOf(a), a])) as Record<DemoRole, DemoAccount>;
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
  });
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

/** Zero axe-core violations at WCAG 2.0/2.1 A and AA on the page as it is now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")}`);
  expect(violations, `axe violations on ${what}`).toEqual([]);
}

/** A full-page screenshot under test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
