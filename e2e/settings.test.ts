import { Secret, TOTP } from "otpauth";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn, withDemoApp, type DemoRole } from "./support/harness.ts";

/**
 * Settings (every user: the law version and what is unverified about it, the readings with their
 * defaults, the adopted policies; the administrator changes a reading) and Your account (a new
 * password, then signing in with it; the TOTP second factor, enrolled and then asked at sign-in).
 */
const ROLES: DemoRole[] = ["admin", "chief", "coordinator", "supervisor", "sro", "superintendent", "safety", "principal", "auditor"];
const PHONE = { viewport: { width: 390, height: 844 } };

async function openSettings(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/settings`);
  await page.getByRole("table", { name: "Readings in force" }).waitFor();
}

/** The readings by their plain titles (the engine's internal numbers are never shown). */
const TITLES: Record<string, string> = {
  A1: "When the school year begins for the substitute count",
  A2: "What counts as a student contact day",
  A5: "SROs already serving before September 1, 2025",
  A7: "How the six months are counted",
  A15: "One training clock per officer",
};

function readingRow(page: Page, reading: string) {
  return page.getByRole("table", { name: "Readings in force" }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: TITLES[reading] ?? reading, exact: true }) });
}

describe("settings and the account", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("shows every role the law version, what is unverified, the readings with their defaults and the adopted policies", async () => {
    await withDemoApp(async (app) => {
      for (const role of ROLES) {
        const { page, context } = await newPage(browser, role === "principal" ? PHONE : {});
        await signIn(page, app, role);
        await openSettings(page, app.url);
        expect(await page.locator(".law-version").textContent(), role).toBe("626.8482 (2024 text)");
        expect(await page.getByRole("main").textContent(), role).toContain("No 2025 or 2026 amendment of § 626.8482 was found; the 2024 text");
        for (const reading of ["A1", "A2", "A5", "A7", "A15"]) expect(await readingRow(page, reading).textContent(), `${role} ${reading}`).toContain("(the default)");
        expect(await readingRow(page, "A7").getByRole("cell").nth(0).textContent()).toBe("Minn. Stat. § 626.8482, subd. 3(c), and Minn. Stat. § 645.15");
        expect(await readingRow(page, "A7").getByRole("cell").nth(2).textContent()).toBe("Yes");
        expect(await page.getByRole("table", { name: /Policies adopted/ }).getByRole("row").filter({ hasText: "Prairie River Area Schools" }).textContent()).toContain("MSBA/MASA Model Policy 507.5");
        expect(await page.getByRole("heading", { name: "Change the readings in force" }).count(), role).toBe(role === "admin" ? 1 : 0);
        if (role === "chief") {
          await expectAccessible(page, "the settings page");
          await screenshot(page, "settings");
        }
        if (role === "principal") {
          await expectAccessible(page, "the settings page on a phone");
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        }
        await context.close();
      }
    });
  }, 120_000); // nine sign-ins, one per role

  it("lets the administrator change a reading, with the API's error beside the field, and restore the defaults", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser);
      await signIn(page, app, "admin");
      await openSettings(page, app.url);
      await expectAccessible(page, "the settings page with the readings form");
      await screenshot(page, "settings-admin");

      const monthDay = page.getByLabel(/^When the school year begins for the substitute count/);
      await monthDay.fill("02-30");
      await page.getByRole("button", { name: "Save the readings" }).click();
      await expect.poll(() => page.locator(".readings-form .field-error").textContent()).toBeTruthy();
      expect(await monthDay.getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, "the readings form with an error");

      await monthDay.fill("07-01");
      await page.getByRole("group", { name: /^How the six months are counted/ }).getByRole("radio", { name: /^No/ }).check();
      await page.getByRole("button", { name: "Save the readings" }).click();
      await page.getByText("The readings were saved").waitFor();
      await expect.poll(() => readingRow(page, "A7").getByRole("cell").nth(3).textContent()).toBe("No (changed from the default)");
      expect(await readingRow(page, "A15").textContent()).toContain("(the default)");

      await page.getByRole("button", { name: "Restore the defaults" }).click();
      await page.getByText("The defaults are in force again").waitFor();
      await expect.poll(() => readingRow(page, "A7").getByRole("cell").nth(3).textContent()).toBe("Yes (the default)");
      await context.close();
    });
  });

  it("changes the password (then signs in with it) and enrols the TOTP second factor", async () => {
    await withDemoApp(async (app) => {
      const account = app.accounts.chief;
      const { page, context } = await newPage(browser);
      await signIn(page, app, "chief");
      await page.getByRole("link", { name: "Dana Chief" }).click();
      await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
      await expect.poll(() => page.getByRole("main").textContent(), { timeout: 10_000 }).toContain("Chief law enforcement officer, Prairie River Police Department");
      await expectAccessible(page, "the account page");
      await screenshot(page, "account");

      await page.getByLabel("Current password").fill("not the password");
      await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase 42");
      await page.getByLabel("New password again").fill("a brand new passphrase 42");
      await page.getByRole("button", { name: "Change the password" }).click();
      await expect.poll(() => page.locator(".field-error").allTextContents()).toEqual(["is not the current password"]);
      expect(await page.getByLabel("Current password").getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, "the password form with an error");
      await page.getByLabel("Current password").fill(account.password);
      await page.getByRole("button", { name: "Change the password" }).click();
      await page.getByText("Your password was changed.").waitFor();

      await page.getByRole("button", { name: "Set up a second factor" }).click();
      const secret = (await page.locator("code.secret").first().textContent()) ?? "";
      expect(await page.locator("code.secret").nth(1).textContent()).toMatch(/^otpauth:\/\/totp\//);
      await expectAccessible(page, "the second-factor set-up");
      const totp = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
      await page.getByLabel("Code from your authenticator app").fill(totp.generate());
      await page.getByRole("button", { name: "Confirm the second factor" }).click();
      await page.getByText("Your second factor is in force").waitFor();

      // Signing in again: the new password, then a code (of the next time step: a code is good once).
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByLabel("Email").fill(account.email);
      await page.getByLabel("Password").fill("a brand new passphrase 42");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByLabel("Code from your authenticator app").fill(totp.generate({ timestamp: Date.now() + 30_000 }));
      await page.getByRole("button", { name: "Confirm the code" }).click();
      await page.getByRole("button", { name: "Sign out" }).waitFor();
      await context.close();

      const phone = await newPage(browser, PHONE);
      await phone.page.goto(`${app.url}/`);
      await phone.page.getByLabel("Email").fill(app.accounts.sro.email);
      await phone.page.getByLabel("Password").fill(app.accounts.sro.password);
      await phone.page.getByRole("button", { name: "Sign in" }).click();
      await phone.page.getByRole("button", { name: "Sign out" }).waitFor();
      await phone.page.goto(`${app.url}/account`);
      await phone.page.getByRole("button", { name: "Set up a second factor" }).click();
      await phone.page.locator("code.secret").first().waitFor();
      await expectAccessible(phone.page, "the account page on a phone");
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await phone.context.close();
    });
  });
});
