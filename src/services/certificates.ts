import { createHash } from "node:crypto";
import { and, desc, eq, type SQL } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import Type from "typebox";
import { certificates, courses } from "../store/schema.ts";
import type { ServiceContext } from "./context.ts";
import { ClientError, invalidField, notFound } from "./errors.ts";
import { writeWithStatus } from "./records/define.ts";
import { iso } from "./records/fields.ts";

/**
 * Training certificates (R-REC-1: the chief law enforcement officer keeps the most recent one). A
 * certificate is uploaded for a course record; the file must be a PDF, PNG or JPEG by its content —
 * the first bytes, never the name — and at most 10 MB; its SHA-256 is kept with who uploaded it and
 * when. Certificates are never edited or removed: a newer one is uploaded beside the old.
 */
export const MEDIA_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
type MediaType = (typeof MEDIA_TYPES)[number];

export const CertificateMeta = Type.Object({
  id: Type.String({ format: "uuid" }),
  officerId: Type.String({ format: "uuid" }),
  courseId: Type.String({ format: "uuid" }),
  fileName: Type.String(),
  mediaType: Type.Enum([...MEDIA_TYPES]),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedBy: Type.String(),
  uploadedAt: Type.String({ format: "date-time" }),
});

const metaColumns = {
  id: certificates.id, officerId: certificates.officerId, courseId: certificates.courseId, fileName: certificates.fileName, mediaType: certificates.mediaType,
  sizeBytes: certificates.sizeBytes, sha256: certificates.sha256, uploadedBy: certificates.uploadedBy, uploadedAt: certificates.uploadedAt,
};

function present<T extends { uploadedAt: string }>(row: T): T {
  return { ...row, uploadedAt: iso(row.uploadedAt) };
}

/** What the file is, from its first bytes. */
export async function mediaTypeOf(content: Uint8Array): Promise<MediaType | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected !== undefined && (MEDIA_TYPES as readonly string[]).includes(detected.mime) ? (detected.mime as MediaType) : null;
}

function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[^\p{L}\p{N} ._()-]/gu, "_").slice(0, 200).trim();
  return cleaned === "" ? "certificate" : cleaned;
}

export async function uploadCertificate(ctx: ServiceContext, input: { courseId: string; fileName: string; content: Uint8Array }) {
  if (input.content.length === 0) throw invalidField("/file", "is empty");
  const mediaType = await mediaTypeOf(input.content);
  if (mediaType === null) throw new ClientError("UNSUPPORTED_MEDIA_TYPE", "/file", "must be a PDF, PNG or JPEG file (checked by its content, not its name)");
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  return writeWithStatus(ctx, async (tx) => {
    const [course] = await tx.select({ officerId: courses.officerId }).from(courses).where(eq(courses.id, input.courseId));
    if (course === undefined) throw invalidField("/courseId", `no course with id ${input.courseId}`);
    const [row] = await tx
      .insert(certificates)
      .values({ officerId: course.officerId, courseId: input.courseId, fileName: safeFileName(input.fileName), mediaType, sizeBytes: input.content.length, sha256, content: input.content, uploadedBy: ctx.actor.name })
      .returning(metaColumns);
    if (row === undefined) throw new Error("insert into certificates returned nothing");
    return { result: present(row), officers: [course.officerId] };
  });
}

export async function listCertificates(ctx: ServiceContext, filter: { officerId?: string; courseId?: string }) {
  const where: SQL[] = [];
  if (filter.officerId !== undefined) where.push(eq(certificates.officerId, filter.officerId));
  if (filter.courseId !== undefined) where.push(eq(certificates.courseId, filter.courseId));
  const rows = await ctx.db.select(metaColumns).from(certificates).where(and(...where)).orderBy(desc(certificates.uploadedAt));
  return { items: rows.map(present) };
}

export async function certificateMeta(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db.select(metaColumns).from(certificates).where(eq(certificates.id, id));
  if (row === undefined) throw notFound("certificate", id);
  return present(row);
}

export async function certificateContent(ctx: ServiceContext, id: string): Promise<{ fileName: string; mediaType: MediaType; content: Uint8Array }> {
  const [row] = await ctx.db.select({ fileName: certificates.fileName, mediaType: certificates.mediaType, content: certificates.content }).from(certificates).where(eq(certificates.id, id));
  if (row === undefined) throw notFound("certificate", id);
  return row;
}
