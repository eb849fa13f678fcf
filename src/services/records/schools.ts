import { schoolAccess } from "./access.ts";
import Type from "typebox";
import { schools } from "../../store/schema.ts";
import type { RecordKind } from "./define.ts";
import { closed, Id, listQuery, patchOf, presentStamps, stamps, Text } from "./fields.ts";
import { officersOfSchool, requireSchoolOwner } from "./lookups.ts";

const editable = { organizationId: Id, name: Text() };

export const School = Type.Object({ id: Id, organizationId: Id, name: Type.String(), ...stamps });

const create = Type.Object(editable, closed);

export const schoolKind: RecordKind = {
  name: "school",
  plural: "schools",
  description: "Schools, each of a school district or a charter school.",
  table: schools,
  schemas: {
    create,
    update: patchOf(create, School, ["organizationId"]),
    output: School,
    filters: listQuery({ organizationId: Type.Optional(Id) }),
  },
  filterColumns: { organizationId: schools.organizationId },
  orderBy: schools.name,
  access: schoolAccess,
  removable: false,
  check: (db, v) => requireSchoolOwner(db, String(v["organizationId"]), "/organizationId"),
  affectedOfficers: (db, row) => officersOfSchool(db, row.id),
  present: (r) => ({ id: r.id, organizationId: r["organizationId"], name: r["name"], ...presentStamps(r) }),
};
