/**
 * The browser's one way to the API (/api/v1): same-origin fetch with the session cookie, the CSRF
 * token on every state-changing request, and the purpose of a read of private data (X-Purpose) when
 * the page states one. Every failure becomes an ApiError carrying the API's own message and the
 * field's path, so forms can put the message beside the field.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly path: string | undefined,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** The CSRF token of the current session (GET /api/v1/session gives it; sign-in gives a new one). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export interface RequestOptions {
  /** Why private data is read (Minn. Stat. § 13.05 subd. 3: the purpose the data practices record). */
  purpose?: string;
  signal?: AbortSignal;
}

async function failure(res: Response): Promise<ApiError> {
  let code = "HTTP_" + String(res.status);
  let message = res.statusText || `the server answered ${res.status}`;
  let path: string | undefined;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; path?: string } };
    if (body.error !== undefined) {
      code = body.error.code ?? code;
      message = body.error.message ?? message;
      path = body.error.path;
    }
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(res.status, code, message, path === "" ? undefined : path);
}

export async function request(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (method !== "GET" && csrfToken !== null) headers["x-csrf-token"] = csrfToken;
  if (options.purpose !== undefined) headers["x-purpose"] = options.purpose;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const res = await fetch(path, { method, headers, credentials: "same-origin", ...(payload === undefined ? {} : { body: payload }), ...(options.signal === undefined ? {} : { signal: options.signal }) });
  if (!res.ok) throw await failure(res);
  return res;
}

export async function getJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await (await request("GET", path, undefined, options)).json()) as T;
}

export async function sendJson<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown, options: RequestOptions = {}): Promise<T | null> {
  const res = await request(method, path, body, options);
  return res.status === 204 ? null : ((await res.json()) as T);
}

/** A query string from the set values only. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s === "" ? "" : `?${s}`;
}
