import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn, withDemoApp } from "./support/harness.ts";

/**
 * Issue 11 item 6 in the browser (docs/decisions/0017): removing a course asks first, can be undone,
 * and stays in the history, where it can be restored; the same course recorded twice is refused with
 * the sentence beside the completion date.
 */
const PURPOSE = { "x-purpose": "e2e test" };
const day = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });

interface Course { id: string; officerId: string; type: string; completedOn: string }

describe("removing and recording courses", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("asks before removing, undoes, lists removed courses and restores them, and refuses the same course twice", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser);
      page.setDefaultTimeout(20_000);
      await signIn(page, app, "coordinator");
      const listed = await page.request.get(`${app.url}/api/v1/courses?limit=10000`, { headers: PURPOSE });
      const course = ((await listed.json()) as { items: (Course & { actions: string[] })[] }).items.find((c) => c.actions.includes("remove"));
      if (course === undefined) throw new Error("the demo has no course the coordinator may remove");
      const countOf = async (removed = "") => {
        const res = await page.request.get(`${app.url}/api/v1/courses?officerId=${course.officerId}&limit=10000${removed}`, { headers: PURPOSE });
        return ((await res.json()) as { items: Course[] }).items.filter((c) => c.id === course.id).length;
      };
      await page.goto(`${app.url}/officers/${course.officerId}`);
      const section = page.getByRole("region", { name: "Courses and certificates" });
      await section.waitFor();
      const when = day(course.completedOn);
      const removeButton = section.getByRole("button", { name: new RegExp(`^Remove .* of ${when}$`) }).first();

      // The same course again: refused, the sentence beside the completion date.
      const form = page.getByRole("form", { name: "Record a completed course" });
      await form.getByLabel("Course", { exact: true }).selectOption(course.type);
      await form.getByLabel("Completed on").fill(course.completedOn);
      await form.getByRole("button", { name: "Add course" }).click();
      const dateError = form.locator(".field-error");
      await dateError.waitFor();
      expect(await dateError.textContent()).toBe("this officer already has this course on record for this date: correct that record instead of adding it again");
      expect(await form.getByLabel("Completed on").getAttribute("aria-invalid")).toBe("true");

      // Remove asks first; keeping it removes nothing.
      await removeButton.click();
      const confirm = section.getByRole("group", { name: new RegExp(`^Remove .* of ${when}\\?$`) });
      await confirm.waitFor();
      expect(await confirm.textContent()).toContain("stays in the history, and can be restored");
      await expectAccessible(page, "the confirmation before removing a course");
      await screenshot(page, "course-remove-confirm");
      await confirm.getByRole("button", { name: "Keep it" }).click();
      expect(await countOf()).toBe(1);

      // Removed, then undone.
      await removeButton.click();
      await confirm.getByRole("button", { name: "Yes, remove" }).click();
      const undo = section.getByRole("button", { name: /^Undo: restore / });
      await undo.waitFor();
      await expect.poll(() => countOf(), { timeout: 10_000 }).toBe(0);
      await undo.click();
      await section.getByText(/ restored\.$/).first().waitFor();
      await expect.poll(() => countOf(), { timeout: 10_000 }).toBe(1);

      // Removed again: in the history of removed courses, restored from there.
      await removeButton.click();
      await confirm.getByRole("button", { name: "Yes, remove" }).click();
      await undo.waitFor();
      await section.getByRole("button", { name: "Show removed courses" }).click();
      const removedTable = section.getByRole("table", { name: /Removed courses/ });
      await removedTable.waitFor();
      await expect.poll(() => removedTable.textContent(), { timeout: 10_000 }).toContain(when);
      expect(await countOf("&removed=only")).toBe(1);
      await expectAccessible(page, "the removed courses");
      await screenshot(page, "course-removed-history");
      await removedTable.getByRole("button", { name: new RegExp(`^Restore .* of ${when}$`) }).first().click();
      await expect.poll(() => countOf(), { timeout: 10_000 }).toBe(1);
      await section.getByText("No removed course.").waitFor();
      await context.close();
    });
  }, 180_000);
});
