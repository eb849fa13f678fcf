import { sql } from "drizzle-orm";
import type { RosterRow } from "../../importer/kinds.ts";
import { arrayLiteral, queryRows } from "../../store/database.ts";
import { inChunks, unnest, type Scalar } from "./bulk.ts";
import { problem, same, type Context } from "./context.ts";
import { assignmentKind } from "../records/assignments.ts";
import { officerKind } from "../records/officers.ts";
import { idOf, loadDirectory, officersByLicense, outsideAgencies, placeOf, push, type Ref } from "./directory.ts";

export async function importRoster(c: Context, rows: RosterRow[]): Promise<{ write: () => Promise<string[]> }> {
  const dir = await loadDirectory(c.tx, c.options.createMissing === true);
  const agencyOf = new Map<number, Ref>();
  const schoolOf = new Map<number, Ref>();
  for (const ref of c.v.refs) {
    if (ref.agency !== undefined) {
      const agency = dir.organization(ref.agency, ["AGENCY"], "law enforcement agency");
      if ("problem" in agency) problem(c, ref.row, "agency", agency.problem);
      else if (c.agencyIds !== undefined && !("id" in agency && c.agencyIds.has(agency.id))) problem(c, ref.row, "agency", "is not an agency whose officers you keep");
      else agencyOf.set(ref.row, agency);
    }
    const place = placeOf(c, dir, ref);
    if (place !== null) schoolOf.set(ref.row, place.school);
  }
  if (c.agencyIds !== undefined) {
    // An officer already employed elsewhere is not moved by another agency's file.
    const known = await officersByLicense(c.tx, c.v.refs.flatMap((r) => (r.postLicense === undefined ? [] : [r.postLicense])));
    for (const ref of c.v.refs) {
      const officer = ref.postLicense === undefined ? undefined : known.get(ref.postLicense);
      if (officer !== undefined && outsideAgencies(c, officer.agency_id)) problem(c, ref.row, "post_license", "is the license of an officer of another agency, whose records you do not keep");
    }
  }
  return {
    write: async () => {
      const valid = rows.filter((r) => !c.invalid.has(r.row));
      const needed = new Set<string>();
      for (const r of valid) {
        for (const ref of [agencyOf.get(r.row), schoolOf.get(r.row)]) if (ref !== undefined && "create" in ref) needed.add(ref.create);
      }
      const created = await dir.create(c.tx, needed, c.counts, c.events);

      // Officers: the first valid row of a license gives its name and agency.
      const officers = new Map<string, { firstName: string; lastName: string; agencyId: string }>();
      for (const r of valid) {
        if (!officers.has(r.postLicense)) officers.set(r.postLicense, { firstName: r.firstName, lastName: r.lastName, agencyId: idOf(agencyOf.get(r.row) ?? { problem: "" }, created) });
      }
      const existing = await officersByLicense(c.tx, officers.keys());
      const toInsert: { license: string; firstName: string; lastName: string; agencyId: string }[] = [];
      const toUpdate: { id: string; firstName: string; lastName: string; agencyId: string }[] = [];
      for (const [license, o] of officers) {
        const e = existing.get(license);
        if (e === undefined) toInsert.push({ license, ...o });
        else if (e.first_name !== o.firstName || e.last_name !== o.lastName || e.agency_id !== o.agencyId) toUpdate.push({ id: e.id, ...o });
      }
      const total = toInsert.length + toUpdate.length;
      const report = (done: number) => {
        c.progress({ phase: "writing", step: "officers", done, total });
      };
      const ids = new Map([...existing].map(([license, e]) => [license, e.id]));
      const existingById = new Map([...existing.values()].map((e) => [e.id, e]));
      await inChunks(toInsert, async (chunk) => {
        const inserted = await queryRows<{ id: string; post_license: string }>(
          c.tx,
          sql`insert into officers (post_license, first_name, last_name, agency_id)
              select * from ${unnest(chunk, [["post_license", "text", (o) => o.license], ["first_name", "text", (o) => o.firstName], ["last_name", "text", (o) => o.lastName], ["agency_id", "uuid", (o) => o.agencyId]])}
              returning id, post_license`,
        );
        for (const o of inserted) ids.set(o.post_license, o.id);
      }, report);
      for (const o of toInsert) {
        const id = ids.get(o.license) ?? "";
        c.events.created(officerKind, { id, postLicense: o.license, firstName: o.firstName, lastName: o.lastName, agencyId: o.agencyId }, o.agencyId);
      }
      for (const o of toUpdate) {
        const e = existingById.get(o.id);
        if (e !== undefined) {
          c.events.updated(officerKind, o.id, o.agencyId, { firstName: e.first_name, lastName: e.last_name, agencyId: e.agency_id }, { firstName: o.firstName, lastName: o.lastName, agencyId: o.agencyId });
        }
      }
      await inChunks(toUpdate, async (chunk) => {
        await c.tx.execute(sql`update officers o set first_name = v.first_name, last_name = v.last_name, agency_id = v.agency_id, updated_at = now()
            from ${unnest(chunk, [["id", "uuid", (o) => o.id], ["first_name", "text", (o) => o.firstName], ["last_name", "text", (o) => o.lastName], ["agency_id", "uuid", (o) => o.agencyId]])}
            where o.id = v.id`);
      }, (done) => { report(toInsert.length + done); });
      c.counts.officersCreated = toInsert.length;
      c.counts.officersUpdated = toUpdate.length;
      c.counts.officersUnchanged = officers.size - toInsert.length - toUpdate.length;

      // Assignments: the same officer, school, role and start_on is the same assignment.
      interface A { officerId: string; schoolId: string; role: string; startOn: string; endOn: string | null; contractRef: string | null; plannedContactDays: number | null; underContract: boolean; instructionalDay: boolean }
      const wanted = new Map<string, A>();
      for (const r of valid) {
        if (r.assignment === null) continue;
        const a = r.assignment;
        const officerId = ids.get(r.postLicense);
        if (officerId === undefined) throw new Error(`import: officer ${r.postLicense} was not written`);
        const schoolId = idOf(schoolOf.get(r.row) ?? { problem: "" }, created);
        const key = `${officerId}|${schoolId}|${a.role}|${a.startOn}`;
        if (!wanted.has(key)) {
          wanted.set(key, { officerId, schoolId, role: a.role, startOn: a.startOn, endOn: a.endOn, contractRef: a.contractRef, plannedContactDays: a.plannedContactDays, underContract: a.underContract, instructionalDay: a.instructionalDay });
        }
      }
      const stored = existing.size === 0 ? [] : await queryRows<{
        id: string; officer_id: string; school_id: string; role: string; start_on: string; end_on: string | null; contract_ref: string | null;
        planned_contact_days: number | null; under_contract: boolean; instructional_day: boolean;
      }>(
        c.tx,
        sql`select id, officer_id, school_id, role, start_on::text as start_on, end_on::text as end_on, contract_ref, planned_contact_days, under_contract, instructional_day
            from assignments where officer_id = any(${arrayLiteral([...existing.values()].map((e) => e.id))}::uuid[])`,
      );
      const storedByKey = new Map<string, typeof stored>();
      for (const s of stored) push(storedByKey, `${s.officer_id}|${s.school_id}|${s.role}|${s.start_on}`, s);
      const storedById = new Map(stored.map((s) => [s.id, s]));
      const agencyOfOfficer = new Map([...officers].map(([license, o]) => [ids.get(license) ?? "", o.agencyId]));
      const newAssignments: A[] = [];
      const changed: (A & { id: string })[] = [];
      let unchanged = 0;
      for (const [key, a] of wanted) {
        const matches = storedByKey.get(key);
        if (matches === undefined) {
          newAssignments.push(a);
          continue;
        }
        for (const s of matches) {
          const differs = !same(s.end_on, a.endOn) || !same(s.contract_ref, a.contractRef) || !same(s.planned_contact_days, a.plannedContactDays) ||
            s.under_contract !== a.underContract || s.instructional_day !== a.instructionalDay;
          if (differs) changed.push({ ...a, id: s.id });
          else unchanged += 1;
        }
      }
      const assignmentColumns: [string, string, (a: A) => Scalar][] = [
        ["officer_id", "uuid", (a) => a.officerId], ["school_id", "uuid", (a) => a.schoolId], ["role", "text", (a) => a.role], ["start_on", "date", (a) => a.startOn],
        ["end_on", "date", (a) => a.endOn], ["contract_ref", "text", (a) => a.contractRef], ["planned_contact_days", "int", (a) => a.plannedContactDays],
        ["under_contract", "boolean", (a) => a.underContract], ["instructional_day", "boolean", (a) => a.instructionalDay],
      ];
      const totalA = newAssignments.length + changed.length;
      await inChunks(newAssignments, async (chunk) => {
        const inserted = await queryRows<{ id: string; officer_id: string; school_id: string; role: string; start_on: string }>(
          c.tx,
          sql`insert into assignments (officer_id, school_id, role, start_on, end_on, contract_ref, planned_contact_days, under_contract, instructional_day)
              select * from ${unnest(chunk, assignmentColumns)} returning id, officer_id, school_id, role, start_on::text as start_on`,
        );
        for (const x of inserted) {
          const a = wanted.get(`${x.officer_id}|${x.school_id}|${x.role}|${x.start_on}`);
          if (a !== undefined) c.events.created(assignmentKind, { id: x.id, ...a }, agencyOfOfficer.get(a.officerId) ?? null);
        }
      }, (done) => { c.progress({ phase: "writing", step: "assignments", done, total: totalA }); });
      for (const a of changed) {
        const s = storedById.get(a.id);
        if (s === undefined) continue;
        c.events.updated(
          assignmentKind, a.id, agencyOfOfficer.get(a.officerId) ?? null,
          { endOn: s.end_on, contractRef: s.contract_ref, plannedContactDays: s.planned_contact_days, underContract: s.under_contract, instructionalDay: s.instructional_day },
          { endOn: a.endOn, contractRef: a.contractRef, plannedContactDays: a.plannedContactDays, underContract: a.underContract, instructionalDay: a.instructionalDay },
        );
      }
      await inChunks(changed, async (chunk) => {
        await c.tx.execute(sql`update assignments x set end_on = v.end_on, contract_ref = v.contract_ref, planned_contact_days = v.planned_contact_days,
                under_contract = v.under_contract, instructional_day = v.instructional_day, updated_at = now()
            from ${unnest(chunk, [["id", "uuid", (a) => a.id], ...assignmentColumns.slice(4)])} where x.id = v.id`);
      }, (done) => { c.progress({ phase: "writing", step: "assignments", done: newAssignments.length + done, total: totalA }); });
      c.counts.assignmentsCreated = newAssignments.length;
      c.counts.assignmentsUpdated = changed.length;
      c.counts.assignmentsUnchanged = unchanged;

      const affected = new Set<string>();
      for (const o of toInsert) affected.add(ids.get(o.license) ?? "");
      for (const o of toUpdate) affected.add(o.id);
      for (const a of [...newAssignments, ...changed]) affected.add(a.officerId);
      affected.delete("");
      return [...affected];
    },
  };
}
