import { coursePolicy } from "../../policies/courses.ts";
import { officerBound } from "./access.ts";
import Type from "typebox";
import { Course, CourseCreate as create, CourseTypeField as CourseType } from "../../records/courses.ts";
import { courses } from "../../store/schema.ts";
import type { RecordKind } from "./define.ts";
import { Id, listQuery, patchOf, presentStamps } from "./fields.ts";

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
