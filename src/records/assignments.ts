import Type from "typebox";
import { ASSIGNMENT_ROLES } from "../rules/request/schema.ts";
import { closed, Day, Id, nullable, stamps } from "./fields.ts";

/** An officer's assignment to a school; its roles are the engine contract's. */
export { ASSIGNMENT_ROLES };
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

export const AssignmentRoleField = Type.Enum(ASSIGNMENT_ROLES);

/** What a person may set on an assignment (whose it is, officerId, is set once). */
export const assignmentFields = {
  schoolId: Id,
  contractRef: Type.Optional(nullable(Type.String({ maxLength: 100, description: "The contract between the employer and the district or charter school." }))),
  role: AssignmentRoleField,
  startOn: Type.String({ format: "date", description: "First day served, inclusive." }),
  endOn: Type.Optional(nullable(Type.String({ format: "date", description: "Last day served, inclusive; null while assigned." }))),
  plannedContactDays: Type.Optional(nullable(Type.Integer({ minimum: 0, description: "Student contact days a substitute is scheduled to cover in the school year." }))),
  underContract: Type.Optional(Type.Boolean({ description: "Made under a contract with the district or charter school (subd. 1(c)). Default true." })),
  instructionalDay: Type.Optional(Type.Boolean({ description: "Work during the regular instructional school day (subd. 1(c)). Default true." })),
};
export const AssignmentCreate = Type.Object({ officerId: Id, ...assignmentFields }, closed);
export const Assignment = Type.Object({
  id: Id, officerId: Id, schoolId: Id, contractRef: nullable(Type.String()), role: AssignmentRoleField, startOn: Day, endOn: nullable(Day),
  plannedContactDays: nullable(Type.Integer()), underContract: Type.Boolean(), instructionalDay: Type.Boolean(), ...stamps,
});
