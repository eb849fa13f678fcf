import Type from "typebox";
import { contactDays } from "../../store/schema.ts";
import type { RecordKind } from "./define.ts";
import { closed, Day, Id, listQuery, presentStamps, stamps } from "./fields.ts";

const editable = {
  schoolId: Id,
  day: Day,
  studentsPresent: Type.Boolean({ description: "Students were present for instruction: only such days count toward 60 (A2)." }),
};

export const ContactDay = Type.Object({ id: Id, officerId: Id, schoolId: Id, day: Day, studentsPresent: Type.Boolean(), ...stamps });

export const contactDayKind: RecordKind = {
  name: "contact day",
  plural: "contact-days",
  description: "Days a substitute SRO served at a school; distinct days with students present count toward the 60 of subd. 3(d).",
  table: contactDays,
  schemas: {
    create: Type.Object({ officerId: Id, ...editable }, closed),
    update: Type.Partial(Type.Object(editable, closed)),
    output: ContactDay,
    filters: listQuery({ officerId: Type.Optional(Id), schoolId: Type.Optional(Id) }),
  },
  filterColumns: { officerId: contactDays.officerId, schoolId: contactDays.schoolId },
  orderBy: contactDays.day,
  removable: true,
  affectedOfficers: (_db, row) => Promise.resolve([String(row["officerId"])]),
  present: (r) => ({ id: r.id, officerId: r["officerId"], schoolId: r["schoolId"], day: r["day"], studentsPresent: r["studentsPresent"], ...presentStamps(r) }),
};
