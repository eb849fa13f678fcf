import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import Type from "typebox";
import { explainSchemaErrors, type SchemaError } from "../rules/request/validate.ts";
import { ClientError } from "../services/errors.ts";

/**
 * One error shape for every client error: `{"error": {"code", "message", "path", "in"}}` — the
 * engine contract's shape, with `in` saying which part of the request the path points into. A client
 * error is never a 500; a 500 is a real fault, logged with its stack, answered without it.
 */
export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    path: Type.Optional(Type.String({ description: "JSON Pointer to the offending value." })),
    in: Type.Optional(Type.Enum(["body", "querystring", "params", "headers"])),
  }),
});

export const errorResponses = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

function send(reply: FastifyReply, status: number, code: string, message: string, path?: string, where?: string): FastifyReply {
  return reply.code(status).send({ error: { code, message, ...(path === undefined ? {} : { path }), ...(where === undefined ? {} : { in: where }) } });
}

const FASTIFY_CLIENT_ERRORS: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "PAYLOAD_TOO_LARGE"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, "UNSUPPORTED_MEDIA_TYPE"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, "INVALID_REQUEST"],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, "INVALID_REQUEST"],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "INVALID_REQUEST"],
  FST_REQ_FILE_TOO_LARGE: [413, "PAYLOAD_TOO_LARGE"],
  FST_FILES_LIMIT: [413, "PAYLOAD_TOO_LARGE"],
  FST_PARTS_LIMIT: [413, "PAYLOAD_TOO_LARGE"],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, "UNSUPPORTED_MEDIA_TYPE"],
};

export function handleError(error: FastifyError | ClientError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ClientError) return send(reply, error.status, error.code, error.message, error.path, error.path === "" ? undefined : "body");
  const f = error as FastifyError;
  if (f.validation !== undefined) {
    const where = f.validationContext ?? "body";
    const e = explainSchemaErrors(f.validation as unknown as SchemaError[]);
    return send(reply, 400, "INVALID_REQUEST", `${where} ${e.message}`, e.path, where);
  }
  const known = f.code === undefined ? undefined : FASTIFY_CLIENT_ERRORS[f.code];
  if (known !== undefined) return send(reply, known[0], known[1], f.message);
  if (f.statusCode === 429) return send(reply, 429, "TOO_MANY_REQUESTS", `too many attempts: ${f.message}`);
  if (typeof f.statusCode === "number" && f.statusCode >= 400 && f.statusCode < 500) return send(reply, f.statusCode, "INVALID_REQUEST", f.message);
  request.log.error({ err: error }, "request failed");
  if (process.env["SROC_DEBUG_500"]) console.error(error);
  return send(reply, 500, "INTERNAL", "internal error: it has been logged");
}
