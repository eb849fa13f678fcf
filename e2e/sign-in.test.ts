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
      expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents()).toEqual(["Dashboard", "Officers", "Organizations", "Import", "Settings"]);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      await context.close();
    });
  }, 120_000);

  it("serves the page at any application address, and keeps the API's answers as JSON: 401 signed out, 404 signed in", async () => {
    await withDemoApp(async (app) => {
      const page = await fetch(`${app.url}/officers/some-id`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toContain("text/html");
      // Signed out, an unknown API address is answered like every private one: nothing about what exists.
      const signedOut = await fetch(`${app.url}/api/v1/nothing-here`);
      expect(signedOut.status).toBe(401);
      expect(await signedOut.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
      const { email, password } = app.accounts.chief;
      const session = await fetch(`${app.url}/api/v1/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
      expect(session.status).toBe(200);
      const cookie = (session.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const api = await fetch(`${app.url}/api/v1/nothing-here`, { headers: { cookie } });
      expect(api.status).toBe(404);
      expect(await api.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    });
  });
});
