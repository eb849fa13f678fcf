import { sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/store/database.ts";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn, withDemoApp, type E2eApp } from "./support/harness.ts";

/**
 * The officers list (issue 5): each role sees exactly the officers within its reach; search, filters
 * and sorting change the rows and the address; the download holds the rows shown.
 */
const AGENCY = "Prairie River Police Department";
const DISTRICT = "Prairie River Area Schools";
const SCHOOL = "Prairie River High School";

async function ids(app: E2eApp, query: ReturnType<typeof sql>): Promise<Set<string>> {
  return new Set((await queryRows<{ id: string }>(app.db, query)).map((r) => r.id));
}

async function orgId(app: E2eApp, name: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(app.db, sql`select id from organizations where name = ${name}`);
  if (row === undefined) throw new Error(`no organization ${name}`);
  return row.id;
}

/** The number the page announces ("12 officers …"), once the list for the address has arrived. */
async function announcedCount(page: Page): Promise<number> {
  const status = page.locator(".officers-count");
  await expect.poll(() => status.textContent()).toMatch(/^[\d,]+ officers?\b/);
  return Number(((await status.textContent()) ?? "").replace(/,/g, "").split(" ")[0]);
}

/** The officers' ids of the rows rendered (all of them when the list is short), in order. */
async function shownIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator("table.officers-table tbody th[scope=row] a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.replace("/officers/", ""));
}

async function shownNames(page: Page): Promise<string[]> {
  return page.locator("table.officers-table tbody th[scope=row] a").allTextContents();
}

async function openList(page: Page, app: E2eApp, search = ""): Promise<number> {
  await page.goto(`${app.url}/officers${search}`);
  await page.getByRole("heading", { level: 1, name: "Officers" }).waitFor();
  return announcedCount(page);
}

describe("the officers list", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("shows a supervisor only the SROs they supervise, and a principal only their school's officers", async () => {
    await withDemoApp(async (app) => {
      const supervised = await ids(app, sql`select s.officer_id as id from supervisions s join users u on u.id = s.supervisor_id where u.email = ${app.accounts.supervisor.email}`);
      expect(supervised.size).toBeGreaterThan(0);
      const supervisor = await newPage(browser);
      await signIn(supervisor.page, app, "supervisor");
      expect(await openList(supervisor.page, app)).toBe(supervised.size);
      expect(await supervisor.page.locator("table.officers-table").getAttribute("aria-rowcount")).toBe(String(supervised.size + 1));
      for (const id of await shownIds(supervisor.page)) expect(supervised.has(id)).toBe(true);
      await supervisor.context.close();

      const schoolId = (await queryRows<{ id: string }>(app.db, sql`select s.id from schools s join organizations o on o.id = s.organization_id where s.name = ${SCHOOL} and o.name = ${DISTRICT}`))[0]?.id ?? "";
      const atSchool = await ids(app, sql`select distinct officer_id as id from assignments where under_contract and school_id = ${schoolId}`);
      const principal = await newPage(browser);
      await signIn(principal.page, app, "principal");
      expect(await openList(principal.page, app)).toBe(atSchool.size);
      const shown = await shownIds(principal.page);
      expect(new Set(shown)).toEqual(atSchool);

      // Another school's officer: the API refuses the record, and the officer's page shows none of it.
      const [stranger] = await queryRows<{ id: string; first_name: string; last_name: string; post_license: string }>(
        app.db,
        sql`select id, first_name, last_name, post_license from officers where id not in (select officer_id from assignments where school_id = ${schoolId}) order by last_name limit 1`,
      );
      if (stranger === undefined) throw new Error("the demo has no officer outside the principal's school");
      const refused = await principal.page.request.get(`${app.url}/api/v1/officers/${stranger.id}?purpose=e2e`);
      expect(refused.status()).toBe(403);
      expect((await principal.page.request.get(`${app.url}/api/v1/officers/${stranger.id}/status`)).status()).toBe(403);
      await principal.page.goto(`${app.url}/officers/${stranger.id}`);
      await principal.page.locator("h1").waitFor();
      await principal.page.waitForLoadState("networkidle");
      const text = (await principal.page.locator("main").textContent()) ?? "";
      expect(text).not.toContain(stranger.last_name);
      expect(text).not.toContain(stranger.post_license);
      // Nor does a search of the list find them.
      expect(await openList(principal.page, app, `?q=${encodeURIComponent(stranger.post_license)}`).catch(() => 0)).toBe(0);
      await principal.context.close();
    });
  });

  it("shows an auditor the officers of their agency and those placed in their district", async () => {
    await withDemoApp(async (app) => {
      const agency = await orgId(app, AGENCY);
      const district = await orgId(app, DISTRICT);
      const expected = await ids(
        app,
        sql`select id from officers where agency_id = ${agency}
            union select x.officer_id from assignments x join schools s on s.id = x.school_id where x.under_contract and s.organization_id = ${district}`,
      );
      const { page, context } = await newPage(browser);
      await signIn(page, app, "auditor");
      expect(await openList(page, app)).toBe(expected.size);
      for (const id of await shownIds(page)) expect(expected.has(id)).toBe(true);
      await context.close();
    });
  });

  it("searches, filters and sorts through the address, goes Back, and downloads the rows shown", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser);
      const scriptErrors: string[] = [];
      page.on("pageerror", (e) => scriptErrors.push(e.message));
      await signIn(page, app, "chief");
      const everyone = await openList(page, app);
      expect(everyone).toBeGreaterThan(5);
      await expectAccessible(page, "the officers list");
      await screenshot(page, "officers");

      // A dashboard link: /officers?status=OVERDUE.
      const overdue = await openList(page, app, "?status=OVERDUE");
      expect(overdue).toBeGreaterThan(0);
      expect(overdue).toBeLessThan(everyone);
      expect(await page.getByLabel("Status").inputValue()).toBe("OVERDUE");
      expect(new Set(await page.locator("table.officers-table tbody .badge").allTextContents())).toEqual(new Set(["■ Overdue"]));

      // A filter chosen on the page: the address follows, and Back restores the previous list.
      await page.getByLabel("Status").selectOption("COMPLIANT");
      await expect.poll(() => new URL(page.url()).search).toBe("?status=COMPLIANT");
      expect(await announcedCount(page)).toBeGreaterThan(0);
      await expect.poll(async () => new Set(await page.locator("table.officers-table tbody .badge").allTextContents())).toEqual(new Set(["● Compliant"]));
      // Starting untrained (the demo has one officer starting in about 12 days): an option of its own.
      await page.getByLabel("Status").selectOption({ label: "Starts untrained" });
      await expect.poll(() => new URL(page.url()).search).toBe("?status=STARTS_UNTRAINED");
      expect(await announcedCount(page)).toBeGreaterThan(0);
      await expect.poll(async () => new Set(await page.locator("table.officers-table tbody .badge").allTextContents())).toEqual(new Set(["▶ Starts untrained"]));
      await page.goBack();
      await page.goBack();
      await expect.poll(() => new URL(page.url()).search).toBe("?status=OVERDUE");
      await expect.poll(() => page.getByLabel("Status").inputValue()).toBe("OVERDUE");
      await expect.poll(() => announcedCount(page)).toBe(overdue);

      // Sorting by name: the header says so (aria-sort) and the rows are in name order.
      await page.getByRole("button", { name: "Officer", exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("name");
      await expect.poll(() => page.locator("th[aria-sort=ascending]").textContent()).toContain("Officer");
      expect(await announcedCount(page)).toBe(overdue);
      const byName = await shownNames(page);
      expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
      // The same header again turns the order round; once more, back.
      await page.getByRole("button", { name: "Officer", exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("order")).toBe("desc");
      await expect.poll(() => page.locator("th[aria-sort=descending]").textContent()).toContain("Officer");
      await expect.poll(() => shownNames(page), { timeout: 10_000 }).toEqual([...byName].reverse());
      await page.getByRole("button", { name: "Officer", exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("order")).toBe(null);
      await expect.poll(() => shownNames(page), { timeout: 10_000 }).toEqual(byName);

      // The download holds exactly these rows, in this order.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
      expect(download.suggestedFilename()).toBe("officers-2026-11-30.csv");
      const csv = await (await download.createReadStream()).toArray();
      const lines = Buffer.concat(csv.map((c: Buffer) => c)).toString("utf8").trim().split("\n");
      expect(lines[0]?.startsWith("name,post_license,agency,schools,headline")).toBe(true);
      const csvNames = lines.slice(1).map((l) => (l.startsWith('"') ? l.slice(1, l.indexOf('"', 1)) : (l.split(",")[0] ?? "")));
      expect(csvNames).toEqual(byName);
      const xlsx = await page.request.get(`${app.url}${(await page.getByRole("link", { name: "Excel (XLSX)" }).getAttribute("href")) ?? ""}`);
      expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");

      // A search by POST license narrows to that officer; the count is announced.
      const first = (await shownIds(page))[0] ?? "";
      const [officer] = await queryRows<{ post_license: string; name: string }>(app.db, sql`select post_license, last_name || ', ' || first_name as name from officers where id = ${first}`);
      await page.getByLabel("Search by name or POST license").fill(officer?.post_license ?? "");
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(officer?.post_license);
      await expect.poll(() => announcedCount(page)).toBe(1);
      expect(await shownNames(page)).toEqual([officer?.name]);
      await expectAccessible(page, "the officers list, searched");

      // A search that matches nobody says so.
      await page.getByLabel("Search by name or POST license").fill("no such officer zzz");
      await expect.poll(() => page.getByText("No officer matches the search and filters.").isVisible()).toBe(true);
      await page.getByRole("button", { name: "Clear filters" }).click();
      await expect.poll(() => new URL(page.url()).search).toBe("?sort=name");
      await expect.poll(() => announcedCount(page)).toBe(everyone);

      // Agency, district, school and path filters are labelled controls that reach the address.
      await page.getByLabel("School district").selectOption({ label: DISTRICT });
      await expect.poll(() => new URL(page.url()).searchParams.get("district")).toBe(await orgId(app, DISTRICT));
      await page.getByLabel("School", { exact: true }).selectOption({ label: SCHOOL });
      await expect.poll(() => new URL(page.url()).searchParams.get("school")).not.toBeNull();
      const atSchool = await announcedCount(page);
      expect(atSchool).toBeGreaterThan(0);
      expect(atSchool).toBeLessThan(everyone);
      await page.getByLabel("Training path").selectOption("SUBSTITUTE");
      await expect.poll(() => new URL(page.url()).searchParams.get("path")).toBe("SUBSTITUTE");
      await page.getByLabel("Agency").selectOption({ label: AGENCY });
      await expect.poll(() => new URL(page.url()).searchParams.get("agency")).toBe(await orgId(app, AGENCY));
      await expectAccessible(page, "the officers list, filtered");
      expect(scriptErrors).toEqual([]);
      await context.close();
    });
  }, 120_000);

  it("works on a phone-sized screen and by keyboard, the row opening the officer", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser, { viewport: { width: 390, height: 844 } });
      await signIn(page, app, "coordinator");
      await openList(page, app, "?status=OVERDUE");
      await expectAccessible(page, "the officers list on a phone");
      await screenshot(page, "officers-phone");
      // No page-wide sideways scrolling (the table scrolls inside its own region).
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // The Status column is on screen without scrolling (issue 11 item 6): its header and the first row's status.
      const onScreen = (box: { x: number; width: number } | null) => box !== null && box.x >= 0 && box.x + box.width <= 390;
      expect(onScreen(await page.getByRole("columnheader", { name: /^Status/ }).boundingBox())).toBe(true);
      expect(onScreen(await page.locator(".officers-table tbody tr:not(.spacer) .badge").first().boundingBox())).toBe(true);

      // Keyboard only: Tab from the search to the first sort button, sort by it, then open an officer.
      await page.getByLabel("Search by name or POST license").focus();
      const firstId = (await shownIds(page))[0] ?? "";
      let reached = "";
      for (let i = 0; i < 30 && !reached.startsWith("/officers/"); i += 1) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
      }
      expect(reached).toBe(`/officers/${firstId}`);
      await page.keyboard.press("Enter");
      await expect.poll(() => new URL(page.url()).pathname).toBe(`/officers/${firstId}`);
      await context.close();
    });
  });
});
