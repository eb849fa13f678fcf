import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import Type from "typebox";
import { explainSchemaErrors, type SchemaError, type Translated } from "../rules/request/validate.ts";
import { ClientError } from "../services/errors.ts";

/**
 * One error shape for every client error: `{"error": {"code", "message", "path", "in"}}` — the
 * engine contract's shape, with `in` saying which part of the request the path points into. A client
 * error is never a 500; a 500 is a real fault, logged with its stack — never with the values of a
 * failed query (a name, a password) — and answered without it.
 */
export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    path: Type.Optional(Type.String({ description: "JSON Pointer to the offending value." })),
    in: Type.Optional(Type.Enum(["body", "querystring", "params", "headers"])),
  }),
}, { title: "Error" });

/** The error shape, with what it means in one place of the OpenAPI document. */
export const errorAnswer = (description: string) => Type.With(ErrorBody, { description });
const answer = errorAnswer;

/** The answers of a route that reads an upload (server/multipart.ts). */
export const uploadErrors = {
  413: answer("The file is larger than the route accepts."),
  415: answer("Not a kind of file the route accepts (judged by its content), or not multipart/form-data."),
};

/** The client errors of every route, each with what it means for the OpenAPI document. */
export const errorResponses = {
  400: answer("The request is invalid: `path` and `in` name the field."),
  401: answer("Not signed in (or the session has ended)."),
  403: answer("Signed in, but not allowed to do this (the refusal is recorded in the audit trail)."),
  404: answer("No such record, or none the caller may see."),
  409: answer("In conflict with what is stored (a duplicate, a record still referred to): `path` names the field."),
};

export type RequestPart = "body" | "querystring" | "params" | "headers";

/** A client error found in a given part of the request (the edge's checks: server/validation.ts). */
export class RequestPartError extends ClientError {
  constructor(
    readonly part: RequestPart,
    path: string,
    message: string,
  ) {
    super("INVALID_REQUEST", path, message);
  }
}

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

const FORMATS: Record<string, string> = {
  date: "must be a real calendar date written YYYY-MM-DD",
  uuid: "must be an id (a UUID)",
  "date-time": "must be a date and time (ISO 8601, e.g. 2026-09-01T08:00:00Z)",
  email: "must be an email address",
};

function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * The errors whose engine-contract wording does not fit a route: a field the route does not know, a
 * format (the engine's only format is a date), a pattern, a length. Issue 10, item 13(d).
 */
function routeWords(where: string): (e: SchemaError) => Translated | undefined {
  const unknown = where === "body" ? "is not a field of this request (check the spelling)" : "is not a parameter of this request (check the spelling)";
  return (e) => {
    const limit = (key: string) => String(e.params[key] ?? e.params["limit"]);
    switch (e.keyword) {
      case "additionalProperties": {
        const field = (e.params["additionalProperties"] as string[] | undefined)?.[0] ?? "";
        return { path: `${e.instancePath}/${escapePointer(field)}`, message: unknown, weight: 3 };
      }
      case "boolean":
        return { path: e.instancePath, message: unknown, weight: 3 };
      case "format":
        return { path: e.instancePath, message: FORMATS[String(e.params["format"])] ?? `must be written as ${String(e.params["format"])}`, weight: 3 };
      case "pattern":
        return { path: e.instancePath, message: "is not written in the expected form", weight: 2 };
      case "minLength":
        return { path: e.instancePath, message: `must be at least ${limit("minLength")} characters long`, weight: 2 };
      case "maxLength":
        return { path: e.instancePath, message: `must be at most ${limit("maxLength")} characters long`, weight: 2 };
      case "minItems":
        return { path: e.instancePath, message: `must hold at least ${limit("minItems")} entries`, weight: 2 };
      case "maxItems":
        return { path: e.instancePath, message: `must hold at most ${limit("maxItems")} entries`, weight: 2 };
      default:
        return undefined;
    }
  };
}

/** Where a client error points into the request: the edge says; a service's field is in the body. */
function partOf(error: ClientError): string | undefined {
  if (error instanceof RequestPartError) return error.part;
  return error.path === "" ? undefined : "body";
}

export function handleError(error: FastifyError | ClientError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ClientError) return send(reply, error.status, error.code, error.message, error.path, partOf(error));
  const f = error as FastifyError;
  if (f.validation !== undefined) {
    const where = f.validationContext ?? "body";
    const e = explainSchemaErrors(f.validation as unknown as SchemaError[], routeWords(where));
    return send(reply, 400, "INVALID_REQUEST", `${where} ${e.message}`, e.path, where);
  }
  const known = f.code === undefined ? undefined : FASTIFY_CLIENT_ERRORS[f.code];
  if (known !== undefined) return send(reply, known[0], known[1], f.message);
  if (f.statusCode === 429) return send(reply, 429, "TOO_MANY_REQUESTS", `too many attempts: ${f.message}`);
  if (typeof f.statusCode === "number" && f.statusCode >= 400 && f.statusCode < 500) return send(reply, f.statusCode, "INVALID_REQUEST", f.message);
  const logged = withoutValues(error);
  request.log.error({ err: logged }, "request failed");
  if (process.env["SROC_DEBUG_500"]) console.error(logged);
  return send(reply, 500, "INTERNAL", "internal error: it has been logged");
}

interface LoggedError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  query?: string;
  constraint?: string;
  routine?: string;
  cause?: LoggedError;
}

/** The stack's frames only: its first lines repeat the message, which may carry values. */
function frames(stack: unknown): string | undefined {
  if (typeof stack !== "string") return undefined;
  return stack.split("\n").filter((line) => /^\s+at /.test(line)).join("\n");
}

/**
 * A fault as it may be logged: a failed query keeps its SQL text (the code's own) but loses its
 * parameters, and a database error loses its detail and every quoted value of its message (PostgreSQL
 * quotes the offending input: `invalid input syntax for type integer: "…"`, `Key (email)=(…)`).
 */
export function withoutValues(error: unknown, depth = 0): LoggedError {
  if (typeof error !== "object" || error === null) return { type: typeof error, message: "(not an Error)" };
  const e = error as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown; query?: unknown; params?: unknown; constraint?: unknown; routine?: unknown; cause?: unknown };
  const type = typeof e.name === "string" ? e.name : "Error";
  const stack = frames(e.stack);
  const cause = depth < 4 && e.cause !== undefined ? withoutValues(e.cause, depth + 1) : undefined;
  const base = { type, ...(stack === undefined ? {} : { stack }), ...(cause === undefined ? {} : { cause }) };
  if (typeof e.query === "string" || e.params !== undefined) {
    const query = typeof e.query === "string" ? e.query : "";
    return { ...base, message: `Failed query: ${query}`, query };
  }
  const message = typeof e.message === "string" ? e.message : "";
  if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
    return {
      ...base, code: e.code, message: message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\([^()]*\)=\([^()]*\)/g, "(…)=(…)"),
      ...(typeof e.constraint === "string" ? { constraint: e.constraint } : {}), ...(typeof e.routine === "string" ? { routine: e.routine } : {}),
    };
  }
  return { ...base, message, ...(typeof e.code === "string" ? { code: e.code } : {}) };
}
