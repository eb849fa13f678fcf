import { create as contentDisposition } from "content-disposition";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { CertificateAlteredError, CertificateMeta as Meta, MEDIA_TYPES, certificateContent, certificateMeta, listCertificates, uploadCertificate } from "../../services/certificates.ts";
import { invalidField } from "../../services/errors.ts";
import { Purpose } from "../../services/records/fields.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorAnswer, errorResponses, uploadErrors } from "../errors.ts";
import { fileResponse } from "../openapi.ts";
import { readUpload } from "../multipart.ts";
import { IdParams } from "./records.ts";

/** The largest certificate accepted (a scanned page or a PDF is far below it). */
export const CERTIFICATE_LIMIT_BYTES = 10 * 1024 * 1024;

/** Certificate upload (multipart: `courseId` and `file`), metadata, and download. */
const CertificateMeta = Type.With(Meta, { title: "Certificate" });

export function certificateRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ["certificates"];
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    "/api/v1/certificates",
    {
      schema: {
        operationId: "uploadCertificate",
        tags,
        summary: "Upload a training certificate for a course",
        description: "multipart/form-data with a `courseId` field and a `file` (PDF, PNG or JPEG by content; at most 10 MB).",
        consumes: ["multipart/form-data"],
        response: { 201: CertificateMeta, ...uploadErrors, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { fields, file } = await readUpload(request, ["courseId"], CERTIFICATE_LIMIT_BYTES);
      const courseId = fields.courseId;
      if (courseId === undefined || !/^[0-9a-f-]{36}$/i.test(courseId)) throw invalidField("/courseId", "is required: the id of the course the certificate is for");
      if (file === undefined) throw invalidField("/file", "is required: the certificate file");
      return reply.code(201).send(await uploadCertificate(contextOf(deps, request), { courseId, ...file }));
    },
  );

  r.get(
    "/api/v1/certificates",
    {
      schema: {
        operationId: "listCertificates",
        tags,
        summary: "List certificates (newest first)",
        querystring: Type.Object({ officerId: Type.Optional(Type.String({ format: "uuid" })), courseId: Type.Optional(Type.String({ format: "uuid" })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(CertificateMeta) }, { title: "CertificateList" }), ...errorResponses },
      },
    },
    async (request) => listCertificates(contextOf(deps, request), request.query),
  );

  r.get("/api/v1/certificates/:id", { schema: { operationId: "getCertificate", tags, summary: "A certificate's metadata", params: IdParams, response: { 200: CertificateMeta, ...errorResponses } } }, async (request) =>
    certificateMeta(contextOf(deps, request), request.params.id),
  );

  const download = {
    operationId: "downloadCertificate",
    tags,
    summary: "Download a certificate (private data: give a purpose)",
    description: "The file as uploaded. Its SHA-256 is checked first: a stored file that no longer matches it is not sent (500, CERTIFICATE_ALTERED, recorded in the audit trail).",
    params: IdParams,
    querystring: Type.Object({ purpose: Purpose }, { additionalProperties: false }),
    response: { 200: fileResponse("The certificate file as uploaded.", MEDIA_TYPES), ...errorResponses, 500: errorAnswer("The stored file no longer matches its SHA-256, so it is not sent (CERTIFICATE_ALTERED, recorded in the audit trail).") },
  };
  r.get("/api/v1/certificates/:id/content", { schema: download }, async (request, reply) => {
    let file: Awaited<ReturnType<typeof certificateContent>>;
    try {
      file = await certificateContent(contextOf(deps, request), request.params.id);
    } catch (e) {
      // The server's own data is wrong, not the request: a 5xx, in plain words (services/certificates.ts).
      if (!(e instanceof CertificateAlteredError)) throw e;
      request.log.error({ certificateId: e.certificateId }, "certificate bytes do not match their SHA-256");
      return reply.code(500).header("cache-control", "no-store").send({ error: { code: "CERTIFICATE_ALTERED", message: e.message } });
    }
    return reply
      .header("content-type", file.mediaType)
      // RFC 6266: an ASCII fallback and the UTF-8 name; a name in another script written raw would be an invalid header (a 500).
      .header("content-disposition", contentDisposition(file.fileName))
      .header("x-content-type-options", "nosniff")
      .send(Buffer.from(file.content));
  });
}
