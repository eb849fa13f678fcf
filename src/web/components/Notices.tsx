import type { ApiError } from "../api/client.ts";

/** What went wrong, in the API's words, announced to screen readers as it appears. */
export function ErrorNotice({ error, what }: { error: ApiError | Error; what?: string }) {
  return (
    <div role="alert" className="notice notice-error">
      {what === undefined ? null : <strong>{what}: </strong>}
      {error.message}
    </div>
  );
}

/** A polite "loading" that a screen reader announces once. */
export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="loading">
      Loading {what}…
    </p>
  );
}

/** A success message, announced politely. */
export function Success({ children }: { children: string }) {
  return (
    <p role="status" className="notice notice-ok">
      {children}
    </p>
  );
}
