import { verifyAudit } from "../../audit/verify.ts";
import { alteredCertificates } from "../../services/certificates.ts";
import type { Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";
import { parseAnchor, plural, printAuditVerification, TAMPERED_EXIT_CODE } from "./audit.ts";

/**
 * `sroc verify [--anchor SEQ:HASH]`: everything the system can check about its own integrity, in one
 * command (issue 10 item 6) — the audit trail's hash chain (as `sroc audit verify`), and every
 * training certificate's stored bytes against the SHA-256 recorded when it was uploaded. Names each
 * edited, missing or reordered event and each altered certificate (officer, file name, stored id),
 * and exits 3 if any; 0 when all is intact. It only reads.
 */
export interface VerifyCommandOptions {
  anchor?: string | undefined;
}

export async function verifyCommand(io: Io, env: NodeJS.ProcessEnv, options: VerifyCommandOptions = {}): Promise<number> {
  const anchor = options.anchor === undefined ? undefined : parseAnchor(options.anchor);
  const { audit, certificates } = await withRuntime(
    async (rt) => ({ audit: await verifyAudit(rt.database.db, anchor === undefined ? {} : { anchor }), certificates: await alteredCertificates(rt.database.db) }),
    env,
  );
  const auditIntact = printAuditVerification(io, audit);
  const { checked, altered } = certificates;
  if (altered.length === 0) {
    io.out(`certificates intact: ${plural(checked, "file matches", "files match")} the SHA-256 recorded at upload\n`);
  } else {
    io.out(`certificates ALTERED: ${plural(altered.length, "file", "files")} of ${checked.toLocaleString("en-US")} no longer ${altered.length === 1 ? "matches" : "match"} the file uploaded\n`);
    for (const c of altered) {
      io.out(`  ${c.officerName} (POST license ${c.postLicense}): "${c.fileName}", certificate ${c.id} — SHA-256 recorded ${c.recordedSha256}, now ${c.presentSha256}\n`);
    }
    io.out("Downloads of these files are refused. Upload each again from the original, and find out who had write access to the database.\n");
  }
  return auditIntact && altered.length === 0 ? 0 : TAMPERED_EXIT_CODE;
}
