import { open, type FileHandle } from "node:fs/promises";
import { extname } from "node:path";
import { AUDIT_EXPORT_FORMATS, AuditFilterError, exportAudit, filterCondition, type AuditExportFormat, type AuditFilter } from "../../audit/export.ts";
import { verifyAudit, type AuditVerification } from "../../audit/verify.ts";
import { zoneOf } from "../../services/clock.ts";
import { UserError, type Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";

/**
 * `sroc audit verify [--anchor SEQ:HASH]`: reads the whole audit trail and checks its hash chain.
 * Prints "audit trail intact: N events" and the head to note elsewhere (exit 0), or each problem
 * with the seq it concerns (exit 3). With --anchor, the event noted earlier must still be there,
 * unchanged (which catches events deleted from the end, or a trail rewritten with recomputed hashes).
 *
 * `sroc audit export [--format csv|json] [--output FILE] [--from DATE] [--to DATE] [--type T,…]
 * [--entity E] [--entity-id ID]`: the trail for an auditor, to standard output or a file; the format
 * is --format, else the extension of --output (.json), else CSV. Dates are whole days in SROC_TZ (or
 * instants with their offset), both ends included. The export is itself recorded (AUDIT_EXPORTED).
 */
export const TAMPERED_EXIT_CODE = 3;

export interface AuditVerifyCommandOptions {
  anchor?: string | undefined;
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

export function parseAnchor(anchor: string): { seq: number; hash: string } {
  const m = /^(\d+):([0-9a-f]{64})$/i.exec(anchor.trim());
  if (m === null) throw new UserError(`--anchor ${anchor}: give the head a verification printed, as SEQ:HASH (e.g. 1234:5e3f…, 64 hexadecimal digits)`);
  return { seq: Number(m[1]), hash: (m[2] ?? "").toLowerCase() };
}

/** Prints a verification of the chain as `sroc audit verify` and `sroc verify` show it; true when intact. */
export function printAuditVerification(io: Io, result: AuditVerification): boolean {
  if (result.ok) {
    io.out(`audit trail intact: ${plural(result.events, "event", "events")}\n`);
    if (result.head !== null) {
      const head = `${result.head.seq}:${result.head.hash}`;
      io.out(`head: ${head} (note it elsewhere: \`sroc audit verify --anchor ${head}\` later also detects events deleted from the end)\n`);
    }
    return true;
  }
  io.out(`audit trail TAMPERED: ${plural(result.problems.length, "problem", "problems")} in ${plural(result.events, "event", "events")}\n`);
  const width = Math.max(...result.problems.map((p) => String(p.seq).length)) + 1;
  for (const p of result.problems) io.out(`  ${`#${p.seq}`.padEnd(width)}  ${p.kind.padEnd(11)}  ${p.message}\n`);
  io.out("Restore the events from a backup or an earlier export, and find out who had write access to the database.\n");
  return false;
}

export async function auditVerifyCommand(io: Io, env: NodeJS.ProcessEnv, options: AuditVerifyCommandOptions = {}): Promise<number> {
  const anchor = options.anchor === undefined ? undefined : parseAnchor(options.anchor);
  const result = await withRuntime((rt) => verifyAudit(rt.database.db, anchor === undefined ? {} : { anchor }), env);
  return printAuditVerification(io, result) ? 0 : TAMPERED_EXIT_CODE;
}

export interface AuditExportCommandOptions {
  format?: string | undefined;
  output?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** One type, several separated by commas, or several (a repeated option). */
  type?: string | readonly string[] | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
}

export async function auditExportCommand(io: Io, env: NodeJS.ProcessEnv, options: AuditExportCommandOptions): Promise<number> {
  const output = options.output === "-" ? undefined : options.output;
  const format = options.format ?? (output !== undefined && extname(output).toLowerCase() === ".json" ? "json" : "csv");
  const chosen = AUDIT_EXPORT_FORMATS.find((f): f is AuditExportFormat => f === format);
  if (chosen === undefined) throw new UserError(`--format ${format} is not a format: choose ${AUDIT_EXPORT_FORMATS.join(" or ")}`);
  const types = (typeof options.type === "string" ? [options.type] : (options.type ?? []))
    .flatMap((t) => t.split(","))
    .map((t) => t.trim().toUpperCase())
    .filter((t) => t !== "");
  const filter: AuditFilter = {
    from: options.from,
    to: options.to,
    types: types.length === 0 ? undefined : types,
    entity: options.entity,
    entityId: options.entityId,
    zone: zoneOf(env),
  };
  try {
    filterCondition(filter);
  } catch (e) {
    if (e instanceof AuditFilterError) throw new UserError(e.message);
    throw e;
  }

  let file: FileHandle | undefined;
  if (output !== undefined) {
    try {
      file = await open(output, "w");
    } catch (e) {
      throw new UserError(`cannot write ${output}: ${(e as Error).message}`);
    }
  }
  const target = file;
  try {
    const result = await withRuntime(
      (rt) =>
        exportAudit(rt.database.db, {
          actor: rt.context.actor,
          format: chosen,
          filter,
          write: async (chunk) => {
            if (target === undefined) io.out(chunk);
            else await target.write(chunk);
          },
        }),
      env,
    );
    if (output !== undefined) io.out(`exported ${plural(result.events, "audit event", "audit events")} as ${chosen.toUpperCase()} to ${output} (the export is recorded as event #${result.recordedAs.seq})\n`);
    return 0;
  } finally {
    await file?.close();
  }
}
