import { schoolAccess } from "./access.ts";
import Type from "typebox";
import { School, SchoolCreate as create } from "../../records/organizations.ts";
import { schools } from "../../store/schema.ts";
import type { RecordKind } from "./define.ts";
import { Id, listQuery, patchOf, presentStamps } from "./fields.ts";
import { officersOfSchool, requireSchoolOwner } from "./lookups.ts";

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
