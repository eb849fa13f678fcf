import { evaluate, type EngineResponse } from "../../rules/index.ts";
import { isErrorResponse } from "../../rules/response.ts";
import { UserError, type Io } from "../io.ts";

/**
 * `sroc evaluate`: the engine contract on the command line (engine-contract.md). Reads one JSON
 * request, a JSON array of requests, or JSON Lines, from standard input or `--input FILE`; writes one
 * answer per request in the same shape. Exit 0 when every request was evaluated, 2 when any was
 * invalid (the others are still answered, the invalid one as {"error": …} in its place).
 */
export interface EvaluateCommandOptions {
  input?: string;
  trace: boolean;
}

type Batch = { shape: "object"; items: unknown[] } | { shape: "array"; items: unknown[] } | { shape: "lines"; items: unknown[] };

/** A line or document that is not JSON at all becomes an error answer in its place. */
class NotJson {
  constructor(readonly message: string) {}
}

function parseBatch(text: string): Batch {
  const trimmed = text.trim();
  if (trimmed === "") throw new UserError("no request: standard input (or --input) was empty; give one JSON request, an array, or JSON Lines");
  try {
    const whole: unknown = JSON.parse(trimmed);
    return Array.isArray(whole) ? { shape: "array", items: whole } : { shape: "object", items: [whole] };
  } catch {
    // Not one JSON document: read it as JSON Lines.
  }
  const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== "");
  const items = lines.map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch (e) {
      return new NotJson(`line ${i + 1} is not valid JSON (${(e as Error).message})`);
    }
  });
  return lines.length === 1 ? { shape: "object", items } : { shape: "lines", items };
}

function answer(item: unknown, trace: boolean): EngineResponse {
  if (item instanceof NotJson) return { error: { code: "INVALID_REQUEST", message: item.message, path: "" } };
  return evaluate(item, { trace });
}

export async function evaluateCommand(options: EvaluateCommandOptions, io: Io): Promise<number> {
  let text: string;
  try {
    text = await io.readInput(options.input);
  } catch (e) {
    throw new UserError(`cannot read ${options.input ?? "standard input"}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  const batch = parseBatch(text);
  const answers = batch.items.map((item) => answer(item, options.trace));
  let invalidCount = 0;
  answers.forEach((a, i) => {
    if (isErrorResponse(a)) {
      invalidCount += 1;
      const where = batch.shape === "object" ? "request" : batch.shape === "array" ? `request ${i}` : `line ${i + 1}`;
      io.err(`sroc evaluate: ${where} is not valid: ${a.error.message}\n`);
    }
  });
  if (batch.shape === "lines") io.out(answers.map((a) => JSON.stringify(a)).join("\n") + "\n");
  else io.out(JSON.stringify(batch.shape === "array" ? answers : answers[0], null, 2) + "\n");
  return invalidCount > 0 ? 2 : 0;
}
