import { TypeBoxValidatorCompiler } from "@fastify/type-provider-typebox";
import type { FastifyInstance, FastifySchemaCompiler } from "fastify";
import type { TSchema } from "typebox";
import { RequestPartError } from "./errors.ts";

/**
 * The request's edge, for every route at once (issue 10, items 11 and 13):
 *
 * - Numbers in the URL are taken only as written. TypeBox's conversion of a query string turns
 *   `limit=1.5` and `limit=true` into 1 and `0x10` into 16; a client that sent those meant something
 *   else, so a whole number must be written as one (digits, an optional minus) and any number as a
 *   decimal — otherwise the value stays a string and the schema refuses it with its field's name.
 * - A NUL byte (U+0000) in any string of the body, the query, the path parameters or the headers — or
 *   in an object key — is refused with a 400 naming it: PostgreSQL cannot store it in text (a
 *   purpose and a user agent go into the audit trail), and no field of ours has a use for it. Node's
 *   HTTP parser refuses it in a header already; the check holds for any other way in. Half of a
 *   UTF-16 pair (a lone surrogate, which JSON's \\uD800 can carry) is refused the same way: the
 *   store would otherwise keep a silently changed value.
 */
const WHOLE = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

type Props = Record<string, { type?: unknown; anyOf?: unknown }>;

/** The names of the object schema's properties whose values are numbers (integer or number), by kind. */
function numericProperties(schema: TSchema): Map<string, "integer" | "number"> {
  const found = new Map<string, "integer" | "number">();
  const props = (schema as { properties?: Props }).properties ?? {};
  for (const [name, prop] of Object.entries(props)) {
    if (prop.type === "integer" || prop.type === "number") found.set(name, prop.type);
  }
  return found;
}

/** Fastify's schema compiler with strict numbers in the querystring, params and headers. */
export const strictValidatorCompiler: FastifySchemaCompiler<TSchema> = (route) => {
  const check = TypeBoxValidatorCompiler(route);
  if (route.httpPart === "body") return check;
  const numeric = numericProperties(route.schema);
  if (numeric.size === 0) return check;
  return (value: unknown) => {
    if (typeof value === "object" && value !== null) {
      for (const [name, kind] of numeric) {
        const raw = (value as Record<string, unknown>)[name];
        if (typeof raw === "string" && !(kind === "integer" ? WHOLE : DECIMAL).test(raw)) {
          const message = kind === "integer" ? "must be a whole number" : "must be a number";
          return { error: [{ keyword: "type", instancePath: `/${name}`, schemaPath: `#/properties/${name}/type`, params: { type: kind }, message }] };
        }
      }
    }
    return check(value);
  };
};

function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as text, or null: a NUL, or half of a UTF-16 pair (PostgreSQL's UTF-8 has no such character). */
function unstorable(text: string): string | null {
  if (text.includes("\u0000")) return "must not contain a NUL character (U+0000)";
  if (LONE_SURROGATE.test(text)) return "must be whole text: it holds half of a character (a lone UTF-16 surrogate)";
  return null;
}

/** The JSON Pointer of the first string or key that cannot be stored as text, with why; or null. */
export function unstorablePath(value: unknown, path = "", depth = 0): { path: string; problem: string } | null {
  if (typeof value === "string") {
    const problem = unstorable(value);
    return problem === null ? null : { path, problem };
  }
  if (typeof value !== "object" || value === null || depth > 64) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = unstorablePath(value[i], `${path}/${i}`, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (Buffer.isBuffer(value)) return null;
  for (const [key, v] of Object.entries(value)) {
    const here = `${path}/${escapePointer(key)}`;
    const problem = unstorable(key);
    if (problem !== null) return { path: here, problem };
    const found = unstorablePath(v, here, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export function refuseUnstorableText(app: FastifyInstance): void {
  // preValidation: after the body is parsed, before any schema or handler sees it.
  app.addHook("preValidation", (request, _reply, done) => {
    const parts = [["headers", request.headers], ["params", request.params], ["querystring", request.query], ["body", request.body]] as const;
    for (const [where, value] of parts) {
      const found = unstorablePath(value);
      if (found !== null) {
        const error = new RequestPartError(where, found.path, found.problem);
        // A route that answers its own validation errors (the single sign-on callback, which always
        // redirects) gets this one the same way.
        if (request.routeOptions.attachValidation) {
          request.validationError = Object.assign(error, { validation: [], validationContext: where });
          done();
        } else {
          done(error);
        }
        return;
      }
    }
    done();
  });
}
