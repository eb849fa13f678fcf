import { useId, type ReactNode } from "react";
import { ApiError } from "../api/client.ts";

/**
 * A labelled form control with its hint and its error in text beside it (WCAG 1.3.1, 3.3.1, 3.3.2):
 * the control is named by its label and described by the hint and the error, and marked invalid
 * while the error stands. The API is the judge of a value: its error lands beside the field its
 * `path` names (see `errorAt`).
 */
export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

export function FormField({ label, hint, error, children }: { label: string; hint?: string | undefined; error?: string | undefined; children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, error === undefined ? null : errorId].filter((x) => x !== null).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(describedBy === "" ? {} : { "aria-describedby": describedBy }), ...(error === undefined ? {} : { "aria-invalid": true }) })}
      {hint === undefined ? null : (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error === undefined ? null : (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The API's message when its error points at this field (`path` is a JSON Pointer such as "/name"),
 * without the path the message may start with: beside the field, its label already names it.
 */
export function errorAt(error: ApiError | null, path: string): string | undefined {
  if (error === null || error.path !== path) return undefined;
  return error.message.startsWith(`${path}: `) ? error.message.slice(path.length + 2) : error.message;
}

/** The error to show above the form: one that names none of the form's fields. */
export function unplacedError(error: ApiError | null, paths: readonly string[]): ApiError | null {
  return error !== null && (error.path === undefined || !paths.includes(error.path)) ? error : null;
}

/** Whatever a request threw, as an ApiError (a network failure has status 0). */
export function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, "NETWORK", e instanceof Error ? e.message : String(e), undefined);
}
