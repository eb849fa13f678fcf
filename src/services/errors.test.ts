import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../store/database.ts";
import { backends, withDatabase } from "../store/test-database.test-support.ts";
import { clientErrorFromDatabase, hasConflictWords } from "./errors.ts";

const KINDS = { u: "unique", p: "primary key", f: "foreign key", c: "check" } as const;

/**
 * Issue 11 item 6: every unique, foreign-key and check constraint of the migrated schema has its
 * field and plain words in services/errors.ts, so a new constraint cannot reach a person as the
 * database's message. Unique indexes that are not constraints (a partial one) are walked too.
 */
for (const backend of backends()) {
  describe(`database refusals in plain words on ${backend.name}`, () => {
    it("has words for every constraint of the schema", async () => {
      await withDatabase(backend, async (database) => {
        const constraints = await queryRows<{ name: string; type: keyof typeof KINDS }>(
          database.db,
          sql`select conname as name, contype as type from pg_constraint where connamespace = 'public'::regnamespace and contype in ('u', 'p', 'f', 'c')`,
        );
        const indexes = await queryRows<{ name: string }>(
          database.db,
          sql`select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid
              where i.indisunique and c.relnamespace = 'public'::regnamespace
                and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
        );
        expect(constraints.length).toBeGreaterThan(30);
        expect(indexes.map((i) => i.name)).toContain("courses_officer_type_completed_on");
        const missing = [...constraints.map((c) => ({ name: c.name, kind: KINDS[c.type] })), ...indexes.map((i) => ({ name: i.name, kind: "unique" as const }))].filter(
          (c) => !hasConflictWords(c.name, c.kind),
        );
        expect(missing).toEqual([]);
      });
    });

    it("answers a real duplicate and a missing reference with the field and words, never the database's message", async () => {
      await withDatabase(backend, async (database) => {
        const catchIt = async (q: ReturnType<typeof sql>) => {
          try {
            await database.db.execute(q);
          } catch (e) {
            return clientErrorFromDatabase(e);
          }
          throw new Error("the statement did not fail");
        };
        const [org] = await queryRows<{ id: string }>(database.db, sql`insert into organizations (kind, name, sro_policy) values ('AGENCY', 'Breitung Police Department', 'POST') returning id`);
        const [officer] = await queryRows<{ id: string }>(database.db, sql`insert into officers (post_license, first_name, last_name, agency_id) values ('1', 'Ana', 'Alvarez', ${org?.id}) returning id`);
        await database.db.execute(sql`insert into courses (officer_id, type, completed_on) values (${officer?.id}, 'POST_SRO_BASIC', '2025-09-19')`);
        const duplicate = await catchIt(sql`insert into courses (officer_id, type, completed_on) values (${officer?.id}, 'POST_SRO_BASIC', '2025-09-19')`);
        expect({ status: duplicate?.status, path: duplicate?.path }).toEqual({ status: 409, path: "/completedOn" });
        expect(duplicate?.message).toMatch(/already has this course on record for this date/);
        const missing = await catchIt(sql`insert into courses (officer_id, type, completed_on) values ('00000000-0000-4000-8000-000000000000', 'OTHER', '2025-09-19')`);
        expect({ status: missing?.status, path: missing?.path, message: missing?.message }).toEqual({ status: 400, path: "/officerId", message: "/officerId: there is no officer with this id" });
        const stillUsed = await catchIt(sql`delete from organizations where id = ${org?.id}`);
        expect({ status: stillUsed?.status, message: stillUsed?.message }).toEqual({ status: 409, message: "this agency still has officers on record: remove or move them first" });
        for (const e of [duplicate, missing, stillUsed]) expect(e?.message).not.toMatch(/constraint|violates|Key \(|_fk|_id/);
      });
    });
  });
}
