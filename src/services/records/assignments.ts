import { assignmentPolicy } from "../../policies/assignments.ts";
import { officerBound } from "./access.ts";
import { sql } from "drizzle-orm";
import Type from "typebox";
import { assignments } from "../../store/schema.ts";
import { invalidField } from "../errors.ts";
import type { RecordKind } from "./define.ts";
import { closed, Day, Id, listQuery, nullable, patchOf, presentStamps, stamps } from "./fields.ts";

const Role = Type.Enum(["REGULAR", "SUBSTITUTE"]);
const editable = {
  schoolId: Id,
  contractRef: Type.Optional(nullable(Type.String({ maxLength: 100, description: "The contract between the employer and the district or charter school." }))),
  role: Role,
  startOn: Type.String({ format: "date", description: "First day served, inclusive." }),
  endOn: Type.Optional(nullable(Type.String({ format: "date", description: "Last day served, inclusive; null while assigned." }))),
  plannedContactDays: Type.Optional(nullable(Type.Integer({ minimum: 0, description: "Student contact days a substitute is scheduled to cover in the school year." }))),
  underContract: Type.Optional(Type.Boolean({ description: "Made under a contract with the district or charter school (subd. 1(c)). Default true." })),
  instructionalDay: Type.Optional(Type.Boolean({ description: "Work during the regular instructional school day (subd. 1(c)). Default true." })),
};

export const Assignment = Type.Object({
  id: Id, officerId: Id, schoolId: Id, contractRef: nullable(Type.String()), role: Role, startOn: Day, endOn: nullable(Day),
  plannedContactDays: nullable(Type.Integer()), underContract: Type.Boolean(), instructionalDay: Type.Boolean(), ...stamps,
});

const create = Type.Object({ officerId: Id, ...editable }, closed);

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
