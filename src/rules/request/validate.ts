import { Compile } from "typebox/compile";
import { ContractRequest, IncidentRequest, TrainingRequest, type EngineRequestJson } from "./schema.ts";

/** The contract's error answer: `{"error": {"code": "INVALID_REQUEST", "message": …, "path": …}}`. */
export interface RequestError {
  code: "INVALID_REQUEST";
  message: string;
  /** JSON Pointer (RFC 6901) to the offending value; "" is the whole request. */
  path: string;
}

export function invalid(path: string, message: string): RequestError {
  return { code: "INVALID_REQUEST", message: `${path === "" ? "request" : path}: ${message}`, path };
}

const KINDS = ["training", "incident", "contract"] as const;
type Kind = (typeof KINDS)[number];
const SCHEMAS = { training: TrainingRequest, incident: IncidentRequest, contract: ContractRequest } as const;

/** Compiled on first use: a command line that answers one kind should not pay for the others. */
const validators: Partial<Record<Kind, ReturnType<typeof Compile>>> = {};
function validatorFor(kind: Kind): ReturnType<typeof Compile> {
  return (validators[kind] ??= Compile(SCHEMAS[kind]));
}

/** The subset of TypeBox's error report that the translation reads. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message: string;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function depth(path: string): number {
  return path === "" ? 0 : path.split("/").length - 1;
}

function describeType(t: unknown): string {
  switch (t) {
    case "null": return "null";
    case "object": return "an object";
    case "array": return "an array";
    case "string": return "a string";
    case "boolean": return "true or false";
    case "integer": return "a whole number";
    case "number": return "a number";
    default: return String(t);
  }
}

/** One schema error in words: the path it concerns, and how telling it is (the most telling is reported). */
export interface Translated {
  path: string;
  message: string;
  weight: number;
}

/** One schema error in the words a person reads, with the path it concerns. */
function translate(e: SchemaError): Translated {
  switch (e.keyword) {
    case "required": {
      const field = (e.params["requiredProperties"] as string[] | undefined)?.[0] ?? "";
      return { path: `${e.instancePath}/${escapePointer(field)}`, message: "is required", weight: 3 };
    }
    case "additionalProperties": {
      const field = (e.params["additionalProperties"] as string[] | undefined)?.[0] ?? "";
      return { path: `${e.instancePath}/${escapePointer(field)}`, message: "is not a field of the engine contract (check the spelling)", weight: 3 };
    }
    case "boolean":
      return { path: e.instancePath, message: "is not a field of the engine contract (check the spelling)", weight: 3 };
    case "format":
      return { path: e.instancePath, message: "must be a real calendar date written YYYY-MM-DD", weight: 3 };
    case "enum": {
      const allowed = (e.params["allowedValues"] as unknown[] | undefined) ?? [];
      return { path: e.instancePath, message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`, weight: 2 };
    }
    case "const":
      return { path: e.instancePath, message: `must be ${JSON.stringify(e.params["allowedValue"])}`, weight: 2 };
    case "pattern":
      return { path: e.instancePath, message: "must be written MM-DD", weight: 2 };
    case "minimum":
    case "maximum":
      return { path: e.instancePath, message: `must be ${e.keyword === "minimum" ? "at least" : "at most"} ${String(e.params["limit"] ?? e.params["minimum"] ?? e.params["maximum"])}`, weight: 2 };
    case "type": {
      const t = e.params["type"];
      const types = Array.isArray(t) ? t : [t];
      return { path: e.instancePath, message: `must be ${types.map(describeType).join(" or ")}`, weight: types.includes("null") ? 0 : 1 };
    }
    default:
      return { path: e.instancePath, message: e.message, weight: 0 };
  }
}

/**
 * Picks the one error to report: the most specific path wins (an error inside an array entry says
 * more than "does not match any allowed shape" on the array), then the most telling kind of error.
 * Where every branch of a union failed on the value's type, the allowed types are listed together.
 */
export function explainSchemaErrors(errors: readonly SchemaError[], words?: (e: SchemaError) => Translated | undefined): RequestError {
  // `words`: a caller's own wording of some errors (the API's routes speak of their own fields).
  const translated = errors.filter((e) => e.keyword !== "anyOf").map((e) => words?.(e) ?? translate(e));
  if (translated.length === 0) {
    const first = errors[0];
    return invalid(first?.instancePath ?? "", first?.message ?? "is not valid");
  }
  const deepest = Math.max(...translated.map((t) => depth(t.path)));
  const atDeepest = translated.filter((t) => depth(t.path) === deepest);
  const best = atDeepest.reduce((a, b) => (b.weight > a.weight ? b : a));
  if (best.weight <= 1) {
    const typeMessages = [...new Set(atDeepest.filter((t) => t.message.startsWith("must be ")).map((t) => t.message.slice(8)))];
    if (typeMessages.length > 1) return invalid(best.path, `must be ${typeMessages.join(", or ")}`);
  }
  // A nullable field: its value failed the non-null branch; say that null is allowed too.
  const nullAllowed = atDeepest.some((t) => t.message === "must be null");
  return invalid(best.path, nullAllowed && best.message !== "must be null" ? `${best.message}, or null` : best.message);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Checks a request against the contract's schema; returns the typed request or the error to answer. */
export function validateRequest(value: unknown): { ok: true; request: EngineRequestJson } | { ok: false; error: RequestError } {
  if (!isPlainObject(value)) return { ok: false, error: invalid("", "must be a JSON object with a \"kind\"") };
  const kind = value["kind"];
  if (kind === undefined) return { ok: false, error: invalid("/kind", "is required") };
  if (typeof kind !== "string" || !(KINDS as readonly string[]).includes(kind)) {
    return { ok: false, error: invalid("/kind", `must be one of ${KINDS.map((k) => JSON.stringify(k)).join(", ")}`) };
  }
  const validator = validatorFor(kind as Kind);
  if (validator.Check(value)) return { ok: true, request: value as EngineRequestJson };
  return { ok: false, error: explainSchemaErrors([...validator.Errors(value)]) };
}
