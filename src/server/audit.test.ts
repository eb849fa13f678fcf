import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appendAudit } from "../audit/append.ts";
import { tamper } from "../audit/audit.test-support.ts";
import { queryRows, type Db } from "../store/database.ts";
import { backends, basicSetup, withApi, type Client } from "./test-app.test-support.ts";

/**
 * The audit trail over HTTP (issue 11, item 5; decision 0018): an auditor verifies the whole chain
 * and is told where a break is only in terms of the events they may read; filters are refused with
 * the field named; every refusal of a signed-in person is recorded.
 */
const PURPOSE = { "x-purpose": "annual audit" };

interface Verification {
  intact: boolean;
  events: number;
  head: { seq: number; hash: string } | null;
  problemCount: number;
  problems: { kind: string; seq: number | null; message: string }[];
  shows: string;
}

async function seqs(db: Db, where: ReturnType<typeof sql>): Promise<number[]> {
  return (await queryRows<{ seq: number | string }>(db, sql`select seq from audit_events where ${where} order by seq`)).map((r) => Number(r.seq));
}

async function deniedCount(db: Db): Promise<number> {
  return Number((await queryRows<{ n: number | string }>(db, sql`select count(*) as n from audit_events where type = 'ACCESS_DENIED'`))[0]?.n);
}

async function verify(who: Client): Promise<Verification> {
  const res = await who.call("GET", "/api/v1/audit/verify");
  expect(res.status).toBe(200);
  return res.body as unknown as Verification;
}

for (const backend of backends()) {
  describe(`the audit trail over HTTP on ${backend.name}`, () => {
    it("lets an auditor verify the whole chain and names only the events they may read", async () => {
      await withApi(backend, async (api) => {
        const { agencyId } = await basicSetup(api);
        const otherAgency = await api.create("organizations", { kind: "AGENCY", name: "Hidden Valley Police", sroPolicy: "POST" });
        const otherChief = await api.as({ email: "chief@hidden.example", memberships: [{ organizationId: otherAgency, role: "CHIEF" }] });
        const secretOfficer = await otherChief.create("officers", { postLicense: "99887", firstName: "Zed", lastName: "Secretly", agencyId: otherAgency });
        const auditor = await api.as({ email: "auditor@state.example", memberships: [{ organizationId: agencyId, role: "AUDITOR" }] });
        const coordinator = await api.as({ email: "second@breitung.example", memberships: [{ organizationId: agencyId, role: "TRAINING_COORDINATOR" }] });
        await coordinator.create("officers", { postLicense: "55555", firstName: "Bo", lastName: "Brandt", agencyId });

        const intact = await verify(auditor);
        const [last] = await queryRows<{ seq: number | string; hash: string }>(api.db, sql`select seq, hash from audit_events order by seq desc limit 1`);
        expect(intact).toEqual({ intact: true, events: Number(last?.seq), head: { seq: Number(last?.seq), hash: last?.hash }, problemCount: 0, problems: [], shows: "assigned" });

        const ours = await seqs(api.db, sql`organization_id = ${agencyId}::uuid`);
        const [hidden] = await seqs(api.db, sql`type = 'RECORD_CREATED' and entity_id = ${secretOfficer}`);
        if (hidden === undefined) throw new Error("no event for the other agency's officer");
        await tamper(api.db, sql`update audit_events set after = jsonb_set(after, '{lastName}', '"Openly"') where seq = ${hidden}`);

        const broken = await verify(auditor);
        expect(broken).toMatchObject({ intact: false, problemCount: 1, shows: "assigned" });
        const [problem] = broken.problems;
        expect(problem?.seq).toBeNull();
        expect(problem?.kind).toBe("EDITED");
        const before = ours.filter((s) => s < hidden).at(-1);
        const after = ours.find((s) => s > hidden);
        expect(problem?.message).toBe(`An event you may not read was changed after it was written, between event #${before} and event #${after} of the events you may read.`);
        // Nothing of the other agency's event: not its number, its type, its actor, its organization or its content.
        const told = JSON.stringify(broken);
        for (const secret of [`#${hidden} `, `#${hidden}.`, "RECORD_CREATED", "Zed", "Secretly", "Openly", otherAgency, secretOfficer, "chief@hidden.example"]) expect(told).not.toContain(secret);

        // The administrator is told which event it is.
        const admin = await verify(api);
        expect(admin).toMatchObject({ intact: false, problemCount: 1, shows: "all" });
        expect(admin.problems[0]).toEqual({ kind: "EDITED", seq: hidden, message: `Event #${hidden} was changed after it was written: its content no longer matches its hash. Compare it with a backup or an earlier export to see what changed.` });

        // A break at an event the auditor may read is named by its number.
        const mine = ours.at(-1) ?? 0;
        await tamper(api.db, sql`update audit_events set actor_name = 'Mallory' where seq = ${mine}`);
        const two = await verify(auditor);
        expect(two.problems.map((p) => p.seq)).toEqual([null, mine]);
        expect(two.problems[1]?.message).toMatch(new RegExp(`^Event #${mine} was changed after it was written`));

        // Events deleted at the end of the auditor's events: placed after the last one they may read.
        // Two sign-ins of others (no organization), written as the application writes them; the first is then deleted.
        for (let i = 0; i < 2; i += 1) await appendAudit(api.db, { type: "SIGN_IN", actor: { id: "someone", name: "Someone Else" } });
        const [gap] = await seqs(api.db, sql`seq > ${mine}`);
        await tamper(api.db, sql`delete from audit_events where seq = ${gap ?? 0}`);
        const gone = await verify(auditor);
        expect(gone.problems.map((p) => [p.kind, p.seq])).toEqual([["EDITED", null], ["EDITED", mine], ["MISSING", null]]);
        expect(gone.problems[2]?.message).toBe(`Events were deleted, or renumbered, after event #${mine}, the last of the events you may read.`);
        expect((await verify(api)).problems[2]?.message).toBe(`Event #${gap} is missing: it was deleted from the database, or renumbered.`);
      });
    }, 120_000); // three accounts, four tamperings, five verifications on a busy machine

    it("refuses, and records, a verification, a read or the vocabulary for someone who may not, and an auditor's other organization", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, coordinator } = await basicSetup(api);
        const otherAgency = await api.create("organizations", { kind: "AGENCY", name: "Hidden Valley Police", sroPolicy: "POST" });
        const auditor = await api.as({ email: "auditor@state.example", memberships: [{ organizationId: agencyId, role: "AUDITOR" }] });
        for (const [who, url] of [
          [coordinator, "/api/v1/audit/verify"],
          [coordinator, "/api/v1/audit/vocabulary"],
          [coordinator, "/api/v1/audit"],
          [coordinator, "/api/v1/audit/export?format=json"],
          [auditor, `/api/v1/audit?organizationId=${otherAgency}`],
          [auditor, `/api/v1/audit/export?organizationId=${otherAgency}`],
        ] as const) {
          const denied = await deniedCount(api.db);
          const res = await who.call("GET", url, undefined, PURPOSE);
          expect(res.status, url).toBe(403);
          expect(await deniedCount(api.db), url).toBe(denied + 1);
        }
        const [refusal] = await queryRows<{ entity: string; organization_id: string | null }>(api.db, sql`select entity, organization_id::text as organization_id from audit_events where type = 'ACCESS_DENIED' order by seq desc limit 1`);
        expect(refusal).toEqual({ entity: "audit_events", organization_id: otherAgency });
        expect((await api.anonymous().call("GET", "/api/v1/audit/verify")).status).toBe(401);
      });
    });

    it("reads an auditor all of their organizations' events and only those, filtered, paged and exported", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, districtId, coordinator } = await basicSetup(api);
        const otherAgency = await api.create("organizations", { kind: "AGENCY", name: "Hidden Valley Police", sroPolicy: "POST" });
        const otherChief = await api.as({ email: "chief@hidden.example", memberships: [{ organizationId: otherAgency, role: "CHIEF" }] });
        await otherChief.create("officers", { postLicense: "99887", firstName: "Zed", lastName: "Secretly", agencyId: otherAgency });
        await coordinator.create("officers", { postLicense: "55555", firstName: "Bo", lastName: "Brandt", agencyId });
        const auditor = await api.as({ email: "auditor@state.example", memberships: [{ organizationId: agencyId, role: "AUDITOR" }, { organizationId: districtId, role: "AUDITOR" }] });

        const all = await auditor.call("GET", "/api/v1/audit", undefined, PURPOSE);
        expect(all.status).toBe(200);
        const items = all.body["items"] as { seq: number; organizationId: string | null; type: string; actor: { name: string } }[];
        expect(items.length).toBeGreaterThan(0);
        expect(new Set(items.map((e) => e.organizationId))).toEqual(new Set([agencyId, districtId]));
        expect(all.body["total"]).toBe(items.length);
        expect(all.body["next"]).toBeNull();
        expect((all.body["organizations"] as { name: string }[]).map((o) => o.name).sort()).toEqual(["Breitung Police Department", "Lakeview ISD"]);

        const first = await auditor.call("GET", "/api/v1/audit?limit=2", undefined, PURPOSE);
        expect((first.body["items"] as { seq: number }[]).map((e) => e.seq)).toEqual(items.slice(0, 2).map((e) => e.seq));
        expect(first.body["next"]).toBe(items[1]?.seq);
        const second = await auditor.call("GET", `/api/v1/audit?limit=2&afterSeq=${String(first.body["next"])}`, undefined, PURPOSE);
        expect((second.body["items"] as { seq: number }[])[0]?.seq).toBe(items[2]?.seq);
        // Newest first, paged with beforeSeq.
        const latest = await auditor.call("GET", "/api/v1/audit?order=newest&limit=2", undefined, PURPOSE);
        const newest = latest.body["items"] as { seq: number }[];
        expect(newest[0]?.seq).toBeGreaterThan(newest[1]?.seq ?? Infinity);
        const older = await auditor.call("GET", `/api/v1/audit?order=newest&limit=2&beforeSeq=${String(latest.body["next"])}`, undefined, PURPOSE);
        expect((older.body["items"] as { seq: number }[])[0]?.seq).toBeLessThan(newest[1]?.seq ?? 0);

        const byActor = await auditor.call("GET", "/api/v1/audit?actor=COORDINATOR%40breitung&type=RECORD_CREATED", undefined, PURPOSE);
        const mine = byActor.body["items"] as typeof items;
        expect(mine.length).toBeGreaterThan(0);
        expect(mine.every((e) => e.actor.name === "coordinator@breitung.example" && e.type === "RECORD_CREATED")).toBe(true);
        const today = await auditor.call("GET", "/api/v1/audit?from=2000-01-01&to=2100-12-31&organizationId=" + districtId, undefined, PURPOSE);
        expect((today.body["items"] as typeof items).every((e) => e.organizationId === districtId)).toBe(true);

        // The read of one organization is recorded as concerning it: the export holds it too.
        const now = (await auditor.call("GET", "/api/v1/audit", undefined, PURPOSE)).body["items"] as typeof items;
        const exported = await auditor.inject({ method: "GET", url: "/api/v1/audit/export?format=json", headers: PURPOSE });
        expect(exported.statusCode).toBe(200);
        expect(exported.headers["content-type"]).toMatch(/^application\/json/);
        const rows = JSON.parse(exported.body) as typeof items;
        expect(rows.map((e) => e.seq)).toEqual(now.map((e) => e.seq));
        const csv = await auditor.inject({ method: "GET", url: "/api/v1/audit/export?format=csv", headers: PURPOSE });
        expect(csv.body.split("\n")[0]).toBe("seq,at,type,actor_id,actor_name,organization_id,entity,entity_id,before,after,purpose,legal_basis,ip,user_agent,prev_hash,hash");

        const words = await auditor.call("GET", "/api/v1/audit/vocabulary");
        expect(words.status).toBe(200);
        expect((words.body["organizations"] as { name: string }[]).map((o) => o.name)).toEqual(["Breitung Police Department", "Lakeview ISD"]);
        const types = words.body["eventTypes"] as { type: string; sentence: string }[];
        expect(types.find((t) => t.type === "AUDIT_EXPORTED")?.sentence).toBe("exported the audit trail");
        expect(types.every((t) => !/[A-Z]{2,}|_/.test(t.sentence))).toBe(true);
      });
    }, 60_000);

    it("refuses a filter that is not one with a 400 naming the field, and records nothing", async () => {
      await withApi(backend, async (api) => {
        const [count] = await queryRows<{ n: number | string }>(api.db, sql`select count(*) as n from audit_events`);
        for (const [query, path] of [
          ["from=2026-13-01", "/from"],
          ["to=yesterday", "/to"],
          ["from=2026-12-01&to=2026-11-01", "/to"],
          ["from=2026-12-01T10:00:00Z&to=2026-12-01T09:00:00Z", "/to"],
          ["type=SIGN_IN,NOT_AN_EVENT", "/type"],
          ["organizationId=not-a-uuid", "/organizationId"],
          ["limit=0", "/limit"],
          ["color=red", "/color"],
          ["order=newest&afterSeq=3", "/afterSeq"],
          ["beforeSeq=3", "/beforeSeq"],
        ] as const) {
          for (const url of [`/api/v1/audit?${query}`, `/api/v1/audit/export?${query}`]) {
            const res = await api.call("GET", url, undefined, PURPOSE);
            if (url.includes("export") && /limit|Seq/.test(query)) continue;
            expect(res.status, url).toBe(400);
            expect(res.body.error, url).toMatchObject({ path, in: "querystring" });
          }
        }
        const [after] = await queryRows<{ n: number | string }>(api.db, sql`select count(*) as n from audit_events`);
        expect(Number(after?.n)).toBe(Number(count?.n));
      });
    });
  });
}
