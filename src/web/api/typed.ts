import { getJson, query, sendJson, type RequestOptions } from "./client.ts";
import type { components, paths } from "./schema.d.ts";

/**
 * The API as a typed client: paths, parameters, bodies and answers come from the types generated
 * from the served OpenAPI document (schema.d.ts, `npm run generate:api`), and every request goes
 * through client.ts (session cookie, CSRF token, purpose header, ApiError). A page that names a
 * path the API does not have, or reads a field an answer does not carry, does not compile.
 */
export type Schemas = components["schemas"];

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation<P extends keyof paths, M extends Method> = paths[P][M];
/** The paths that have an operation for the method. */
export type PathOf<M extends Method> = { [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never }[keyof paths];

type Json<R> = R extends { content: { "application/json": infer T } } ? T : null;
/** What the operation answers when it succeeds (its 2xx answers' JSON; null for 204). */
export type Answer<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? { [K in keyof R]: K extends 200 | 201 | 202 | 204 ? Json<R[K]> : never }[keyof R] : never;
type Body<O> = O extends { requestBody: { content: { "application/json": infer B } } } ? B : O extends { requestBody?: { content: { "application/json": infer B } } } ? B : undefined;
type PathParams<O> = O extends { parameters: { path: infer T } } ? (T extends Record<string, string> ? T : never) : never;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? (Q extends Record<string, unknown> ? Q : never) : never;

export interface Params<O> {
  path?: PathParams<O>;
  query?: QueryParams<O>;
}

/** "/api/v1/officers/{id}/status" with its parameters: the address to ask. */
export function apiPath(template: string, params: { path?: Record<string, string>; query?: Record<string, unknown> } = {}): string {
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params.path?.[name];
    if (value === undefined) throw new Error(`the path parameter ${name} of ${template} is missing`);
    return encodeURIComponent(value);
  });
  const q: Record<string, string | number | boolean | null | undefined> = {};
  for (const [k, v] of Object.entries(params.query ?? {})) if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") q[k] = v;
  return path + query(q);
}

/** GET an operation's answer. */
export function apiGet<P extends PathOf<"get">>(path: P, params: Params<Operation<P, "get">> = {}, options: RequestOptions = {}): Promise<Answer<P, "get">> {
  return getJson<Answer<P, "get">>(apiPath(path, params), options);
}

/** A state-changing request (the CSRF token goes with it); null when the API answers 204. */
export async function apiSend<M extends "post" | "put" | "patch" | "delete", P extends PathOf<M>>(
  method: M,
  path: P,
  body: Body<Operation<P, M>>,
  params: Params<Operation<P, M>> = {},
  options: RequestOptions = {},
): Promise<Answer<P, M>> {
  const verb = method.toUpperCase() as "POST" | "PUT" | "PATCH" | "DELETE";
  return (await sendJson<Answer<P, M>>(verb, apiPath(path, params), body, options)) as Answer<P, M>;
}
