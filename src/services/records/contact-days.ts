import { arrayLiteral } from "../../store/database.ts";
import { sql } from "drizzle-orm";
import { contactDayPolicy } from "../../policies/contact-days.ts";
import { officerBound } from "./access.ts";
import Type from "typebox";
import { ContactDay, ContactDayCreate as create } from "../../records/officer-records.ts";
import { contactDays } from "../../store/schema.ts";
import type { RecordKind } from "./define.ts";
import { Id, listQuery, patchOf, presentStamps } from "./fields.ts";

export const contactDayKind: RecordKind = {
  name: "contact day",
  plural: "contact-days",
  description: "Days a substitute SRO served at a school; distinct days with students present count toward the 60 of subd. 3(d).",
  table: contactDays,
  schemas: {
    create,
    update: patchOf(create, ContactDay, ["officerId"]),
    output: ContactDay,
    filters: listQuery({ officerId: Type.Optional(Id), schoolId: Type.Optional(Id) }),
  },
  filterColumns: { officerId: contactDays.officerId, schoolId: contactDays.schoolId },
  orderBy: contactDays.day,
  access: officerBound(contactDayPolicy, contactDays.officerId, (r) => String(r["officerId"]), {
    schoolIdOf: (r) => String(r["schoolId"]),
    // A district's safety coordinator sees the contact days at its schools (policies/contact-days.ts; docs/decisions/0012).
    extraScope: (actor) => {
      const districts = actor.memberships.filter((m) => m.role === "SAFETY_COORDINATOR").map((m) => m.organizationId);
      if (districts.length === 0) return undefined;
      return sql`${contactDays.schoolId} in (select id from schools where organization_id = any(${arrayLiteral(districts)}::uuid[]))`;
    },
  }),
  removable: true,
  affectedOfficers: (_db, row) => Promise.resolve([String(row["officerId"])]),
  present: (r) => ({ id: r.id, officerId: r["officerId"], schoolId: r["schoolId"], day: r["day"], studentsPresent: r["studentsPresent"], ...presentStamps(r) }),
};
