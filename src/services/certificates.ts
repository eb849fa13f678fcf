import { createHash } from "node:crypto";
import { and, desc, eq, type SQL } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import Type from "typebox";
import { certificates, courses } from "../store/schema.ts";
import type { ServiceContext } from "./context.ts";
import { ClientError, invalidField, notFound } from "./errors.ts";
import { appendAudit } from "../audit/append.ts";
import { certificateFilePolicy, certificateRecordPolicy } from "../policies/certificates.ts";
import type { Decision } from "../policies/decision.ts";
import { fullOnly, officerScope } from "../policies/reach.ts";
import { officerRelations } from "../store/officer-relations.ts";
import { officerCondition } from "./records/access.ts";
import { requirePurpose, writeWithStatus } from "./records/define.ts";
import { Actions, iso } from "./records/fields.ts";

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
  actions: Actions,
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

async function relationsOf(ctx: ServiceContext, officerId: string) {
  const rel = (await officerRelations(ctx.db, [officerId])).get(officerId);
  if (rel === undefined) throw notFound("officer", officerId);
  return rel;
}

function refuse(decision: Decision): never {
  throw new ClientError("FORBIDDEN", "", decision.reason);
}

export async function uploadCertificate(ctx: ServiceContext, input: { courseId: string; fileName: string; content: Uint8Array }) {
  if (input.content.length === 0) throw invalidField("/file", "is empty");
  const mediaType = await mediaTypeOf(input.content);
  if (mediaType === null) throw new ClientError("UNSUPPORTED_MEDIA_TYPE", "/file", "must be a PDF, PNG or JPEG file (checked by its content, not its name)");
  const [course] = await ctx.db.select({ officerId: courses.officerId }).from(courses).where(eq(courses.id, input.courseId));
  if (course === undefined) throw invalidField("/courseId", `no course with id ${input.courseId}`);
  const rel = await relationsOf(ctx, course.officerId);
  const decision = certificateRecordPolicy.write(ctx.actor, rel);
  if (!decision.allowed) refuse(decision);
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  const meta = await writeWithStatus(ctx, async (tx) => {
    const [row] = await tx
      .insert(certificates)
      .values({ officerId: course.officerId, courseId: input.courseId, fileName: safeFileName(input.fileName), mediaType, sizeBytes: input.content.length, sha256, content: input.content, uploadedBy: ctx.actor.name })
      .returning(metaColumns);
    if (row === undefined) throw new Error("insert into certificates returned nothing");
    const presented = present(row);
    return { result: presented, officers: [course.officerId], audit: { type: "CERTIFICATE_UPLOADED", entity: "certificates", entityId: row.id, organizationId: rel.agencyId, after: presented } };
  });
  return { ...meta, actions: certificateRecordPolicy.actions(ctx.actor, rel) };
}

export async function listCertificates(ctx: ServiceContext, filter: { officerId?: string; courseId?: string }) {
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  const where: SQL[] = [];
  if (filter.officerId !== undefined) where.push(eq(certificates.officerId, filter.officerId));
  if (filter.courseId !== undefined) where.push(eq(certificates.courseId, filter.courseId));
  const scope = officerCondition(fullOnly(officerScope(ctx.actor)), certificates.officerId);
  if (scope !== undefined) where.push(scope);
  const rows = await ctx.db.select(metaColumns).from(certificates).where(and(...where)).orderBy(desc(certificates.uploadedAt));
  const rels = await officerRelations(ctx.db, rows.map((r) => r.officerId));
  return { items: rows.map((r) => ({ ...present(r), actions: (() => { const rel = rels.get(r.officerId); return rel === undefined ? [] : certificateRecordPolicy.actions(ctx.actor, rel); })() })) };
}

export async function certificateMeta(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db.select(metaColumns).from(certificates).where(eq(certificates.id, id));
  if (row === undefined) throw notFound("certificate", id);
  const rel = await relationsOf(ctx, row.officerId);
  const decision = certificateRecordPolicy.read(ctx.actor, rel);
  if (!decision.allowed) refuse(decision);
  return { ...present(row), actions: certificateRecordPolicy.actions(ctx.actor, rel) };
}

/** The file itself is private personnel data: a FULL reach, a stated purpose, and an audit event. */
export async function certificateContent(ctx: ServiceContext, id: string): Promise<{ fileName: string; mediaType: MediaType; content: Uint8Array }> {
  const [row] = await ctx.db.select({ officerId: certificates.officerId, fileName: certificates.fileName, mediaType: certificates.mediaType, content: certificates.content }).from(certificates).where(eq(certificates.id, id));
  if (row === undefined) throw notFound("certificate", id);
  const rel = await relationsOf(ctx, row.officerId);
  const decision = certificateFilePolicy.read(ctx.actor, rel);
  if (!decision.allowed) refuse(decision);
  const purpose = requirePurpose(ctx, "certificate files");
  await ctx.db.transaction((tx) =>
    appendAudit(tx, {
      type: "CERTIFICATE_DOWNLOADED", actor: ctx.actor, entity: "certificates", entityId: id, organizationId: rel.agencyId,
      purpose, legalBasis: decision.reason, ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null,
    }),
  );
  return row;
}
