import { createHash } from "node:crypto";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import { CERTIFICATE_MEDIA_TYPES } from "../records/courses.ts";
import Type from "typebox";
import { queryRows } from "../store/database.ts";
import { certificates, courses } from "../store/schema.ts";
import type { ServiceContext } from "./context.ts";
import { ClientError, invalidField, notFound, refuseAccess } from "./errors.ts";
import { appendAudit } from "../audit/append.ts";
import { certificateFileProblem } from "./certificate-files.ts";
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
 * the first bytes, never the name, and a whole file of that kind (certificate-files.ts) — and at most
 * 10 MB; its SHA-256 is kept with who uploaded it and when, and checked on every download. Certificates
 * are never edited or removed: a newer one is uploaded beside the old. Removing a course keeps its
 * certificates with it, so restoring the course brings them back (docs/decisions/0017).
 */
export const MEDIA_TYPES = CERTIFICATE_MEDIA_TYPES;
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

/** A refusal, audited by the one helper every refusal goes through. */
function refuse(ctx: ServiceContext, decision: Decision, rel: { agencyId: string }): Promise<never> {
  return refuseAccess(ctx, decision.reason, { entity: "certificates", organizationId: rel.agencyId });
}

export async function uploadCertificate(ctx: ServiceContext, input: { courseId: string; fileName: string; content: Uint8Array }) {
  if (input.content.length === 0) throw invalidField("/file", "is empty");
  const mediaType = await mediaTypeOf(input.content);
  if (mediaType === null) throw new ClientError("UNSUPPORTED_MEDIA_TYPE", "/file", "must be a PDF, PNG or JPEG file (checked by its content, not its name)");
  const malformed = certificateFileProblem(mediaType, input.content);
  if (malformed !== null) throw new ClientError("UNSUPPORTED_MEDIA_TYPE", "/file", malformed);
  const [course] = await ctx.db.select({ officerId: courses.officerId, removedAt: courses.removedAt }).from(courses).where(eq(courses.id, input.courseId));
  if (course === undefined) throw invalidField("/courseId", `no course with id ${input.courseId}`);
  // A removed course counts for nothing (docs/decisions/0017): its certificate would be evidence of nothing.
  if (course.removedAt !== null) throw new ClientError("CONFLICT", "/courseId", "This course was removed: restore it before adding a certificate to it.");
  const rel = await relationsOf(ctx, course.officerId);
  const decision = certificateRecordPolicy.write(ctx.actor, rel);
  if (!decision.allowed) await refuse(ctx, decision, rel);
  const sha256 = sha256Of(input.content);
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
  if (!decision.allowed) await refuse(ctx, decision, rel);
  return { ...present(row), actions: certificateRecordPolicy.actions(ctx.actor, rel) };
}

/**
 * The stored bytes of a certificate differ from what was uploaded (their SHA-256 or size no longer
 * matches the record made at upload): the server's own data is wrong, not the request — answered as a
 * server fault (500) with a plain message, never as the file (issue 10 item 6).
 */
export class CertificateAlteredError extends Error {
  constructor(readonly certificateId: string) {
    super("This certificate's stored file no longer matches the file that was uploaded, so it is not sent. The change has been recorded in the audit trail; upload the certificate again from the original and tell the system administrator.");
  }
}

/** The SHA-256 of bytes, as stored (lowercase hexadecimal). */
export function sha256Of(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** The file itself is private personnel data: a FULL reach, a stated purpose, and an audit event. Its SHA-256 is checked first. */
export async function certificateContent(ctx: ServiceContext, id: string): Promise<{ fileName: string; mediaType: MediaType; content: Uint8Array }> {
  const [row] = await ctx.db
    .select({ officerId: certificates.officerId, fileName: certificates.fileName, mediaType: certificates.mediaType, content: certificates.content, sha256: certificates.sha256, sizeBytes: certificates.sizeBytes })
    .from(certificates)
    .where(eq(certificates.id, id));
  if (row === undefined) throw notFound("certificate", id);
  const rel = await relationsOf(ctx, row.officerId);
  const decision = certificateFilePolicy.read(ctx.actor, rel);
  if (!decision.allowed) await refuse(ctx, decision, rel);
  const purpose = requirePurpose(ctx, "certificate files");
  const origin = { ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null };
  const actual = sha256Of(row.content);
  if (actual !== row.sha256 || row.content.length !== row.sizeBytes) {
    await ctx.db.transaction((tx) =>
      appendAudit(tx, {
        type: "CERTIFICATE_ALTERED", actor: ctx.actor, entity: "certificates", entityId: id, organizationId: rel.agencyId, purpose, ...origin,
        after: { officerId: row.officerId, fileName: row.fileName, recordedSha256: row.sha256, presentSha256: actual, recordedSizeBytes: row.sizeBytes, presentSizeBytes: row.content.length },
      }),
    );
    throw new CertificateAlteredError(id);
  }
  await ctx.db.transaction((tx) =>
    appendAudit(tx, { type: "CERTIFICATE_DOWNLOADED", actor: ctx.actor, entity: "certificates", entityId: id, organizationId: rel.agencyId, purpose, legalBasis: decision.reason, ...origin }),
  );
  return { fileName: row.fileName, mediaType: row.mediaType, content: row.content };
}

export interface AlteredCertificate {
  id: string;
  officerId: string;
  officerName: string;
  postLicense: string;
  fileName: string;
  recordedSha256: string;
  presentSha256: string;
}

/**
 * Every certificate whose stored bytes no longer match the SHA-256 (or size) recorded at upload — for
 * `sroc verify`. The database hashes the bytes itself (sha256(), PostgreSQL 11+, PGlite alike), so
 * no file crosses the connection; only the altered ones are named.
 */
export async function alteredCertificates(db: ServiceContext["db"]): Promise<{ checked: number; altered: AlteredCertificate[] }> {
  const rows = await queryRows<{ id: string; officer_id: string; officer_name: string; post_license: string; file_name: string; sha256: string; present: string; size_bytes: number; present_size: number }>(
    db,
    sql`select c.id, c.officer_id, o.first_name || ' ' || o.last_name as officer_name, o.post_license, c.file_name, c.sha256,
               encode(sha256(c.content), 'hex') as present, c.size_bytes, octet_length(c.content) as present_size
        from certificates c join officers o on o.id = c.officer_id order by o.last_name, o.first_name, c.uploaded_at`,
  );
  const altered = rows
    .filter((r) => r.present !== r.sha256 || r.present_size !== r.size_bytes)
    .map((r) => ({ id: r.id, officerId: r.officer_id, officerName: r.officer_name, postLicense: r.post_license, fileName: r.file_name, recordedSha256: r.sha256, presentSha256: r.present }));
  return { checked: rows.length, altered };
}
