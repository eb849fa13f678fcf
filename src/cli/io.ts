import { readFile } from "node:fs/promises";

/** Everything a command prints goes through here, so tests can run commands in-process. */
export interface Io {
  readInput(file: string | undefined): Promise<string>;
  out(text: string): void;
  err(text: string): void;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export const processIo: Io = {
  async readInput(file) {
    return file === undefined || file === "-" ? readStdin() : readFile(file, "utf8");
  },
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A failure the user can act on: printed as one line, never as a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
