import { Command, CommanderError, Option } from "commander";
import { evaluateCommand } from "./commands/evaluate.ts";
import { startCommand } from "./commands/start.ts";
import { processIo, UserError, type Io } from "./io.ts";

/**
 * `sroc`: one command per file under commands/; this file only wires them to the command line.
 * Returns the exit code; a user's mistake is one clear line on standard error, never a stack trace.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = new Command("sroc")
    .description("SRO Compliance: Minn. Stat. § 626.8482 school resource officer compliance")
    .exitOverride()
    .configureOutput({ writeOut: (s) => { io.out(s); }, writeErr: (s) => { io.err(s); } });
  let exitCode = 0;

  program
    .command("evaluate")
    .description("evaluate engine requests (one JSON object, a JSON array, or JSON Lines) from standard input or --input")
    .option("-i, --input <file>", "read the requests from this file instead of standard input")
    .addOption(new Option("--no-trace", "leave the explanation (trace) out of the answers"))
    .action(async (opts: { input?: string; trace: boolean }) => {
      exitCode = await evaluateCommand({ ...(opts.input === undefined ? {} : { input: opts.input }), trace: opts.trace }, io);
    });

  program
    .command("start")
    .description("show the engine at work on demo officers (what `npm start` runs)")
    .action(() => {
      exitCode = startCommand(io, program.helpInformation());
    });

  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UserError) {
      io.err(`sroc: ${e.message}\n`);
      return e.exitCode;
    }
    io.err(`sroc: internal error: ${(e as Error).message}\n`);
    return 1;
  }
}
