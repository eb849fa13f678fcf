import { sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tamper } from "../src/audit/audit.test-support.ts";
import { queryRows } from "../src/store/database.ts";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn, withDemoApp, type E2eApp } from "./support/harness.ts";

/**
 * The audit-trail page (issue 11 item 5; docs/decisions/0018-what-an-auditor-verifies.md): an auditor
 * reads their organizations' events in words, filters them (a wrong range is refused beside the
 * field), downloads them as CSV and JSON and verifies the chain; an administrator verifies too, and
 * after someone alters the database each is told of the break as far as they may read. Zero axe
 * violations (and plain words) at 1280 and 390 px.
 */
const AGENCY = "Prairie River Police Department";
const DISTRICT = "Prairie River Area Schools";
const PHONE = { viewport: { width: 390, height: 844 } };

/** A day as YYYY-MM-DD, `days` from the real today (events carry the real time, not the demo's date). */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function openAudit(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" }).click();
  await page.getByRole("heading", { level: 1, name: "Audit trail" }).waitFor();
  await page.getByRole("table").locator("caption").filter({ hasText: /^Events 1 to \d+ of [\d,]+, newest first$/ }).waitFor({ timeout: 30_000 });
}

async function verify(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Verify the trail" }).click();
  const verdict = page.locator(".audit-verdict");
  await verdict.waitFor({ timeout: 60_000 });
  return (await verdict.textContent()) ?? "";
}

async function organizationIds(app: E2eApp): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(app.db, sql`select id from organizations where name in (${AGENCY}, ${DISTRICT})`);
  return rows.map((r) => r.id);
}

describe("the audit trail in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("an auditor reads, filters, downloads and verifies the trail of their organizations", { timeout: 360_000 }, async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser, { acceptDownloads: true });
      page.setDefaultTimeout(60_000);
      await signIn(page, app, "auditor");
      await openAudit(page);
      const main = page.getByRole("main");
      expect(await main.textContent()).toContain(`You read the events of the organizations assigned to you: ${[AGENCY, DISTRICT].sort().join(", ")}.`);
      // Each event is a sentence: who, then what they did.
      await expect.poll(() => page.getByRole("table").getByRole("cell").filter({ hasText: /^sroc \(e2e\) (added a record|gave someone a role)$/ }).count()).toBeGreaterThan(0);
      const seqs = async () => (await page.getByRole("table").getByRole("rowheader").allTextContents()).map((t) => Number(t.slice(1)));
      const [newest, next] = await seqs();
      expect(newest).toBeGreaterThan(next ?? Infinity);
      await expectAccessible(page, "the audit-trail page at 1280 px");
      await screenshot(page, "audit");

      const text = await verify(page);
      expect(text).toMatch(/^The trail is intact: all [\d,]+ events are as they were written/);
      expect(text).toContain("You are shown only the events you may read");
      expect(text).toMatch(/The last event is #\d+; its hash is [0-9a-f]{64}\./);
      await expectAccessible(page, "the audit-trail page with the verification's answer");

      // A range that ends before it starts is refused beside the field it concerns.
      const filters = page.getByRole("search", { name: "Filter the audit trail" });
      await filters.getByLabel("From").fill(day(2));
      await filters.getByLabel("To").fill(day(-2));
      await filters.getByRole("button", { name: "Show events" }).click();
      await expect.poll(() => filters.locator(".field-error").allTextContents()).toEqual(["must not be before the start of the range (from)"]);
      expect(await filters.getByLabel("To").getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, "the audit filters with an error");

      // One organization (the read is recorded as concerning it), then the auditor's own reads of it, this week.
      await filters.getByLabel("From").fill(day(-1));
      await filters.getByLabel("To").fill(day(1));
      await filters.getByLabel("Organization").selectOption({ label: AGENCY });
      await filters.getByRole("button", { name: "Show events" }).click();
      await expect.poll(() => filters.locator(".field-error").count()).toBe(0);
      await page.getByRole("table").locator("caption").filter({ hasText: /^Events 1 to/ }).waitFor();
      await filters.getByLabel("What happened").selectOption({ label: "Read private data" });
      await filters.getByLabel("Who").fill("avery");
      await filters.getByRole("button", { name: "Show events" }).click();
      const rows = page.getByRole("table").getByRole("row").filter({ has: page.getByRole("rowheader") });
      await expect.poll(async () => (await rows.allTextContents()).map((r) => r.includes("Avery Auditor read private data") && r.includes("Reviewing the audit trail") && r.includes(AGENCY))).toEqual([true]);

      // The download holds exactly what the filters match (and is itself recorded).
      const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
      expect(csv.suggestedFilename()).toBe("audit-trail.csv");
      const lines = Buffer.concat(await (await csv.createReadStream()).toArray()).toString("utf8").trim().split("\n");
      expect(lines[0]).toBe("seq,at,type,actor_id,actor_name,organization_id,entity,entity_id,before,after,purpose,legal_basis,ip,user_agent,prev_hash,hash");
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.slice(1).every((l) => l.includes('"Avery Auditor"') && l.includes('"PRIVATE_DATA_READ"'))).toBe(true);

      await filters.getByRole("button", { name: "Clear the filters" }).click();
      await page.getByRole("table").locator("caption").filter({ hasText: /^Events 1 to/ }).waitFor();
      const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "JSON" }).click()]);
      expect(json.suggestedFilename()).toBe("audit-trail.json");
      const events = JSON.parse(Buffer.concat(await (await json.createReadStream()).toArray()).toString("utf8")) as { organizationId: string | null; type: string }[];
      const mine = await organizationIds(app);
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.organizationId !== null && mine.includes(e.organizationId))).toBe(true);

      // Oldest first, then paging: the next page starts where the first ended.
      await filters.getByLabel("Order").selectOption({ label: "Oldest first" });
      await filters.getByRole("button", { name: "Show events" }).click();
      await page.getByRole("table").locator("caption").filter({ hasText: /^Events 1 to \d+ of [\d,]+, oldest first$/ }).waitFor();
      const [oldest, second] = await seqs();
      expect(oldest).toBeLessThan(second ?? 0);
      const caption = page.getByRole("table").locator("caption");
      if (Number((/of ([\d,]+)/.exec((await caption.textContent()) ?? "")?.[1] ?? "0").replaceAll(",", "")) > 50) {
        await page.getByRole("button", { name: "Next page" }).click();
        await caption.filter({ hasText: /^Events 51 to/ }).waitFor();
        await page.getByRole("button", { name: "Previous page" }).click();
        await caption.filter({ hasText: /^Events 1 to/ }).waitFor();
      }
      await context.close();

      // On a phone: the page reflows, the table scrolls inside its own region.
      const phone = await newPage(browser, PHONE);
      phone.page.setDefaultTimeout(60_000);
      await signIn(phone.page, app, "auditor");
      await openAudit(phone.page);
      expect(await verify(phone.page)).toMatch(/^The trail is intact/);
      await expectAccessible(phone.page, "the audit-trail page at 390 px");
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(phone.page, "audit-390");
      await phone.context.close();
    });
  });

  it("an administrator verifies the whole trail; after a change in the database each is told of it as far as they may read", { timeout: 360_000 }, async () => {
    await withDemoApp(async (app) => {
      const admin = await newPage(browser);
      admin.page.setDefaultTimeout(60_000);
      await signIn(admin.page, app, "admin");
      await openAudit(admin.page);
      expect(await admin.page.getByRole("main").textContent()).toContain("You read every event.");
      expect(await verify(admin.page)).toMatch(/^The trail is intact: all [\d,]+ events are as they were written/);
      await expectAccessible(admin.page, "the audit-trail page for the administrator");

      // Someone with access to the database alters the administrator's sign-in (an event of no organization).
      const [signInEvent] = await queryRows<{ seq: number | string }>(app.db, sql`select seq from audit_events where type = 'SIGN_IN' order by seq desc limit 1`);
      const altered = Number(signInEvent?.seq);
      await tamper(app.db, sql`update audit_events set actor_name = 'Mallory' where seq = ${altered}`);
      await admin.page.reload();
      await admin.page.getByRole("heading", { level: 1, name: "Audit trail" }).waitFor();
      const told = await verify(admin.page);
      expect(told).toContain("The trail is not intact: 1 problem was found");
      expect(told).toContain(`Event #${altered} was changed after it was written`);
      await expectAccessible(admin.page, "the verification's answer to the administrator, a problem found");
      await admin.context.close();

      const auditor = await newPage(browser);
      auditor.page.setDefaultTimeout(60_000);
      await signIn(auditor.page, app, "auditor");
      await openAudit(auditor.page);
      const placed = await verify(auditor.page);
      expect(placed).toContain("The trail is not intact: 1 problem was found");
      expect(placed).toMatch(/An event you may not read was changed after it was written, (between event #\d+ and event #\d+|after event #\d+, the last) of the events you may read/);
      expect(placed).not.toContain(`#${altered} `);
      expect(placed).not.toContain("Mallory");
      await expectAccessible(auditor.page, "the verification's answer to an auditor, a problem found");
      await auditor.context.close();
    });
  });

  it("shows no Audit trail link to someone who may not read it", { timeout: 120_000 }, async () => {
    await withDemoApp(async (app) => {
      const chief = await newPage(browser);
      await signIn(chief.page, app, "chief");
      expect(await chief.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" }).count()).toBe(0);
      await chief.context.close();
    });
  });
});
