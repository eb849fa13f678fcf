import { Command, CommanderError, Option } from "commander";
import { loadDemoIfEmpty } from "../demo/load.ts";
import { ROLES } from "../records/roles.ts";
import { accountsTable, loadDemoUsers } from "../demo/users.ts";
import { auditExportCommand, auditVerifyCommand } from "./commands/audit.ts";
import { demoCommand } from "./commands/demo.ts";
import { evaluateCommand } from "./commands/evaluate.ts";
import { exportCommand } from "./commands/export.ts";
import { importCommand } from "./commands/import.ts";
import { userCreateCommand } from "./commands/user.ts";
import { migrateCommand } from "./commands/migrate.ts";
import { serveCommand } from "./commands/serve.ts";
import { startCommand } from "./commands/start.ts";
import { statusCommand } from "./commands/status.ts";
import { verifyCommand } from "./commands/verify.ts";
import { processIo, UserError, type Io } from "./io.ts";
import type { Runtime } from "./runtime.ts";

/** `sroc start`: the demo goes into an empty database only, before the server listens. */
async function demoWhenEmpty(rt: Runtime, io: Io): Promise<void> {
  const loaded = await loadDemoIfEmpty(rt.context);
  if (loaded === null) return;
  io.out(`The database was empty: loaded the demo (${loaded.organizations} organizations, ${loaded.schools} schools, ${loaded.officers} officers, dated relative to ${rt.context.today()}).\n`);
  io.out(`${accountsTable(await loadDemoUsers(rt.context))}\n\n`);
}

/**
 * `sroc`: one command per file under commands/; this file only wires them to the command line.
 * Returns the exit code; a user's mistake is one clear line on standard error, never a stack trace.
 */
export async function main(argv: readonly string[], io: Io = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
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
    .description("migrate, load the demo into an empty database, and serve (what `npm start` runs)")
    .action(async () => {
      exitCode = await serveCommand(io, env, { prepare: demoWhenEmpty });
    });

  program
    .command("serve")
    .description("serve the web application and the API on http://localhost:3000 (PORT, HOST, DATABASE_URL, SROC_DATA_DIR, SROC_TZ)")
    .action(async () => {
      exitCode = await serveCommand(io, env);
    });

  program
    .command("migrate")
    .description("apply the database migrations (embedded PostgreSQL in SROC_DATA_DIR, or the server in DATABASE_URL)")
    .action(async () => {
      exitCode = await migrateCommand(io, env);
    });

  program
    .command("status")
    .description("every officer's status, who needs action first (a table, or --json)")
    .option("--as-of <date>", "the date to evaluate (default: today in America/Chicago)")
    .option("--json", "print JSON instead of a table", false)
    .action(async (opts: { asOf?: string; json: boolean }) => {
      exitCode = await statusCommand(io, env, { ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }), json: opts.json });
    });

  program
    .command("demo")
    .description("load the demo (2 agencies, 3 districts, a charter school, 60 officers, dated relative to today) into an empty database")
    .option("--force", "add the demo beside existing records (never deletes anything)")
    .action(async (opts: { force?: boolean }) => {
      exitCode = await demoCommand(io, env, { force: opts.force === true });
    });

  program
    .command("import")
    .description("import a roster, courses or contact days from a CSV or XLSX file (nothing is written if any row is invalid)")
    .argument("<kind>", "roster, courses or contact-days")
    .argument("<file>", "the CSV or XLSX file (XLSX: its first worksheet, the header in its first row)")
    .option("--skip-invalid", "import the valid rows and leave out the invalid ones (still reported)")
    .option("--create-missing", "create the agencies, districts and schools the file names that do not exist yet")
    .option("--json", "print the result and the validation report as JSON")
    .action(async (kind: string, file: string, opts: { skipInvalid?: boolean; createMissing?: boolean; json?: boolean }) => {
      exitCode = await importCommand(io, env, { kind, file, skipInvalid: opts.skipInvalid === true, createMissing: opts.createMissing === true, json: opts.json === true });
    });

  program
    .command("export")
    .description("export the roster, courses, contact days or current statuses as CSV or XLSX")
    .argument("<kind>", "roster, courses, contact-days or statuses")
    .addOption(new Option("--format <format>", "csv or xlsx (default: the extension of --output, else csv)").choices(["csv", "xlsx"]))
    .option("-o, --output <file>", "write to this file instead of standard output (XLSX needs a file)")
    .action(async (kind: string, opts: { format?: string; output?: string }) => {
      exitCode = await exportCommand(io, env, { kind, format: opts.format, output: opts.output });
    });

  const user = program.command("user").description("accounts: sroc user create --email E --role R --org ORG (password on standard input)");
  user
    .command("create")
    .description("create an account; its password is read from standard input")
    .requiredOption("--email <email>", "the sign-in email")
    .option("--name <name>", "the name shown (default: the email)")
    .addOption(new Option("--role <role>", "a role in --org").choices(ROLES))
    .option("--org <organization>", "the organization (name or id) the role is in")
    .option("--school <school>", "a principal's school (name or id)")
    .option("--officer <license>", "link an SRO's account to the officer record with this POST license")
    .option("--admin", "a system administrator (how the first one is made)", false)
    .option("--sso-only", "no password: the account signs in only through single sign-on", false)
    .action(async (opts: { email: string; name?: string; role?: string; org?: string; school?: string; officer?: string; admin: boolean; ssoOnly: boolean }) => {
      exitCode = await userCreateCommand(io, env, opts);
    });

  const audit = program.command("audit").description("the audit trail: verify its hash chain, or export it for an auditor");
  audit
    .command("verify")
    .description("check the audit trail's hash chain (exit 3 and name each edited, missing or reordered event)")
    .option("--anchor <seq:hash>", "a head printed by an earlier verification: it must still be there, unchanged")
    .action(async (opts: { anchor?: string }) => {
      exitCode = await auditVerifyCommand(io, env, { anchor: opts.anchor });
    });
  audit
    .command("export")
    .description("export the audit trail as CSV or JSON (the export is itself recorded)")
    .addOption(new Option("--format <format>", "csv or json (default: the extension of --output, else csv)").choices(["csv", "json"]))
    .option("-o, --output <file>", "write to this file instead of standard output")
    .option("--from <date>", "from this date (YYYY-MM-DD in SROC_TZ) or instant (2025-09-02T14:00:00Z), included")
    .option("--to <date>", "up to this date or instant, included")
    .option("--type <types...>", "only these event types (several, or comma-separated)")
    .option("--entity <entity>", "only events about this kind of record (e.g. officers)")
    .option("--entity-id <id>", "only events about this record")
    .action(async (opts: { format?: string; output?: string; from?: string; to?: string; type?: string[]; entity?: string; entityId?: string }) => {
      exitCode = await auditExportCommand(io, env, opts);
    });

  program
    .command("verify")
    .description("check the audit trail's hash chain and every certificate's bytes against the SHA-256 recorded at upload (exit 3 and name each problem)")
    .option("--anchor <seq:hash>", "a head printed by an earlier verification: it must still be there, unchanged")
    .action(async (opts: { anchor?: string }) => {
      exitCode = await verifyCommand(io, env, { anchor: opts.anchor });
    });

  program
    .command("example")
    .description("show the rules engine at work on five demo officers, without a database")
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
