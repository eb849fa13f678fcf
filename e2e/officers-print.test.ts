import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { officerKind } from "../src/services/records/officers.ts";
import { createRecord } from "../src/services/records/index.ts";
import { sql } from "drizzle-orm";
import { queryRows } from "../src/store/database.ts";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn, withDemoApp } from "./support/harness.ts";

/**
 * Issue 11, item 5: a chief adds an officer in the browser (it appears in the list), corrects their
 * details on their page, and prints the list — the printed PDF (Chromium's own, print media) holds
 * every officer of the list although the screen renders only the rows near the viewport, and no
 * navigation; the officer page prints without navigation or buttons. The list shows the School column.
 */
const AGENCY = "Prairie River Police Department";
/** Officers added to the demo's agency (53 of its own) so that the list is well past the rows the screen renders (about 30). */
const EXTRA = 30;

/** The text of every page of a PDF, as pdf.js reads it, with its whitespace removed (a line may break anywhere). */
async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    for (const item of content.items) if ("str" in item) parts.push(item.str);
  }
  await document.destroy();
  return parts.join("").replace(/\s+/g, "");
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

/** The number the list announces ("12 officers …"), once the list for the address has arrived. */
async function announcedCount(page: Page): Promise<number> {
  const status = page.locator(".officers-count");
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^[\d,]+ officers?\b/);
  return Number(((await status.textContent()) ?? "").replace(/,/g, "").split(" ")[0]);
}

describe("adding an officer and printing the list", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("a chief adds an officer, sees the School column, and prints every row without the navigation", async () => {
    await withDemoApp(
      async (app) => {
        const { page, context } = await newPage(browser);
        page.setDefaultTimeout(20_000);
        const scriptErrors: string[] = [];
        page.on("pageerror", (e) => scriptErrors.push(e.message));
        // The print dialog is the browser's, not the page's: count the calls instead of opening one.
        await page.addInitScript(() => {
          const w = window as unknown as { printed: number; print: () => void };
          w.printed = 0;
          w.print = () => {
            w.printed += 1;
          };
        });
        await signIn(page, app, "chief");
        await page.goto(`${app.url}/officers`);
        await page.getByRole("heading", { level: 1, name: "Officers" }).waitFor();
        const before = await announcedCount(page);
        expect(before).toBeGreaterThan(EXTRA);

        // The School column: the schools each officer serves, by name.
        await page.getByRole("columnheader", { name: "School", exact: true }).waitFor();
        const [served] = await queryRows<{ name: string }>(
          app.db,
          sql`select s.name from assignments x join schools s on s.id = x.school_id join officers o on o.id = x.officer_id join organizations a on a.id = o.agency_id
              where a.name = ${AGENCY} and x.start_on <= '2026-11-30' and (x.end_on is null or x.end_on >= '2026-11-30') limit 1`,
        );
        expect(served).toBeDefined();
        await expect.poll(() => page.locator("table.officers-table tbody td").allTextContents()).toContainEqual(expect.stringContaining(served?.name ?? "?"));

        // Add an officer: a labelled form; a refusal lands beside the field it names.
        await page.getByRole("button", { name: "Add an officer" }).click();
        const form = page.getByRole("form", { name: "Add an officer" });
        await form.waitFor();
        await form.getByLabel("First name").fill("Quinn");
        await form.getByLabel("Last name").fill("Zabrowski");
        await form.getByLabel("POST license number").fill("  ");
        await expect.poll(async () => form.getByLabel("Employing agency").locator("option:checked").textContent()).toBe(AGENCY);
        await expectAccessible(page, "the add-an-officer form");
        await form.getByRole("button", { name: "Add officer" }).click();
        await form.locator(".field-error").first().waitFor();
        expect(await form.getByLabel("POST license number").getAttribute("aria-invalid")).toBe("true");
        await expectAccessible(page, "the add-an-officer form with an error");
        await form.getByLabel("POST license number").fill("Z-77123");
        await form.getByRole("button", { name: "Add officer" }).click();
        await page.getByText("Zabrowski, Quinn is added.").waitFor();
        await expect.poll(() => announcedCount(page)).toBe(before + 1);
        // It appears in the list (a search by its license finds it).
        await page.getByLabel("Search by name or POST license").fill("Z-77123");
        await expect.poll(() => announcedCount(page)).toBe(1);
        await page.locator("table.officers-table tbody th[scope=row] a", { hasText: "Zabrowski, Quinn" }).waitFor();
        await page.getByRole("button", { name: "Clear filters" }).click();
        await expect.poll(() => announcedCount(page)).toBe(before + 1);

        // The screen renders only some rows; the printout must have all of them.
        const rendered = await page.locator("table.officers-table tbody th[scope=row]").count();
        expect(rendered).toBeLessThan(before + 1);
        const listed = await page.request.get(`${app.url}/api/v1/statuses?limit=10000`);
        const names = ((await listed.json()) as { items: { name: string }[] }).items.map((i) => i.name);
        expect(names).toHaveLength(before + 1);
        expect(names).toContain("Zabrowski, Quinn");

        await page.getByRole("button", { name: "Print" }).click();
        await expect.poll(() => page.locator("table.print-table tbody tr").count(), { timeout: 30_000 }).toBe(before + 1);
        await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
        await expectAccessible(page, "the officers list for printing");
        await page.emulateMedia({ media: "print" });
        await screenshot(page, "officers-print");
        const text = await pdfText(await page.pdf({ format: "Letter", printBackground: false }));
        const missing = names.filter((n) => !text.includes(squeeze(n)));
        expect(missing).toEqual([]);
        expect(text).toContain(squeeze("School"));
        expect(text).toContain(squeeze(served?.name ?? "?"));
        for (const chrome of ["Sign out", "Skip to the content", "Dashboard", "Back to the list", "Print again"]) expect(text).not.toContain(squeeze(chrome));
        await page.emulateMedia({ media: "screen" });

        // Back to the list, then the new officer's page: their agency, no assignment yet, details corrected.
        await page.getByRole("button", { name: "Back to the list" }).click();
        await page.getByLabel("Search by name or POST license").fill("Z-77123");
        await expect.poll(() => announcedCount(page)).toBe(1);
        const [added] = await queryRows<{ id: string }>(app.db, sql`select id from officers where post_license = 'Z-77123'`);
        await page.locator("table.officers-table tbody th[scope=row] a", { hasText: "Zabrowski, Quinn" }).click();
        await expect.poll(() => new URL(page.url()).pathname).toBe(`/officers/${added?.id ?? ""}`);
        await page.getByRole("heading", { level: 1, name: "Zabrowski, Quinn" }).waitFor({ timeout: 60_000 }).catch(async (e: unknown) => {
          await screenshot(page, "debug-officer");
          throw new Error(`${String(e)} ${page.url()} ${(await page.locator("body").textContent()) ?? ""} ${scriptErrors.join(" | ")}`);
        });
        const panel = page.getByRole("region", { name: "Agency and assignments" });
        await expect.poll(() => panel.textContent()).toContain(AGENCY);
        await expect.poll(() => panel.textContent()).toContain("No assignment to a school is on record.");
        await panel.getByRole("button", { name: "Correct the officer's details" }).click();
        const edit = page.getByRole("form", { name: "Correct the officer's details" });
        await edit.getByLabel("First name").fill("Quincy");
        await expectAccessible(page, "the officer page, correcting the details");
        await edit.getByRole("button", { name: "Save details" }).click();
        await page.getByRole("heading", { level: 1, name: "Zabrowski, Quincy" }).waitFor();

        // The officer page on paper: the officer, without the navigation or the buttons.
        await page.emulateMedia({ media: "print" });
        const officerText = await pdfText(await page.pdf({ format: "Letter" }));
        expect(officerText).toContain(squeeze("Zabrowski, Quincy"));
        expect(officerText).toContain(squeeze(AGENCY));
        for (const chrome of ["Sign out", "Skip to the content", "Correct the officer's details"]) expect(officerText).not.toContain(squeeze(chrome));
        await page.emulateMedia({ media: "screen" });

        // An officer with assignments: each in words (school, district, role, first and last day).
        const [assigned] = await queryRows<{ id: string }>(app.db, sql`select x.officer_id as id from assignments x join officers o on o.id = x.officer_id join organizations a on a.id = o.agency_id where a.name = ${AGENCY} and x.role = 'REGULAR' limit 1`);
        await page.goto(`${app.url}/officers/${assigned?.id ?? ""}`);
        const rows = page.getByRole("region", { name: "Agency and assignments" }).locator("table tbody tr");
        await rows.first().waitFor();
        await expect.poll(() => rows.first().textContent()).not.toContain("…");
        expect(await page.getByRole("region", { name: "Agency and assignments" }).textContent()).toMatch(/Regular SRO/);
        expect(await page.getByRole("region", { name: "Agency and assignments" }).textContent()).not.toMatch(/REGULAR|SUBSTITUTE/);
        await expectAccessible(page, "the officer page with assignments");
        await screenshot(page, "officer-assignments");
        expect(scriptErrors).toEqual([]);
        await context.close();
      },
      {
        seed: async (ctx) => {
          const [agency] = await queryRows<{ id: string }>(ctx.db, sql`select id from organizations where name = ${AGENCY}`);
          for (let i = 0; i < EXTRA; i += 1) {
            await createRecord(ctx, officerKind, { postLicense: `P-${String(90000 + i)}`, firstName: `Officer ${String(i + 1).padStart(3, "0")}`, lastName: "Printwell", agencyId: agency?.id ?? "" });
          }
        },
      },
    );
  }, 300_000);
});
