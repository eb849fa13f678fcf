import { sql } from "drizzle-orm";
import type { ContactDayRow } from "../../importer/kinds.ts";
import { arrayLiteral, queryRows } from "../../store/database.ts";
import { inChunks, unnest } from "./bulk.ts";
import { contactDayKind } from "../records/contact-days.ts";
import type { Context } from "./context.ts";
import { idOf, loadDirectory, placeOf, resolveOfficers, type Ref } from "./directory.ts";

export async function importContactDays(c: Context, rows: ContactDayRow[]): Promise<{ write: () => Promise<string[]> }> {
  const officerIds = await resolveOfficers(c);
  const dir = await loadDirectory(c.tx, c.options.createMissing === true);
  const schoolOf = new Map<number, Ref>();
  for (const ref of c.v.refs) {
    const place = placeOf(c, dir, ref);
    if (place !== null) schoolOf.set(ref.row, place.school);
  }
  return {
    write: async () => {
      const valid = rows.filter((r) => !c.invalid.has(r.row));
      const needed = new Set<string>();
      for (const r of valid) {
        const ref = schoolOf.get(r.row);
        if (ref !== undefined && "create" in ref) needed.add(ref.create);
      }
      const createdRefs = await dir.create(c.tx, needed, c.counts, c.events);
      interface D { officerId: string; schoolId: string; day: string; studentsPresent: boolean }
      const wanted = new Map<string, D>();
      for (const r of valid) {
        const officerId = officerIds.get(r.postLicense)?.id;
        if (officerId === undefined) throw new Error(`import: officer ${r.postLicense} was not resolved`);
        const schoolId = idOf(schoolOf.get(r.row) ?? { problem: "" }, createdRefs);
        const key = `${officerId}|${schoolId}|${r.day}`;
        if (!wanted.has(key)) wanted.set(key, { officerId, schoolId, day: r.day, studentsPresent: r.studentsPresent });
      }
      const officers = [...new Set([...wanted.values()].map((w) => w.officerId))];
      const stored = officers.length === 0 ? [] : await queryRows<{ id: string; officer_id: string; school_id: string; day: string; students_present: boolean }>(
        c.tx,
        sql`select id, officer_id, school_id, day::text as day, students_present from contact_days where officer_id = any(${arrayLiteral(officers)}::uuid[])`,
      );
      const agencyOf = new Map([...officerIds.values()].map((o) => [o.id, o.agencyId]));
      const storedByKey = new Map(stored.map((s) => [`${s.officer_id}|${s.school_id}|${s.day}`, s]));
      const created: D[] = [];
      const changed: (D & { id: string })[] = [];
      let unchanged = 0;
      for (const [key, w] of wanted) {
        const s = storedByKey.get(key);
        if (s === undefined) created.push(w);
        else if (s.students_present !== w.studentsPresent) changed.push({ ...w, id: s.id });
        else unchanged += 1;
      }
      const total = created.length + changed.length;
      await inChunks(created, async (chunk) => {
        const inserted = await queryRows<{ id: string; officer_id: string; school_id: string; day: string }>(
          c.tx,
          sql`insert into contact_days (officer_id, school_id, day, students_present)
              select * from ${unnest(chunk, [["officer_id", "uuid", (x) => x.officerId], ["school_id", "uuid", (x) => x.schoolId], ["day", "date", (x) => x.day], ["students_present", "boolean", (x) => x.studentsPresent]])}
              returning id, officer_id, school_id, day::text as day`,
        );
        for (const x of inserted) {
          const w = wanted.get(`${x.officer_id}|${x.school_id}|${x.day}`);
          if (w !== undefined) c.events.created(contactDayKind, { id: x.id, ...w }, agencyOf.get(w.officerId) ?? null);
        }
      }, (done) => { c.progress({ phase: "writing", step: "contact days", done, total }); });
      for (const w of changed) c.events.updated(contactDayKind, w.id, agencyOf.get(w.officerId) ?? null, { studentsPresent: !w.studentsPresent }, { studentsPresent: w.studentsPresent });
      await inChunks(changed, async (chunk) => {
        await c.tx.execute(sql`update contact_days x set students_present = v.students_present, updated_at = now()
            from ${unnest(chunk, [["id", "uuid", (x) => x.id], ["students_present", "boolean", (x) => x.studentsPresent]])} where x.id = v.id`);
      }, (done) => { c.progress({ phase: "writing", step: "contact days", done: created.length + done, total }); });
      c.counts.contactDaysCreated = created.length;
      c.counts.contactDaysUpdated = changed.length;
      c.counts.contactDaysUnchanged = unchanged;
      return [...new Set([...created, ...changed].map((x) => x.officerId))];
    },
  };
}
