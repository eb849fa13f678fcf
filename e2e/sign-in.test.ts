import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn, withDemoApp } from "./support/harness.ts";

describe("signing in", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("shows an accessible sign-in page, refuses a wrong password with the reason, signs in and out", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser);
      await page.goto(`${app.url}/officers`);
      await expect.poll(() => page.title()).toBe("Sign in — SRO Compliance");
      await expectAccessible(page, "the sign-in page");
      await screenshot(page, "sign-in");

      await page.getByLabel("Email").fill(app.accounts.chief.email);
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect.poll(() => page.getByRole("alert").textContent()).toContain("the email or the password is wrong");

      await signIn(page, app, "chief");
      expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents()).toEqual(["Dashboard", "Officers", "Organisations", "Import", "Settings"]);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      await context.close();
    });
  });

  it("serves the page at any application address, and keeps the API's 404 as JSON", async () => {
    await withDemoApp(async (app) => {
      const page = await fetch(`${app.url}/officers/some-id`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toContain("text/html");
      const api = await fetch(`${app.url}/api/v1/nothing-here`);
      expect(api.status).toBe(404);
      expect(await api.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    });
  });
});
