import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { certificatePdf } from "../../demo/pdf.ts";
import { uploadCertificate } from "../../services/certificates.ts";
import { courseKind } from "../../services/records/courses.ts";
import { createRecord } from "../../services/records/define.ts";
import { officerKind } from "../../services/records/officers.ts";
import { organizationKind } from "../../services/records/organizations.ts";
import type { Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";
import { TAMPERED_EXIT_CODE } from "./audit.ts";
import { verifyCommand } from "./verify.ts";

/** `sroc verify` in-process, on an embedded data folder of its own: the audit chain and every certificate. */
const work = mkdtempSync(join(tmpdir(), "sroc-verify-cli-"));
const env: NodeJS.ProcessEnv = { SROC_DATA_DIR: join(work, "data"), SROC_TZ: "America/Chicago" };
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function capture(): Io & { stdout: () => string } {
  let out = "";
  return {
    readInput: () => Promise.resolve(""),
    out: (t) => {
      out += t;
    },
    err: () => undefined,
    stdout: () => out,
  };
}

describe("sroc verify", () => {
  it("checks the chain and every certificate, then names the one whose stored bytes were altered and exits 3", async () => {
    const ids = await withRuntime(async ({ context: ctx }) => {
      const agency = await createRecord(ctx, organizationKind, { kind: "AGENCY", name: "Breitung Police Department", sroPolicy: "POST" });
      const officer = await createRecord(ctx, officerKind, { postLicense: "12345", firstName: "Ana", lastName: "Alvarez", agencyId: agency["id"] });
      const uploaded: string[] = [];
      for (const [type, completedOn] of [["POST_SRO_BASIC", "2026-08-20"], ["POST_SRO_REFRESHER", "2026-10-02"]] as const) {
        const course = await createRecord(ctx, courseKind, { officerId: officer["id"], type, completedOn, postApproved: true });
        const meta = await uploadCertificate(ctx, { courseId: String(course["id"]), fileName: `${type.toLowerCase()}.pdf`, content: certificatePdf("Certificate", [type]) });
        uploaded.push(meta.id);
      }
      return uploaded;
    }, env);

    const intact = capture();
    expect(await verifyCommand(intact, env)).toBe(0);
    expect(intact.stdout()).toMatch(/^audit trail intact: \d+ events\nhead: \d+:[0-9a-f]{64} .*\ncertificates intact: 2 files match the SHA-256 recorded at upload\n$/);

    // Someone with access to the database replaces the second file's bytes.
    const altered = ids[1] ?? "";
    await withRuntime(({ database: { db } }) => db.execute(sql`update certificates set content = ${Buffer.from(certificatePdf("Certificate", ["forged"]))} where id = ${altered}`), env);

    const io = capture();
    expect(await verifyCommand(io, env)).toBe(TAMPERED_EXIT_CODE);
    const out = io.stdout();
    expect(out).toMatch(/^audit trail intact: /);
    expect(out).toContain("certificates ALTERED: 1 file of 2 no longer matches the file uploaded\n");
    expect(out).toContain(`  Ana Alvarez (POST license 12345): "post_sro_refresher.pdf", certificate ${altered} — SHA-256 recorded `);
    expect(out).not.toContain(ids[0] ?? "-");
  }, 120_000);
});
