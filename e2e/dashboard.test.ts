import { sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/store/database.ts";
import { HEADLINE_LABELS, HEADLINES, type Headline } from "../src/status/headline.ts";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn, withDemoApp, type DemoRole, type E2eApp } from "./support/harness.ts";

/**
 * The dashboard (issue 5): counts that are the API's, each a way into the officers list; the deadline
 * chart with its numbers; the clauses (4)/(5) panel for a district's safety coordinator; every role's
 * dashboard scoped to its reach and accessible, on a desktop and on a phone.
 */
const DISTRICT = "Prairie River Area Schools";
const PURPOSE = { "x-purpose": "e2e check" };

async function orgId(app: E2eApp, name: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(app.db, sql`select id from organizations where name = ${name}`);
  if (row === undefined) throw new Error(`no organization ${name}`);
  return row.id;
}

/** The dashboard, signed in, once every section has answered (no "Loading …" left). */
async function openDashboard(page: Page, app: E2eApp, role: DemoRole): Promise<void> {
  // The machine is shared with other test runs: allow a slow first load.
  page.setDefaultTimeout(20_000);
  await signIn(page, app, role);
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  await expect.poll(() => page.locator(".loading").count()).toBe(0);
  expect(await page.locator(".notice-error").count()).toBe(0);
}

/** The API's answer in the page's own session. */
async function api<T>(page: Page, app: E2eApp, path: string): Promise<T> {
  const res = await page.request.get(`${app.url}${path}`, { headers: PURPOSE });
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** The officers' ids the page links to. */
async function linkedOfficers(page: Page): Promise<string[]> {
  const hrefs = await page.locator("main a[href^='/officers/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.replace("/officers/", ""));
}

describe("the dashboard", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("shows a chief the API's counts, each a link to the filtered list, and the deadline chart with its numbers", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser);
      await openDashboard(page, app, "chief");
      const summaries = await api<{ groups: { byHeadline: Record<Headline, number>; total: number }[] }>(page, app, "/api/v1/summaries");
      const counts = summaries.groups[0]?.byHeadline;
      expect(counts).toBeDefined();
      const list = page.getByRole("list", { name: "Officers by status" });
      for (const headline of HEADLINES) {
        const link = list.locator(`a[data-headline=${headline}]`);
        expect(await link.locator(".status-count-number").textContent()).toBe((counts?.[headline] ?? 0).toLocaleString("en-US"));
        expect(await link.textContent()).toContain(HEADLINE_LABELS[headline]);
      }

      // The chart, its summary, and its table: the table's total is the API's deadlines in the twelve months.
      const chart = page.getByRole("img", { name: "Bar chart of deadlines per month" });
      await chart.waitFor();
      const deadlines = await api<{ asOf: string; items: { dueOn: string }[] }>(page, app, "/api/v1/deadlines?within=366");
      const inYear = deadlines.items.filter((d) => d.dueOn <= "2027-10-31").length;
      expect(inYear).toBeGreaterThan(0);
      expect(await page.locator("#deadline-chart-caption").textContent()).toContain(`${inYear} deadline`);
      await page.getByText("The numbers behind the chart").click();
      const table = page.getByRole("table", { name: /Deadlines per month/ });
      await table.waitFor();
      const rows = table.locator("tbody tr");
      expect(await rows.count()).toBe(12);
      expect(await rows.first().locator("th").textContent()).toBe("November 2026");
      const totals = (await rows.locator("td:last-child").allTextContents()).map(Number);
      expect(totals.reduce((a, b) => a + b, 0)).toBe(inYear);

      // Who needs action first: the API's first officers, in its order.
      const first = await api<{ items: { officerId: string; headline: Headline }[] }>(page, app, "/api/v1/statuses?limit=10");
      const acting = first.items.filter((s) => HEADLINES.indexOf(s.headline) < HEADLINES.indexOf("COMPLIANT")).map((s) => s.officerId);
      const actionRows = await page.getByRole("table", { name: /to act on first/ }).locator("tbody th a").evaluateAll((links) => links.map((a) => (a.getAttribute("href") ?? "").replace("/officers/", "")));
      expect(actionRows).toEqual(acting);

      // An officer starting untrained (the demo's starts in about 12 days): counted, on the deadlines, due the first day.
      const starting = await api<{ items: { officerId: string; actionDueOn: string }[] }>(page, app, "/api/v1/statuses?headline=STARTS_UNTRAINED");
      expect(starting.items.length).toBeGreaterThan(0);
      expect(await list.locator("a[data-headline=STARTS_UNTRAINED] .status-count-number").textContent()).toBe(String(starting.items.length));
      const upcoming = await api<{ items: { officerId: string; dueOn: string; headline: string }[] }>(page, app, "/api/v1/deadlines?within=366");
      expect(upcoming.items).toContainEqual(expect.objectContaining({ officerId: starting.items[0]?.officerId, dueOn: starting.items[0]?.actionDueOn, headline: "STARTS_UNTRAINED" }));

      await expectAccessible(page, "the chief's dashboard");
      await screenshot(page, "dashboard-chief");

      const overdue = counts?.OVERDUE ?? 0;
      await list.locator("a[data-headline=OVERDUE]").click();
      await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe("/officers?status=OVERDUE");
      await page.getByRole("heading", { level: 1, name: "Officers" }).waitFor();
      if (overdue > 0) await expect.poll(() => page.locator(".officers-count").textContent()).toMatch(new RegExp(`^${overdue.toLocaleString("en-US")} officers?`));
      await context.close();
    });
  }, 120_000);

  it("shows a district's safety coordinator the SROs not yet required to perform clauses (4) and (5)", async () => {
    await withDemoApp(async (app) => {
      const districtId = await orgId(app, DISTRICT);
      const { page, context } = await newPage(browser);
      await openDashboard(page, app, "safety");
      const panel = page.getByRole("region", { name: /cannot yet rely on/ });
      await panel.waitFor();

      // The expectation, from each officer's own explained status (the engine's notRequiredDuties).
      const listed = await api<{ items: { officerId: string; name: string; path: string | null }[] }>(page, app, `/api/v1/statuses?districtId=${districtId}&limit=10000`);
      const expected: string[] = [];
      for (const officer of listed.items) {
        const status = await api<{ answer: { notRequiredDuties: number[] } }>(page, app, `/api/v1/officers/${officer.officerId}/status?districtId=${districtId}`);
        if (status.answer.notRequiredDuties.length > 0) expected.push(officer.name);
      }
      expect(expected.length, "the demo has SROs in the six months or exempt substitutes").toBeGreaterThan(0);
      const shown = await panel.getByRole("list", { name: /not yet required/ }).locator("li .relieved-name a").allTextContents();
      expect([...shown].sort()).toEqual([...expected].sort());
      expect(await panel.textContent()).toContain("providing advice on safety drills");

      await expectAccessible(page, "the safety coordinator's dashboard");
      await screenshot(page, "dashboard-safety");
      await context.close();
    });
  });

  it("keeps a superintendent's dashboard to the officers serving the district, and has no panel for a chief", async () => {
    await withDemoApp(async (app) => {
      const districtId = await orgId(app, DISTRICT);
      const serving = new Set(
        (await queryRows<{ id: string }>(app.db, sql`select distinct x.officer_id as id from assignments x join schools s on s.id = x.school_id where s.organization_id = ${districtId}`)).map((r) => r.id),
      );
      const { page, context } = await newPage(browser);
      await openDashboard(page, app, "superintendent");
      const shown = await linkedOfficers(page);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.filter((id) => !serving.has(id))).toEqual([]);
      // The counts are the district's view, and link to the list in that view.
      const href = await page.getByRole("list", { name: "Officers by status" }).locator("a[data-headline=OVERDUE]").getAttribute("href");
      expect(href).toBe(`/officers?status=OVERDUE&district=${districtId}`);
      const summaries = await api<{ groups: { id: string; byHeadline: Record<Headline, number> }[] }>(page, app, "/api/v1/summaries?level=district");
      const own = summaries.groups.find((g) => g.id === districtId);
      for (const headline of HEADLINES) {
        const number = page.getByRole("list", { name: "Officers by status" }).locator(`a[data-headline=${headline}] .status-count-number`);
        expect(await number.textContent()).toBe((own?.byHeadline[headline] ?? 0).toLocaleString("en-US"));
      }
      expect(await page.getByRole("region", { name: /cannot yet rely on/ }).count()).toBe(1);
      await context.close();

      const chief = await newPage(browser);
      await openDashboard(chief.page, app, "chief");
      expect(await chief.page.getByRole("region", { name: /cannot yet rely on/ }).count()).toBe(0);
      await chief.context.close();
    });
  });

  it("passes axe for every role, and on a phone-sized screen", async () => {
    await withDemoApp(async (app) => {
      for (const role of Object.keys(app.accounts) as DemoRole[]) {
        const { page, context } = await newPage(browser);
        await openDashboard(page, app, role);
        await expectAccessible(page, `the ${role}'s dashboard`);
        await context.close();
      }
      const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
      await openDashboard(phone.page, app, "safety");
      await expectAccessible(phone.page, "the safety coordinator's dashboard on a phone");
      // Nothing wider than the screen (WCAG 1.4.10): the page does not scroll sideways.
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(phone.page, "dashboard-phone");
      await phone.context.close();
    });
  }, 120_000); // nine roles, two screen sizes, an axe scan each
});
