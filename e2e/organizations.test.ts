import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn, withDemoApp, type E2eApp } from "./support/harness.ts";

/**
 * The Organizations page: the administrator adds a school to a district, the agency's training
 * coordinator assigns an officer there and changes the assignment, each error beside its field; a
 * principal sees the organizations but no control to change them, and the API refuses a write.
 */
const DISTRICT = "Prairie River Area Schools";
const NEW_SCHOOL = "Prairie River Online Academy";

async function openDistrict(page: Page, app: E2eApp): Promise<void> {
  await page.goto(`${app.url}/organizations`);
  await page.getByRole("heading", { level: 1, name: "Organizations" }).waitFor();
  await page.getByRole("link", { name: DISTRICT, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: DISTRICT }).waitFor();
  await page.getByRole("table", { name: /Assignments/ }).waitFor();
}

describe("organizations, schools and assignments", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("the administrator adds a school; the training coordinator assigns an officer there and changes it", async () => {
    await withDemoApp(async (app) => {
      const admin = await newPage(browser);
      await signIn(admin.page, app, "admin");
      await admin.page.goto(`${app.url}/organizations`);
      await admin.page.getByRole("table", { name: /Organizations/ }).waitFor();
      expect(await admin.page.getByRole("button", { name: "Add an organization" }).count()).toBe(1);
      await expectAccessible(admin.page, "the organizations list");
      await screenshot(admin.page, "organizations");

      await openDistrict(admin.page, app);
      await expectAccessible(admin.page, "a district");
      await screenshot(admin.page, "organization-district");
      // The administrator keeps organizations and schools, not an agency's personnel records.
      expect(await admin.page.getByRole("button", { name: "Add an assignment" }).count()).toBe(0);
      await admin.page.getByRole("button", { name: "Add a school" }).click();
      await admin.page.getByRole("button", { name: "Add the school" }).click();
      const nameError = admin.page.getByRole("form", { name: `Add a school to ${DISTRICT}` }).locator(".field-error");
      await nameError.waitFor();
      expect(await admin.page.getByLabel("Name of the new school").getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(admin.page, "the school form with an error");
      await admin.page.getByLabel("Name of the new school").fill(NEW_SCHOOL);
      await admin.page.getByRole("button", { name: "Add the school" }).click();
      await admin.page.getByText(`${NEW_SCHOOL} was added.`).waitFor();
      // The confirmation can show a moment before the refreshed list does on a loaded machine.
      await admin.page.locator(".school-list li", { hasText: NEW_SCHOOL }).waitFor();
      await admin.context.close();

      const coordinator = await newPage(browser);
      const page = coordinator.page;
      await signIn(page, app, "coordinator");
      await openDistrict(page, app);
      expect(await page.getByRole("button", { name: "Add a school" }).count()).toBe(0);
      await page.getByRole("button", { name: "Add an assignment" }).click();
      await page.getByLabel("Officer", { exact: true }).selectOption({ index: 1 });
      const officer = (await page.getByLabel("Officer", { exact: true }).locator("option:checked").textContent())?.replace(/ \(license.*$/, "") ?? "";
      await page.getByLabel("School", { exact: true }).selectOption({ label: NEW_SCHOOL });
      await page.getByLabel("Role", { exact: true }).selectOption("SUBSTITUTE");
      await page.getByLabel("First day served").fill("2026-12-01");
      await page.getByLabel("Last day served").fill("2026-11-01");
      await page.getByRole("button", { name: "Add the assignment" }).click();
      // The API refuses an end before the start, and its message stands beside that field.
      await expect.poll(() => page.getByRole("alert").allTextContents()).toContainEqual(expect.stringContaining("must not be before startOn"));
      expect(await page.getByLabel("Last day served").getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, "the assignment form with an error");
      await page.getByLabel("Last day served").fill("");
      await page.getByLabel("Contract reference").fill("PRAS-2026-07");
      await page.getByRole("button", { name: "Add the assignment" }).click();
      await page.getByText("The assignment was added.").waitFor();
      const row = page.getByRole("row").filter({ hasText: NEW_SCHOOL });
      await row.waitFor();
      expect(await row.textContent()).toContain(officer);
      expect(await row.textContent()).toContain("Substitute");
      expect(await row.textContent()).toContain("PRAS-2026-07");

      await row.getByRole("button", { name: /^Change/ }).click();
      await page.getByLabel("Planned student contact days").fill("40");
      await page.getByRole("button", { name: "Save the assignment" }).click();
      await page.getByText("The assignment was saved.").waitFor();
      await expect.poll(() => page.getByRole("row").filter({ hasText: NEW_SCHOOL }).textContent()).toContain("40 planned days");
      await expectAccessible(page, "a district after the changes");
      // "Remove" asks first; its "Yes, remove" stays inside the table's region at 1280 px (issue 11 item 6).
      await page.getByRole("row").filter({ hasText: NEW_SCHOOL }).getByRole("button", { name: /^Remove/ }).click();
      const yes = page.getByRole("button", { name: "Yes, remove" });
      await yes.waitFor();
      const button = await yes.boundingBox();
      const region = await page.locator(".table-scroll", { has: yes }).boundingBox();
      expect({ button, region, inside: button !== null && region !== null && button.x >= region.x && button.x + button.width <= region.x + region.width }).toMatchObject({ inside: true });
      await page.getByRole("button", { name: "Keep it" }).click();
      await coordinator.context.close();
    });
  }, 120_000); // two people, a school, an assignment with an error, a change and a removal asked, on a loaded machine

  it("a principal sees the organizations without any control to change them, and the API refuses a change", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser, { viewport: { width: 390, height: 844 } });
      await signIn(page, app, "principal");
      await page.goto(`${app.url}/organizations`);
      await page.getByRole("table", { name: /Organizations/ }).waitFor();
      expect(await page.getByRole("link", { name: "Prairie River Police Department" }).count()).toBe(1);
      expect(await page.getByRole("button", { name: "Add an organization" }).count()).toBe(0);
      await expectAccessible(page, "the organizations list on a phone");
      await screenshot(page, "organizations-phone");

      await openDistrict(page, app);
      expect(await page.getByRole("main").getByRole("button").count()).toBe(0);
      expect(await page.getByText("only its chief or superintendent, or the administrator, may change it").count()).toBe(1);
      await expectAccessible(page, "a district on a phone, read only");
      // No horizontal scrolling on a phone (WCAG 1.4.10).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      const districtId = new URL(page.url()).searchParams.get("org");
      const refused = await page.evaluate(async (id) => {
        const session = (await (await fetch("/api/v1/session")).json()) as { csrfToken: string };
        const res = await fetch(`/api/v1/organizations/${String(id)}`, { method: "PATCH", headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken }, body: JSON.stringify({ name: "Renamed" }) });
        return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } };
      }, districtId);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/only the organi[sz]ation's chief or superintendent, or the administrator/);
      await context.close();
    });
  });
});
