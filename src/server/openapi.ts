import { isDeepStrictEqual } from "node:util";
import Type from "typebox";
import { SESSION_COOKIE } from "./auth.ts";

/**
 * What the served OpenAPI 3.1 document says beyond the routes' own schemas, so that a linter nobody
 * here wrote (`redocly lint`, recommended rules: `npm run lint:api`) finds it clean and a generated
 * client (src/web/api/schema.d.ts) gets readable names:
 *
 * - the session cookie as the security scheme of every operation, and none on the routes that are
 *   public by design (`config: { public: true }`, the same flag server/auth.ts reads);
 * - every schema given a `title` that is a type name (`OfficerStatus`) becomes a component
 *   (`#/components/schemas/OfficerStatus`) referenced where it was inline (docs/decisions/0024). A title is only an
 *   annotation to the validator, so the routes' validation and serialization are unchanged.
 */
export const COOKIE_AUTH = "cookieAuth";

export const DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "SRO Compliance API",
    version: "1",
    description:
      "Records and rules engine for school resource officers under Minn. Stat. § 626.8482. Every client error is `{\"error\": {\"code\", \"message\", \"path\", \"in\"}}`. " +
      "Sign in with POST /api/v1/session: the session is the `sroc_session` cookie, and every state-changing request carries the session's CSRF token in the `X-CSRF-Token` header. " +
      "A read of private data gives its purpose in the `X-Purpose` header or the `purpose` query parameter.",
    license: { name: "MIT", identifier: "MIT" },
  },
  // Relative: the API is served by each installation at its own address, beside the web application.
  servers: [{ url: "/", description: "The server that serves this document" }],
  components: {
    securitySchemes: {
      [COOKIE_AUTH]: { type: "apiKey" as const, in: "cookie" as const, name: SESSION_COOKIE, description: "The session cookie set by signing in (POST /api/v1/session)." },
    },
  },
  security: [{ [COOKIE_AUTH]: [] }],
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** @fastify/swagger's per-route transform: a public route needs no session. */
export function publicRoutesWithoutSecurity(input: { schema: object; url: string; route: { config?: unknown } }): { schema: object; url: string } {
  const config = input.route.config as { public?: boolean } | undefined;
  return { schema: config?.public === true ? { ...input.schema, security: [] } : input.schema, url: input.url };
}

const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A copy of the document with every titled schema (a type name) moved to components.schemas and
 * referenced. Two different schemas with one title are a mistake in the routes: it throws, and the
 * lint test names it.
 */
export function withNamedComponents<T extends object>(openapiDocument: T): T {
  // The generated document is plain JSON data; it is walked as such and keeps its type.
  const document = openapiDocument as unknown as JsonObject;
  const named = new Map<string, Json>();
  const hoist = (schema: Json): Json => {
    if (Array.isArray(schema)) return schema.map(hoist);
    if (!isObject(schema)) return schema;
    const copy: JsonObject = {};
    for (const [key, value] of Object.entries(schema)) {
      // Inside `properties` the keys are field names, whose values are schemas; `examples`, `enum`,
      // `const` and `default` hold values, not schemas.
      if (key === "enum" || key === "const" || key === "examples" || key === "default") copy[key] = value;
      else if (key === "properties" && isObject(value)) copy[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hoist(v)]));
      else copy[key] = hoist(value);
    }
    const title = copy["title"];
    if (typeof title !== "string" || !TYPE_NAME.test(title)) return copy;
    // A description says what the schema is in this place (OpenAPI 3.1 lets it stand beside a $ref).
    const { description, ...shape } = copy;
    const earlier = named.get(title);
    if (earlier !== undefined && !isDeepStrictEqual(earlier, shape)) throw new Error(`two different schemas are named ${title} in the OpenAPI document: give one another title`);
    named.set(title, shape);
    return { $ref: `#/components/schemas/${title}`, ...(description === undefined ? {} : { description }) };
  };

  const paths = isObject(document["paths"]) ? document["paths"] : {};
  const hoistContent = (holder: Json): Json => {
    if (!isObject(holder) || !isObject(holder["content"])) return holder;
    const content = Object.fromEntries(Object.entries(holder["content"]).map(([type, media]) => [type, isObject(media) && media["schema"] !== undefined ? { ...media, schema: hoist(media["schema"]) } : media]));
    return { ...holder, content };
  };
  const newPaths: JsonObject = {};
  for (const [url, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const newItem: JsonObject = {};
    for (const [method, operation] of Object.entries(item)) {
      if (!isObject(operation)) {
        newItem[method] = operation;
        continue;
      }
      const op: JsonObject = { ...operation };
      if (operation["requestBody"] !== undefined) op["requestBody"] = hoistContent(operation["requestBody"]);
      if (isObject(operation["responses"])) op["responses"] = Object.fromEntries(Object.entries(operation["responses"]).map(([status, response]) => [status, hoistContent(response)]));
      newItem[method] = op;
    }
    newPaths[url] = newItem;
  }
  const components = isObject(document["components"]) ? document["components"] : {};
  const existing = isObject(components["schemas"]) ? components["schemas"] : {};
  const schemas: JsonObject = { ...existing };
  for (const name of [...named.keys()].sort()) schemas[name] = named.get(name) ?? null;
  const result: JsonObject = { ...document, paths: newPaths, components: { ...components, schemas } };
  return result as unknown as T;
}

/**
 * A 2xx answer that is a file, not JSON (a download, an export): its media types for the document.
 * The route sends a Buffer or a string, which Fastify does not serialize.
 */
export function fileResponse(description: string, mediaTypes: readonly string[]) {
  const file = Type.Unsafe<Uint8Array | string>({ type: "string", format: "binary" });
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: file }])) };
}
