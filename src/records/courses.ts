import Type from "typebox";
import { COURSE_TYPES } from "../rules/request/schema.ts";
import { closed, Day, Id, nullable, stamps } from "./fields.ts";

/** Training courses an officer completed; their types are the engine contract's. */
export { COURSE_TYPES };
export type CourseType = (typeof COURSE_TYPES)[number];

export const CourseTypeField = Type.Enum(COURSE_TYPES, { description: "As in the engine contract: POST SRO basic, supplemental or refresher course, the SSC or NASRO basic course, or other." });

export const courseFields = {
  type: CourseTypeField,
  completedOn: Day,
  postApproved: Type.Optional(Type.Boolean({ description: "On the POST Board's list of approved SRO courses. Default false." })),
  provider: Type.Optional(nullable(Type.String({ maxLength: 200 }))),
  postCourseNumber: Type.Optional(nullable(Type.String({ maxLength: 50 }))),
  credits: Type.Optional(nullable(Type.Number({ minimum: 0, maximum: 999 }))),
};
export const CourseCreate = Type.Object({ officerId: Id, ...courseFields }, closed);
export const Course = Type.Object({
  id: Id, officerId: Id, type: CourseTypeField, completedOn: Day, postApproved: Type.Boolean(), provider: nullable(Type.String()),
  postCourseNumber: nullable(Type.String()), credits: nullable(Type.Number()), ...stamps,
});

/** The files a course's certificate may be: what the upload recognises and the store's column holds. */
export const CERTIFICATE_MEDIA_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
export type CertificateMediaType = (typeof CERTIFICATE_MEDIA_TYPES)[number];
