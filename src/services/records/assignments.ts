import { assignmentPolicy } from "../../policies/assignments.ts";
import { officerBound } from "./access.ts";
import { sql } from "drizzle-orm";
import Type from "typebox";
import { assignments } from "../../store/schema.ts";
import { invalidField } from "../errors.ts";
import type { RecordKind } from "./define.ts";
import { Assignment, AssignmentCreate as create, AssignmentRoleField as Role } from "../../records/assignments.ts";
import { Id, listQuery, patchOf, presentStamps } from "./fields.ts";

export const assignmentKind: RecordKind = {
  name: "assignment",
  plural: "assignments",
  description: "An officer's assignment to a school, regular or substitute, with its contract and whether it is regular instructional-day work.",
  table: assignments,
  schemas: {
    create,
    update: patchOf(create, Assignment, ["officerId"]),
    output: Assignment,
    filters: listQuery({
      officerId: Type.Optional(Id), schoolId: Type.Optional(Id), role: Type.Optional(Role),
      agencyId: Type.Optional(Type.String({ format: "uuid", description: "Assignments of this agency's officers." })),
      districtId: Type.Optional(Type.String({ format: "uuid", description: "Assignments at this district's (or charter school's) schools." })),
    }),
  },
  filterColumns: { officerId: assignments.officerId, schoolId: assignments.schoolId, role: assignments.role },
  filterConditions: {
    agencyId: (id) => sql`${assignments.officerId} in (select o.id from officers o where o.agency_id = ${id})`,
    districtId: (id) => sql`${assignments.schoolId} in (select s.id from schools s where s.organization_id = ${id})`,
  },
  orderBy: assignments.startOn,
  access: officerBound(assignmentPolicy, assignments.officerId, (r) => String(r["officerId"]), { schoolIdOf: (r) => String(r["schoolId"]) }),
  removable: true,
  check: (_db, v) => {
    if (typeof v["endOn"] === "string" && v["endOn"] < String(v["startOn"])) throw invalidField("/endOn", "must not be before startOn");
    return Promise.resolve();
  },
  affectedOfficers: (_db, row) => Promise.resolve([String(row["officerId"])]),
  present: (r) => ({
    id: r.id, officerId: r["officerId"], schoolId: r["schoolId"], contractRef: r["contractRef"], role: r["role"], startOn: r["startOn"], endOn: r["endOn"],
    plannedContactDays: r["plannedContactDays"], underContract: r["underContract"], instructionalDay: r["instructionalDay"], ...presentStamps(r),
  }),
};
