import { sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificatePdf } from "../src/demo/pdf.ts";
import { queryRows } from "../src/store/database.ts";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn, withDemoApp, type E2eApp } from "./support/harness.ts";

/** The Officer page: status explained, records behind it, within each role's rights. */
const PURPOSE = { "x-purpose": "e2e test" };

interface StatusAnswer {
  headline: string;
  headlineLabel: string;
  answer: { statuteStatus: string; flags: { code: string; message: string }[]; substituteContactDays: { count: number } | null };
}

interface ListItem {
  officerId: string;
  name: string;
  headline: string;
  substituteCount: number | null;
  flags: { code: string }[];
}

async function api<T>(page: Page, app: E2eApp, path: string): Promise<T> {
  const res = await page.request.get(`${app.url}${path}`, { headers: PURPOSE });
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

async function officers(page: Page, app: E2eApp, filter = ""): Promise<ListItem[]> {
  return (await api<{ items: ListItem[] }>(page, app, `/api/v1/statuses?limit=10000${filter}`)).items;
}

async function openOfficer(page: Page, app: E2eApp, officer: { officerId: string; name: string }): Promise<void> {
  await page.goto(`${app.url}/officers/${officer.officerId}`);
  await page.getByRole("heading", { level: 1, name: officer.name.split(", ").reverse().join(" ") }).or(page.getByRole("heading", { level: 1, name: officer.name })).waitFor();
  await page.getByRole("heading", { name: "Why: the engine's steps" }).waitFor();
}

async function expectRefused(page: Page, name: string): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "This officer's record is not open to you" }).waitFor();
  expect(await page.locator("main").textContent()).not.toContain(name.split(", ")[0]);
  expect(await page.getByRole("heading", { name: "Courses and certificates" }).count()).toBe(0);
}

describe("the Officer page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("shows an officer starting untrained with the reason and the first day; on the first day itself, the engine's own answer", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser);
      page.setDefaultTimeout(20_000);
      await signIn(page, app, "coordinator");
      const [starting] = await officers(page, app, "&headline=STARTS_UNTRAINED");
      if (starting === undefined) throw new Error("the demo has no officer starting untrained");
      const status = await api<StatusAnswer & { headlineExplanation: string | null; actionDueOn: string }>(page, app, `/api/v1/officers/${starting.officerId}/status`);
      expect(status.headlineExplanation).toContain("training must be completed before the first day");
      await openOfficer(page, app, starting);
      expect(await page.locator(".headline").textContent()).toContain("Starts untrained");
      expect(await page.locator(".headline-explanation").textContent()).toBe(status.headlineExplanation);
      await expectAccessible(page, "the officer page (starts untrained)");
      // What if: the first day itself — no longer ahead, so no longer "starts untrained".
      await page.getByLabel("Status as of").fill(status.actionDueOn);
      await page.getByRole("button", { name: "Show status on this date" }).click();
      await expect.poll(() => page.locator(".headline").textContent()).not.toContain("Starts untrained");
      expect(await page.locator(".headline-explanation").count()).toBe(0);
      await context.close();
    });
  }, 120_000);

  it("lets the coordinator record a completed course with its certificate, and the status follows; shows any date's status", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser);
      await signIn(page, app, "coordinator");
      const untrained = (await officers(page, app, "&headline=OVERDUE")).find((o) => o.flags.some((f) => f.code === "TRAINING_REQUIRED_BEFORE_ASSUMPTION"));
      if (untrained === undefined) throw new Error("the demo has no untrained overdue officer");
      const before = await api<StatusAnswer>(page, app, `/api/v1/officers/${untrained.officerId}/status`);
      expect(before.headline).toBe("OVERDUE");

      await openOfficer(page, app, untrained);
      const headline = page.locator(".headline");
      expect(await headline.textContent()).toContain("Overdue");
      expect(await page.locator(".flags").textContent()).toContain(before.answer.flags.find((f) => f.code === "TRAINING_REQUIRED_BEFORE_ASSUMPTION")?.message);
      // The trace's citations open onto the words of the law.
      const firstPassage = page.locator(".trace details").first();
      await firstPassage.locator("summary").click();
      expect((await firstPassage.locator("blockquote").textContent())?.length).toBeGreaterThan(40);
      await expectAccessible(page, "the officer page (overdue, a passage open)");
      await screenshot(page, "officer");

      // A POST SRO basic course completed today…
      await page.getByLabel("Course", { exact: true }).selectOption("POST_SRO_BASIC");
      // Nothing is pre-ticked, for any course type (issue 11 item 6): the person states the approval.
      const approved = page.getByLabel("Approved by the POST Board as an SRO course");
      expect(await approved.isChecked()).toBe(false);
      await page.getByLabel("Course", { exact: true }).selectOption("OTHER");
      expect(await approved.isChecked()).toBe(false);
      await page.getByLabel("Course", { exact: true }).selectOption("POST_SRO_BASIC");
      await approved.check();
      await page.getByLabel("Completed on").fill("2026-11-30");
      await page.getByLabel("Provider (optional)").fill("Minnesota POST Board");
      await page.getByRole("button", { name: "Add course" }).click();
      await page.getByText("POST SRO basic course of November 30, 2026 added.").waitFor();
      const afterCourse = await api<StatusAnswer & { actionDueOn: string | null }>(page, app, `/api/v1/officers/${untrained.officerId}/status`);
      expect(afterCourse.answer.flags.map((f) => f.code)).toContain("CERTIFICATE_MISSING");
      // What to do next leads the page: the certificate, due now — not at the refresher three years on.
      expect(afterCourse).toMatchObject({ headline: "NEEDS_ATTENTION", actionDueOn: "2026-11-30" });
      const next = page.getByRole("region", { name: "What to do next" });
      await expect.poll(() => next.locator(".next-step").first().textContent(), { timeout: 10_000 }).toContain("Put the training certificate on file");
      expect(await next.locator(".next-step").first().textContent()).toMatch(/By whenNow.*Who.*chief law enforcement officer.*The lawMinn\. Stat\. § 626\.8482, subd\. 3/);
      expect(await page.evaluate(() => [...document.querySelectorAll("main h2")].map((h) => h.textContent).slice(0, 2))).toEqual(["What to do next", "Status"]);
      // The statute's line says both: the course is done, and another duty of the statute is not.
      expect(await page.getByRole("region", { name: "Status" }).locator(".facts").textContent()).toContain("Met: the training course is completed; but another duty of the statute is not met");

      // …and its certificate, dropped on the drop zone.
      const pdf = Array.from(certificatePdf("POST SRO Basic Course", ["Demo certificate"]));
      const dataTransfer = await page.evaluateHandle((bytes) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], "post-sro-basic.pdf", { type: "application/pdf" }));
        return dt;
      }, pdf);
      await page.dispatchEvent(".drop-zone", "drop", { dataTransfer });
      await page.getByText("Chosen: post-sro-basic.pdf").waitFor();
      await page.getByRole("button", { name: "Upload certificate" }).click();
      await page.getByText("Certificate post-sro-basic.pdf uploaded.").waitFor();
      await page.getByRole("link", { name: "Download post-sro-basic.pdf" }).waitFor();

      // The status and flags change as the API says, and the page shows the API's answer.
      const after = await api<StatusAnswer>(page, app, `/api/v1/officers/${untrained.officerId}/status`);
      const codes = after.answer.flags.map((f) => f.code);
      expect(after.headline).not.toBe("OVERDUE");
      expect(after.answer.statuteStatus).not.toBe(before.answer.statuteStatus);
      expect(codes).not.toContain("TRAINING_REQUIRED_BEFORE_ASSUMPTION");
      expect(codes).not.toContain("CERTIFICATE_MISSING");
      await expect.poll(() => headline.textContent(), { timeout: 10_000 }).toContain(after.headlineLabel);
      const flagsText = (await page.locator("#status-heading").locator("..").textContent()) ?? "";
      for (const f of after.answer.flags) expect(flagsText).toContain(f.message);
      expect(flagsText).not.toContain(before.answer.flags.find((f) => f.code === "TRAINING_REQUIRED_BEFORE_ASSUMPTION")?.message);
      await expectAccessible(page, "the officer page after recording a course and its certificate");

      // What if: the status in three years, when the refresher is due (R-TRN: every three years).
      const later = await api<StatusAnswer>(page, app, `/api/v1/officers/${untrained.officerId}/status?asOf=2030-01-15`);
      await page.getByLabel("Status as of").fill("2030-01-15");
      await page.getByRole("button", { name: "Show status on this date" }).click();
      await expect.poll(() => headline.textContent(), { timeout: 10_000 }).toContain("As of January 15, 2030");
      expect(await headline.textContent()).toContain(later.headlineLabel);
      expect(later.headline).not.toBe(after.headline);
      expect(page.url()).toContain("asOf=2030-01-15");
      await expectAccessible(page, "the officer page, status as of another date");
      await page.getByRole("button", { name: "Back to today" }).click();
      await expect.poll(() => headline.textContent(), { timeout: 10_000 }).toContain("Today, November 30, 2026");

      // On a phone-sized screen.
      const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
      phone.page.setDefaultTimeout(20_000); // the sign-in page of a second context, on a loaded machine
      await signIn(phone.page, app, "coordinator");
      await openOfficer(phone.page, app, untrained);
      await expectAccessible(phone.page, "the officer page on a phone");
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const wide = await phone.page.evaluate(() => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 391 && e.closest(".table-scroll") === null).slice(0, 8).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`));
      expect(wide).toEqual([]);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(phone.page, "officer-phone");
      await phone.context.close();
      await context.close();
    });
  }, 120_000); // a demo load, a course, an upload and three status reads in a browser

  it("shows a substitute's contact days as a school-year calendar with the API's count toward 60; keeps each role to what it may see", async () => {
    await withDemoApp(async (app) => {
      const { page, context } = await newPage(browser);
      page.setDefaultTimeout(20_000);
      await signIn(page, app, "coordinator");
      const all = await officers(page, app);
      // The substitute nearest 60 (the demo's "59 days" one: fewer early in a school year).
      const substitute = all.filter((o) => o.substituteCount !== null && o.substituteCount < 60).sort((a, b) => (b.substituteCount ?? 0) - (a.substituteCount ?? 0))[0];
      if (substitute === undefined) throw new Error("the demo has no substitute below 60 days");
      const status = await api<StatusAnswer>(page, app, `/api/v1/officers/${substitute.officerId}/status`);
      await openOfficer(page, app, substitute);
      await page.getByText(`${status.answer.substituteContactDays?.count ?? -1} of 60 student contact days`).waitFor();
      expect(await page.locator(".cal-month").count()).toBe(12);
      const counted = page.locator(".cal-with-students.cal-day");
      const count = status.answer.substituteContactDays?.count ?? -1;
      expect(await counted.count()).toBe(count);
      expect(await counted.first().textContent()).toContain("contact day with students");
      expect(await page.locator(".cal-staff-only.cal-day").first().textContent()).toContain("not counted");
      await page.getByText(`The ${count + 1} days recorded this school year`).waitFor(); // and the staff-only workshop day
      await expectAccessible(page, "the officer page of a substitute");
      await page.getByRole("heading", { name: /Substitute student contact days/ }).scrollIntoViewIfNeeded();
      await screenshot(page, "officer-substitute-calendar");
      await context.close();

      // The SRO sees their own record, and not another officer's.
      const sro = await newPage(browser);
      await signIn(sro.page, app, "sro");
      const session = await api<{ user: { officerId: string } }>(sro.page, app, "/api/v1/session");
      const own = all.find((o) => o.officerId === session.user.officerId);
      if (own === undefined) throw new Error("the SRO's officer is not in the agency's list");
      await openOfficer(sro.page, app, own);
      expect(await sro.page.getByRole("button", { name: "Add course" }).count()).toBe(0);
      await expectAccessible(sro.page, "the SRO's own record");
      const someoneElse = all.find((o) => o.officerId !== own.officerId);
      if (someoneElse === undefined) throw new Error("no other officer");
      await sro.page.goto(`${app.url}/officers/${someoneElse.officerId}`);
      await expectRefused(sro.page, someoneElse.name);
      await expectAccessible(sro.page, "the refusal page");
      await screenshot(sro.page, "officer-refused");
      await sro.context.close();

      // A district user is told a policy review is not shown to their role — never "no review on record".
      const superintendent = await newPage(browser);
      await signIn(superintendent.page, app, "superintendent");
      const seen = new Set((await officers(superintendent.page, app)).map((o) => o.officerId));
      const reviewed = (await queryRows<{ officer_id: string }>(app.db, sql`select distinct officer_id from policy_reviews`)).find((r) => seen.has(r.officer_id));
      if (reviewed === undefined) throw new Error("the superintendent sees no officer with a policy review");
      await superintendent.page.goto(`${app.url}/officers/${reviewed.officer_id}`);
      const reviews = superintendent.page.getByRole("region", { name: "Policy reviews" });
      await reviews.waitFor();
      expect(await reviews.textContent()).toContain("Not shown to your role");
      expect(await reviews.textContent()).not.toContain("No policy review on record");
      await superintendent.context.close();

      // The principal cannot open an officer who serves at no school of theirs.
      const principal = await newPage(browser);
      await signIn(principal.page, app, "principal");
      const [elsewhere] = await queryRows<{ id: string; name: string }>(
        app.db,
        sql`select o.id, o.last_name || ', ' || o.first_name as name from officers o
            where not exists (select 1 from assignments x join schools s on s.id = x.school_id where x.officer_id = o.id and s.name = 'Prairie River High School')
            order by o.last_name limit 1`,
      );
      if (elsewhere === undefined) throw new Error("no officer outside the principal's school");
      await principal.page.goto(`${app.url}/officers/${elsewhere.id}`);
      await expectRefused(principal.page, elsewhere.name);
      await principal.context.close();
    });
  }, 120_000); // a demo load and four people signing in, on a loaded machine
});
