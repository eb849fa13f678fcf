import { sql } from "drizzle-orm";
import type { CourseRow } from "../../importer/kinds.ts";
import { arrayLiteral, queryRows } from "../../store/database.ts";
import { inChunks, unnest, type Scalar } from "./bulk.ts";
import { courseKind } from "../records/courses.ts";
import { same, type Context } from "./context.ts";
import { push, resolveOfficers } from "./directory.ts";

/** Credits as numeric(6, 2) keeps them. */
const rounded = (credits: number | null): number | null => (credits === null ? null : Math.round(credits * 100) / 100);

export async function importCourses(c: Context, rows: CourseRow[]): Promise<{ write: () => Promise<string[]> }> {
  const officerIds = await resolveOfficers(c);
  return {
    write: async () => {
      interface C { officerId: string; type: string; completedOn: string; postApproved: boolean; provider: string | null; postCourseNumber: string | null; credits: number | null }
      const wanted = new Map<string, C>();
      for (const r of rows) {
        if (c.invalid.has(r.row)) continue;
        const officerId = officerIds.get(r.postLicense)?.id;
        if (officerId === undefined) throw new Error(`import: officer ${r.postLicense} was not resolved`);
        const key = `${officerId}|${r.type}|${r.completedOn}`;
        if (!wanted.has(key)) wanted.set(key, { officerId, type: r.type, completedOn: r.completedOn, postApproved: r.postApproved, provider: r.provider, postCourseNumber: r.postCourseNumber, credits: r.credits });
      }
      const officers = [...new Set([...wanted.values()].map((w) => w.officerId))];
      const stored = officers.length === 0 ? [] : await queryRows<{
        id: string; officer_id: string; type: string; completed_on: string; post_approved: boolean; provider: string | null; post_course_number: string | null; credits: number | null;
      }>(
        c.tx,
        sql`select id, officer_id, type, completed_on::text as completed_on, post_approved, provider, post_course_number, credits::float8 as credits
            from courses where officer_id = any(${arrayLiteral(officers)}::uuid[]) and removed_at is null`,
      );
      const storedById = new Map(stored.map((s) => [s.id, s]));
      const agencyOf = new Map([...officerIds.values()].map((o) => [o.id, o.agencyId]));
      const storedByKey = new Map<string, typeof stored>();
      for (const s of stored) push(storedByKey, `${s.officer_id}|${s.type}|${s.completed_on}`, s);
      const created: C[] = [];
      const changed: (C & { id: string })[] = [];
      let unchanged = 0;
      for (const [key, w] of wanted) {
        const matches = storedByKey.get(key);
        if (matches === undefined) {
          created.push(w);
          continue;
        }
        for (const s of matches) {
          const credits = rounded(w.credits);
          if (s.post_approved !== w.postApproved || !same(s.provider, w.provider) || !same(s.post_course_number, w.postCourseNumber) || !same(s.credits, credits)) changed.push({ ...w, id: s.id });
          else unchanged += 1;
        }
      }
      const columns: [string, string, (x: C) => Scalar][] = [
        ["officer_id", "uuid", (x) => x.officerId], ["type", "text", (x) => x.type], ["completed_on", "date", (x) => x.completedOn], ["post_approved", "boolean", (x) => x.postApproved],
        ["provider", "text", (x) => x.provider], ["post_course_number", "text", (x) => x.postCourseNumber], ["credits", "numeric", (x) => x.credits],
      ];
      const total = created.length + changed.length;
      await inChunks(created, async (chunk) => {
        const inserted = await queryRows<{ id: string; officer_id: string; type: string; completed_on: string }>(
          c.tx,
          sql`insert into courses (officer_id, type, completed_on, post_approved, provider, post_course_number, credits) select * from ${unnest(chunk, columns)}
              returning id, officer_id, type, completed_on::text as completed_on`,
        );
        for (const x of inserted) {
          const w = wanted.get(`${x.officer_id}|${x.type}|${x.completed_on}`);
          if (w !== undefined) c.events.created(courseKind, { id: x.id, ...w, credits: rounded(w.credits) }, agencyOf.get(w.officerId) ?? null);
        }
      }, (done) => { c.progress({ phase: "writing", step: "courses", done, total }); });
      for (const w of changed) {
        const s = storedById.get(w.id);
        if (s === undefined) continue;
        c.events.updated(
          courseKind, w.id, agencyOf.get(w.officerId) ?? null,
          { postApproved: s.post_approved, provider: s.provider, postCourseNumber: s.post_course_number, credits: s.credits },
          { postApproved: w.postApproved, provider: w.provider, postCourseNumber: w.postCourseNumber, credits: rounded(w.credits) },
        );
      }
      await inChunks(changed, async (chunk) => {
        await c.tx.execute(sql`update courses x set post_approved = v.post_approved, provider = v.provider, post_course_number = v.post_course_number, credits = v.credits, updated_at = now()
            from ${unnest(chunk, [["id", "uuid", (x) => x.id], ...columns.slice(3)])} where x.id = v.id`);
      }, (done) => { c.progress({ phase: "writing", step: "courses", done: created.length + done, total }); });
      c.counts.coursesCreated = created.length;
      c.counts.coursesUpdated = changed.length;
      c.counts.coursesUnchanged = unchanged;
      return [...new Set([...created, ...changed].map((x) => x.officerId))];
    },
  };
}
