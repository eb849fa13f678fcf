import { coursePolicy } from "../../policies/courses.ts";
import { officerBound } from "./access.ts";
import Type from "typebox";
import { courses, COURSE_TYPES } from "../../store/schema.ts";
import type { RecordKind } from "./define.ts";
import { closed, Day, Id, listQuery, nullable, patchOf, presentStamps, stamps } from "./fields.ts";

const CourseType = Type.Enum([...COURSE_TYPES], { description: "As in the engine contract: POST SRO basic, supplemental or refresher course, the SSC or NASRO basic course, or other." });
const editable = {
  type: CourseType,
  completedOn: Day,
  postApproved: Type.Optional(Type.Boolean({ description: "On the POST Board's list of approved SRO courses. Default false." })),
  provider: Type.Optional(nullable(Type.String({ maxLength: 200 }))),
  postCourseNumber: Type.Optional(nullable(Type.String({ maxLength: 50 }))),
  credits: Type.Optional(nullable(Type.Number({ minimum: 0, maximum: 999 }))),
};

export const Course = Type.Object({
  id: Id, officerId: Id, type: CourseType, completedOn: Day, postApproved: Type.Boolean(), provider: nullable(Type.String()),
  postCourseNumber: nullable(Type.String()), credits: nullable(Type.Number()), ...stamps,
});

const create = Type.Object({ officerId: Id, ...editable }, closed);

export const courseKind: RecordKind = {
  name: "course",
  plural: "courses",
  description: "Training courses an officer completed; a course is qualifying when POST-approved (R-TRN-7).",
  table: courses,
  schemas: {
    create,
    update: patchOf(create, Course, ["officerId"]),
    output: Course,
    filters: listQuery({ officerId: Type.Optional(Id), type: Type.Optional(CourseType) }),
  },
  filterColumns: { officerId: courses.officerId, type: courses.type },
  orderBy: courses.completedOn,
  access: officerBound(coursePolicy, courses.officerId, (r) => String(r["officerId"])),
  removable: true,
  affectedOfficers: (_db, row) => Promise.resolve([String(row["officerId"])]),
  present: (r) => ({
    id: r.id, officerId: r["officerId"], type: r["type"], completedOn: r["completedOn"], postApproved: r["postApproved"], provider: r["provider"],
    postCourseNumber: r["postCourseNumber"], credits: r["credits"] === null ? null : Number(r["credits"]), ...presentStamps(r),
  }),
};
