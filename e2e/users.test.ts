import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn, withDemoApp, type E2eApp } from "./support/harness.ts";

/**
 * People and access (issue 11 item 5; docs/decisions/0019-user-administration.md): the administrator
 * adds a person (a temporary password shown once), gives them a role, and disables them after a
 * confirmation; the person, signed in, is held to their account page until they choose a password,
 * is signed out the moment they are disabled, and cannot sign in again. Zero axe violations on the
 * page at 1280 and 390 px wide.
 */
const NAME = "Jordan Example";
const EMAIL = "jordan.example@prpd.example";
const AGENCY = "Prairie River Police Department";

/**
 * Opens an address of the application, again when it answers 404: another test rebuilding the shared
 * dist/web for a moment leaves no index.html to serve (seen on the loaded machine).
 */
async function openApp(page: Page, url: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const res = await page.goto(url);
    if (res === null || res.status() !== 404 || attempt === 5) return;
    await page.waitForTimeout(3000);
  }
}

async function tryToSignIn(page: Page, app: E2eApp, email: string, password: string): Promise<void> {
  await openApp(page, `${app.url}/`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

describe("people and access", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("an administrator adds a person, gives them a role and disables them; the disabled person cannot sign in", { timeout: 240_000 }, async () => {
    await withDemoApp(async (app) => {
      const admin = await newPage(browser);
      const page = admin.page;
      await signIn(page, app, "admin");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People and access" }).click();
      await page.getByRole("heading", { level: 1, name: "People and access" }).waitFor();
      await page.getByRole("heading", { level: 2, name: /^Accounts \(\d+\)$/ }).waitFor();
      await expectAccessible(page, "the people and access page at 1280 px");
      await screenshot(page, "users");

      // Add a person: the API's refusal lands beside the field, then a temporary password is shown once.
      const add = page.getByRole("region", { name: "Add a person" });
      await add.getByLabel("Name").fill(NAME);
      await add.getByLabel("Email").fill("not an address");
      await add.getByRole("button", { name: "Add the person" }).click();
      await expect.poll(() => add.locator(".field-error").allTextContents()).toContainEqual(expect.stringContaining("email address"));
      expect(await add.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");
      await add.getByLabel("Email").fill(EMAIL);
      await add.getByRole("button", { name: "Add the person" }).click();
      const shown = add.locator(".temporary-password code");
      await shown.waitFor();
      const temporary = (await shown.textContent()) ?? "";
      expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

      // Give a role: the organization first, then a role that fits it, in words.
      const entry = page.locator("li.account", { has: page.getByRole("heading", { level: 3, name: NAME }) });
      await entry.waitFor();
      await entry.getByRole("button", { name: `Give a role to ${NAME}` }).click();
      const roleForm = page.getByRole("form", { name: `Give ${NAME} a role` });
      await roleForm.getByLabel("Organization").selectOption({ label: AGENCY });
      const roleNames = await roleForm.getByLabel("Role").locator("option").allTextContents();
      expect(roleNames).toContain("Training coordinator");
      expect(roleNames.join(" ")).not.toMatch(/[A-Z]{2,}_[A-Z]/);
      await roleForm.getByLabel("Role").selectOption({ label: "Training coordinator" });
      await roleForm.getByRole("button", { name: "Give the role" }).click();
      await entry.getByText(`Training coordinator, ${AGENCY}`).waitFor();

      // The person signs in with the temporary password: only their account page, until they choose one.
      const person = await newPage(browser);
      await tryToSignIn(person.page, app, EMAIL, temporary);
      await person.page.getByRole("button", { name: "Sign out" }).waitFor();
      await person.page.getByText("An administrator gave you a temporary password.").waitFor();
      await person.page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();

      // Disable, after a confirmation.
      await entry.getByRole("button", { name: `Disable ${NAME}` }).click();
      const confirm = entry.getByRole("group", { name: `Disable ${NAME}?` });
      await confirm.waitFor();
      await expectAccessible(page, "the confirmation before disabling");
      await confirm.getByRole("button", { name: "Yes, disable" }).click();
      await entry.getByText("Disabled: cannot sign in").waitFor();
      await entry.getByRole("button", { name: `Enable ${NAME}` }).waitFor();

      // Signed out at once: the next page the person opens is the sign-in form; signing in is refused.
      await openApp(person.page, `${app.url}/account`);
      await person.page.getByRole("button", { name: "Sign in" }).waitFor();
      await tryToSignIn(person.page, app, EMAIL, temporary);
      await expect.poll(() => person.page.getByRole("alert").allTextContents()).toContainEqual(expect.stringContaining("the email or the password is wrong"));
      expect(await person.page.getByRole("button", { name: "Sign out" }).count()).toBe(0);
      await person.context.close();

      // The page on a phone.
      await page.setViewportSize({ width: 390, height: 844 });
      await openApp(page, `${app.url}/users`);
      // Five reads (one of them recorded in the audit trail) on a loaded machine: room for them.
      await page.getByRole("heading", { level: 2, name: /^Accounts \(\d+\)$/ }).waitFor({ timeout: 60_000 }).catch(async (e: unknown) => {
        await screenshot(page, "users-390-failed");
        throw e;
      });
      await expectAccessible(page, "the people and access page at 390 px");
      await screenshot(page, "users-390");
      await admin.context.close();
    });
  });

  it("shows no People and access link to anyone but the administrator; the second factor's set-up shows a QR code and the secret as text", { timeout: 180_000 }, async () => {
    await withDemoApp(async (app) => {
      const chief = await newPage(browser);
      const page = chief.page;
      await signIn(page, app, "chief");
      expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People and access" }).count()).toBe(0);
      await openApp(page, `${app.url}/account`);
      await page.getByRole("button", { name: "Set up a second factor" }).click();
      const qr = page.getByRole("img", { name: /QR code to scan with your authenticator app/ });
      await qr.waitFor();
      expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
      expect(await page.locator("code.secret").first().textContent()).toMatch(/^[A-Z2-7]{16,}$/);
      await expectAccessible(page, "the second factor's set-up with its QR code");
      await screenshot(page, "account-second-factor");
      await chief.context.close();
    });
  });
});
