import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn, withDemoApp } from "./support/harness.ts";

/**
 * The Import page (issue 5): the agency's training coordinator checks a roster with one bad row, sees
 * that row's error, corrects the file, imports it, and finds the new officer in the Officers list.
 */
const HEADER = "post_license,first_name,last_name,agency,district,school,role,start_on";
const PLACE = "Prairie River Police Department,Prairie River Area Schools,Prairie River High School";
const GOOD_ROW = `990001,Quinn,Quillfeather,${PLACE},REGULAR,2026-09-08`;
const rosterFile = (secondStart: string) => ({
  name: "roster.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`${HEADER}\n${GOOD_ROW}\n990002,Rowan,Rathbone,${PLACE},SUBSTITUTE,${secondStart}\n`),
});

async function openImport(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/import`);
  await page.getByRole("heading", { level: 1, name: "Import records" }).waitFor();
  // The columns of each kind arrive from the API.
  await page.getByText(/^Columns: post license, first name/).waitFor();
}

async function checkFile(page: Page, file: ReturnType<typeof rosterFile>): Promise<void> {
  await page.getByLabel("File to import").setInputFiles(file);
  await page.getByRole("button", { name: "Check file" }).click();
  await page.getByRole("heading", { level: 2, name: "Check of roster.csv" }).waitFor();
}

describe("the Import page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("lets the coordinator check a roster, see the bad row, correct it and import it", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser);
      await signIn(page, app, "coordinator");
      await openImport(page, app.url);
      expect(await page.getByRole("radio", { name: /Roster/ }).isChecked()).toBe(true);
      await expectAccessible(page, "the Import page");

      await checkFile(page, rosterFile("2026-02-30"));
      const problems = page.getByRole("table", { name: /Errors in roster\.csv/ });
      expect(await problems.locator("tbody tr").count()).toBe(1);
      expect(await problems.locator("tbody tr td").allTextContents()).toEqual(["3", "start on", expect.stringContaining("2026-02-30") as string]);
      expect(await page.getByRole("status").textContent()).toContain("1 row of 2 rows has problems");
      expect(await page.getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(true);
      await expectAccessible(page, "the Import page with a report of errors");
      await screenshot(page, "import-report");

      // The corrected file, by keyboard from the file input on: a clean check with what it will do,
      // then the import; the focus lands on the result that replaced the Import button.
      const input = page.getByLabel("File to import");
      await input.setInputFiles(rosterFile("2026-10-01"));
      await input.focus();
      const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
      await page.keyboard.press("Tab");
      expect(await focused()).toBe("Check file");
      await page.keyboard.press("Enter");
      await page.getByText("2 officers created, 0 updated, 0 unchanged").waitFor();
      expect(await page.getByRole("table").count()).toBe(0);
      expect(await page.getByRole("button", { name: "Import", exact: true }).isEnabled()).toBe(true);
      await expectAccessible(page, "the Import page with a clean check");
      await page.keyboard.press("Tab");
      expect(await focused()).toBe("Import");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 2, name: "Imported: roster.csv" }).waitFor();
      await expect.poll(focused).toBe("Imported: roster.csv");
      await expect.poll(() => page.getByRole("status").textContent()).toBe("Imported 2 rows of roster.csv.");
      await expectAccessible(page, "the Import page after an import");
      await screenshot(page, "import-done");

      await page.getByRole("link", { name: "See the officers" }).click();
      await page.getByRole("heading", { level: 1, name: "Officers" }).waitFor();
      await page.goto(`${app.url}/officers?q=Quillfeather`);
      await page.getByRole("link", { name: "Quillfeather, Quinn" }).waitFor();
      const listed = (await (await page.request.get(`${app.url}/api/v1/statuses?q=Rathbone`)).json()) as { items: { name: string }[] };
      expect(listed.items.map((i) => i.name)).toEqual(["Rathbone, Rowan"]);
      await context.close();
    });
  });

  it("works on a phone-sized screen, and tells a role that does not import why", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser, { viewport: { width: 390, height: 844 } });
      await signIn(page, app, "coordinator");
      await openImport(page, app.url);
      await expectAccessible(page, "the Import page on a phone");
      await checkFile(page, rosterFile("2026-02-30"));
      await page.getByRole("table", { name: /Errors in roster\.csv/ }).waitFor();
      await expectAccessible(page, "the Import page's report on a phone");
      // Nothing is wider than the screen but the report's own scrolling region.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, "import-report-phone");
      await context.close();

      const principal = await newPage(browser);
      await signIn(principal.page, app, "principal");
      await principal.page.goto(`${app.url}/import`);
      await principal.page.getByRole("heading", { level: 1, name: "Import records" }).waitFor();
      expect(await principal.page.getByText(/Only an agency.s chief or training coordinator imports records/).count()).toBe(1);
      expect(await principal.page.getByLabel("File to import").count()).toBe(0);
      await expectAccessible(principal.page, "the Import page for a principal");
      await principal.context.close();
    });
  });
});
