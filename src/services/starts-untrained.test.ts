import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { backends, basicSetup, withApi, type Client, type TestApi } from "../server/test-app.test-support.ts";
import { queryRows } from "../store/database.ts";
import { refreshStale } from "./status.ts";

/**
 * Issue 10 item 2: an officer whose in-scope assignment starts later is not "Not an SRO" when the
 * engine, asked as of the first day, finds them untrained (subd. 3(a): the course comes "prior to
 * assuming the duties"). The same answer everywhere a status is read: the officer's page, the list and
 * its filter, the counts, the deadlines, the export (docs/decisions/0011-starts-untrained.md).
 */
const START = "2026-12-12"; // 12 days after the test API's pinned today, 2026-11-30
const SIX_MONTHS = "2027-06-14"; // 2027-06-12 is a Saturday: § 645.15 rolls it to Monday

interface Officers {
  untrained: string;
  grace: string;
  trained: string;
  substitute: string;
  legacy: string;
}

async function officers(api: TestApi): Promise<{ coordinator: Client; ids: Officers; schoolId: string }> {
  const { agencyId, officerId, schoolId, coordinator } = await basicSetup(api);
  const officer = async (postLicense: string, lastName: string) => coordinator.create("officers", { postLicense, firstName: "Test", lastName, agencyId });
  const ids: Officers = {
    untrained: officerId,
    grace: await officer("20002", "Grace"),
    trained: await officer("20003", "Trained"),
    substitute: await officer("20004", "Substitute"),
    legacy: await officer("20005", "Legacy"),
  };
  for (const id of [ids.untrained, ids.grace, ids.trained, ids.legacy]) await coordinator.create("assignments", { officerId: id, schoolId, role: "REGULAR", startOn: START });
  await coordinator.create("assignments", { officerId: ids.substitute, schoolId, role: "SUBSTITUTE", startOn: START, plannedContactDays: 30 });
  await coordinator.create("employer-unable-decisions", { officerId: ids.grace, decidedOn: "2026-11-20", reason: "no seat in a POST-approved course before the start" });
  await coordinator.create("courses", { officerId: ids.trained, type: "POST_SRO_BASIC", completedOn: "2026-11-02", postApproved: true });
  await coordinator.create("courses", { officerId: ids.legacy, type: "NASRO_BASIC", completedOn: "2020-06-12", postApproved: false });
  return { coordinator, ids, schoolId };
}

for (const backend of backends()) {
  describe(`an officer starting untrained, on ${backend.name}`, () => {
    it("is shown as such, due the first day (or the end of the six months), on the page, the list, the counts, the deadlines and the export", { timeout: 120_000 }, async () => {
      await withApi(backend, async (api) => {
        const { ids, schoolId } = await officers(api);
        const status = async (id: string, asOf?: string) => (await api.call("GET", `/api/v1/officers/${id}/status${asOf === undefined ? "" : `?asOf=${asOf}`}`)).body;

        // The officer's page: the engine's answer today is unchanged (not an SRO yet); the headline looks ahead.
        const untrained = await status(ids.untrained);
        expect(untrained).toMatchObject({ headline: "STARTS_UNTRAINED", headlineLabel: "Starts untrained", actionDueOn: START, validUntil: START });
        expect(untrained["answer"]).toMatchObject({ statuteStatus: "NOT_APPLICABLE" });
        expect(untrained["headlineExplanation"]).toBe("Starts untrained — training must be completed before the first day, Dec 12, 2026.");
        const grace = await status(ids.grace);
        expect(grace).toMatchObject({ headline: "STARTS_UNTRAINED", actionDueOn: SIX_MONTHS });
        expect(grace["headlineExplanation"]).toContain("the officer must review the agency's SRO policy before the first day");
        // The six-month end is the engine's own deadline on the first day.
        expect((await status(ids.grace, START))["answer"]).toMatchObject({ statuteStatus: "IN_GRACE", deadlineEffective: SIX_MONTHS });
        for (const id of [ids.trained, ids.substitute, ids.legacy]) expect(await status(id)).toMatchObject({ headline: "NOT_AN_SRO", actionDueOn: null });
        expect((await status(ids.trained))["headlineExplanation"]).toBe("Not an SRO yet: starts Dec 12, 2026, already trained.");
        // A what-if date says the same as of that date: before the start, ahead; on it, the engine's own answer.
        expect(await status(ids.untrained, "2026-12-01")).toMatchObject({ headline: "STARTS_UNTRAINED", actionDueOn: START });
        expect(await status(ids.untrained, START)).toMatchObject({ headline: "DUE_SOON", actionDueOn: START, headlineExplanation: null });

        // The list, filterable by it, and first in the order of who needs action.
        const list = await api.call("GET", "/api/v1/statuses?headline=STARTS_UNTRAINED");
        expect(list.body["items"]).toEqual([
          expect.objectContaining({ officerId: ids.untrained, headline: "STARTS_UNTRAINED", headlineLabel: "Starts untrained", actionDueOn: START, statuteStatus: "NOT_APPLICABLE" }),
          expect.objectContaining({ officerId: ids.grace, headline: "STARTS_UNTRAINED", actionDueOn: SIX_MONTHS }),
        ]);
        const all = (await api.call("GET", "/api/v1/statuses")).body["items"] as { officerId: string; headline: string }[];
        expect(all.slice(0, 2).map((i) => i.officerId)).toEqual([ids.untrained, ids.grace]);
        expect(all.filter((i) => i.headline === "NOT_AN_SRO").map((i) => i.officerId).sort()).toEqual([ids.trained, ids.substitute, ids.legacy].sort());

        // The dashboard's counts, today and on another date.
        const counts = await api.call("GET", "/api/v1/summaries?level=state");
        expect((counts.body["groups"] as { byHeadline: Record<string, number> }[])[0]?.byHeadline).toMatchObject({ STARTS_UNTRAINED: 2, NOT_AN_SRO: 3 });
        const earlier = await api.call("GET", "/api/v1/summaries?level=state&asOf=2026-12-01");
        expect((earlier.body["groups"] as { byHeadline: Record<string, number> }[])[0]?.byHeadline).toMatchObject({ STARTS_UNTRAINED: 2, NOT_AN_SRO: 3 });
        // At the school where they will start: counted there, and listed by its filter (not the others, who have not begun).
        for (const asOf of ["", "&asOf=2026-12-01"]) {
          const bySchool = await api.call("GET", `/api/v1/summaries?level=school${asOf}`);
          expect(bySchool.body["groups"], asOf).toEqual([expect.objectContaining({ id: schoolId, total: 2, byHeadline: expect.objectContaining({ STARTS_UNTRAINED: 2 }) as unknown })]);
        }
        const atSchool = await api.call("GET", `/api/v1/statuses?schoolId=${schoolId}`);
        expect((atSchool.body["items"] as { officerId: string }[]).map((i) => i.officerId)).toEqual([ids.untrained, ids.grace]);
        // The School column names the school where they will start; those not yet begun and not starting untrained serve none (docs/decisions/0020).
        const schoolsOf = (id: string) => (all as unknown as { officerId: string; schools: { id: string }[] }[]).find((i) => i.officerId === id)?.schools.map((x) => x.id);
        expect([ids.untrained, ids.grace].map(schoolsOf)).toEqual([[schoolId], [schoolId]]);
        expect([ids.trained, ids.substitute, ids.legacy].map(schoolsOf)).toEqual([[], [], []]);

        // The deadlines (the chart and the list): training due on the first day.
        const deadlines = await api.call("GET", "/api/v1/deadlines?within=30");
        expect(deadlines.body["items"]).toEqual([expect.objectContaining({ officerId: ids.untrained, dueOn: START, what: "TRAINING", headline: "STARTS_UNTRAINED", headlineLabel: "Starts untrained" })]);
        const year = await api.call("GET", "/api/v1/deadlines?within=366");
        expect(year.body["items"]).toContainEqual(expect.objectContaining({ officerId: ids.grace, dueOn: SIX_MONTHS, what: "TRAINING" }));

        // The officer list's export (CSV), filtered by it.
        const csv = await api.inject({ method: "GET", url: "/api/v1/statuses/export?format=csv&headline=STARTS_UNTRAINED" });
        expect(csv.statusCode).toBe(200);
        const lines = csv.body.trim().split(/\r?\n/);
        expect(lines).toHaveLength(3);
        expect(lines[1]).toContain(`STARTS_UNTRAINED,Starts untrained,NOT_APPLICABLE,N/A,,${START}`);
      });
    });

    it("is refreshed in the cache on the first day, when the officer becomes whatever the engine says that day", async () => {
      await withApi(backend, async (api) => {
        const { ids } = await officers(api);
        const row = async () =>
          (await queryRows<{ headline: string; action_due_on: string | null; valid_until: string }>(
            api.db,
            sql`select headline, action_due_on::text, valid_until::text from officer_status where officer_id = ${ids.untrained} and view = 'officer'`,
          ))[0];
        expect(await row()).toEqual({ headline: "STARTS_UNTRAINED", action_due_on: START, valid_until: START });
        expect(await refreshStale(api.db, "2026-12-11")).toBe(0);
        expect(await refreshStale(api.db, START)).toBeGreaterThan(0);
        expect(await row()).toMatchObject({ headline: "DUE_SOON", action_due_on: START });
      });
    });
  });
}
