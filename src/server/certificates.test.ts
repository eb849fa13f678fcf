import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { certificatePdf } from "../demo/pdf.ts";
import { alteredCertificates } from "../services/certificates.ts";
import { queryRows } from "../store/database.ts";
import { backends, basicSetup, withApi, type Client } from "./test-app.test-support.ts";

/**
 * Issue 10: a certificate is what was uploaded — a whole PDF, PNG or JPEG (item 13), and on every
 * download the same bytes, checked against the SHA-256 recorded at upload (item 6).
 */
const PDF = Buffer.from(certificatePdf("Certificate of completion", ["POST-approved SRO basic course", "Ana Alvarez"]));
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082",
  "hex",
);
const JPEG = Buffer.concat([Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex"), Buffer.from("ffdb004300" + "01".repeat(64), "hex"), Buffer.from("ffd9", "hex")]);

async function upload(api: Client, courseId: string, content: Buffer, fileName: string) {
  const boundary = "----sroc-certificates-test";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="courseId"\r\n\r\n${courseId}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await api.inject({ method: "POST", url: "/api/v1/certificates", payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
  return { status: res.statusCode, body: JSON.parse(res.body) as Record<string, unknown> & { error?: { code: string; path?: string; message: string } } };
}

async function auditTypes(api: { db: Parameters<typeof queryRows>[0] }, entityId: string): Promise<string[]> {
  return (await queryRows<{ type: string }>(api.db, sql`select type from audit_events where entity_id = ${entityId} order by seq`)).map((r) => r.type);
}

for (const backend of backends()) {
  describe(`certificates on ${backend.name}`, () => {
    it("accept whole PDF, PNG and JPEG files and refuse a known header followed by something else, naming the file field", async () => {
      await withApi(backend, async (api) => {
        const { officerId, coordinator } = await basicSetup(api);
        const courseId = await coordinator.create("courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2026-08-20", postApproved: true });
        for (const [file, name] of [[PDF, "c.pdf"], [PNG, "c.png"], [JPEG, "c.jpg"]] as const) expect((await upload(coordinator, courseId, file, name)).status).toBe(201);

        const page = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>";
        const bad: [Buffer, string, RegExp][] = [
          [Buffer.from(`%PDF-1.4\n${page}`), "header then a page", /not a complete PDF/],
          [Buffer.concat([PDF.subarray(0, PDF.length - 20)]), "truncated PDF", /not a complete PDF/],
          [Buffer.concat([PDF, Buffer.from(page)]), "PDF then a page", /not a complete PDF/],
          [Buffer.from(PDF.toString("latin1").replace("BT\n", `BT\n% ${page}\n`), "latin1"), "page inside a PDF", /web page \(HTML\)/],
          [Buffer.concat([PNG, Buffer.from(page)]), "PNG then a page", /something follows its end/],
          [PNG.subarray(0, 40), "truncated PNG", /not a complete PNG/],
          [Buffer.concat([JPEG, Buffer.from(page)]), "JPEG then a page", /not a complete JPEG/],
        ];
        for (const [content, what, message] of bad) {
          const res = await upload(coordinator, courseId, content, "certificate.pdf");
          expect({ what, status: res.status, code: res.body.error?.code, path: res.body.error?.path }).toEqual({ what, status: 415, code: "UNSUPPORTED_MEDIA_TYPE", path: "/file" });
          expect(res.body.error?.message).toMatch(message);
        }
        expect((await coordinator.call("GET", `/api/v1/certificates?courseId=${courseId}`)).body["items"]).toHaveLength(3);
      });
    }, 60_000);

    it("download under the uploaded name in any script, quoted for the header (RFC 6266), never a 500", async () => {
      await withApi(backend, async (api) => {
        const { officerId, coordinator } = await basicSetup(api);
        const courseId = await coordinator.create("courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2026-08-20", postApproved: true });
        for (const name of ["Zertifikat für Ana.pdf", "证书 2026.pdf", "Шаблон; name=evil.pdf"]) {
          const up = await upload(coordinator, courseId, PDF, name);
          expect(up.status).toBe(201);
          const res = await coordinator.inject({ method: "GET", url: `/api/v1/certificates/${String(up.body["id"])}/content?purpose=training%20audit` });
          expect(res.statusCode).toBe(200);
          const header = String(res.headers["content-disposition"]);
          expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
          expect(decodeURIComponent(header.replace(/^.*filename\*=UTF-8''/, ""))).toBe(String(up.body["fileName"]));
        }
      });
    }, 60_000);

    it("check the stored SHA-256 on every download: altered bytes are refused (5xx, plain words), audited, and named by the verification", async () => {
      await withApi(backend, async (api) => {
        const { officerId, coordinator } = await basicSetup(api);
        const courseId = await coordinator.create("courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2026-08-20", postApproved: true });
        const up = await upload(coordinator, courseId, PDF, "basic-course.pdf");
        expect(up.status).toBe(201);
        const id = String(up.body["id"]);
        const url = `/api/v1/certificates/${id}/content?purpose=annual%20training%20audit`;

        const intact = await coordinator.inject({ method: "GET", url });
        expect(intact.statusCode).toBe(200);
        expect(Buffer.from(intact.rawPayload).equals(PDF)).toBe(true);
        expect(await alteredCertificates(api.db)).toEqual({ checked: 1, altered: [] });

        // Someone with access to the database changes one byte of the stored file.
        const forged = Buffer.from(PDF);
        forged[PDF.indexOf("Ana Alvarez")] = "E".charCodeAt(0);
        await api.db.execute(sql`update certificates set content = ${forged} where id = ${id}`);

        const refused = await coordinator.inject({ method: "GET", url });
        expect(refused.statusCode).toBe(500);
        const body = JSON.parse(refused.body) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("CERTIFICATE_ALTERED");
        expect(body.error.message).toMatch(/no longer matches the file that was uploaded/);
        expect(refused.body).not.toContain("Ena Alvarez");
        expect(await auditTypes(api, id)).toEqual(["CERTIFICATE_UPLOADED", "CERTIFICATE_DOWNLOADED", "CERTIFICATE_ALTERED"]);
        const [event] = await queryRows<{ after: Record<string, unknown> }>(api.db, sql`select after from audit_events where type = 'CERTIFICATE_ALTERED'`);
        expect(event?.after).toMatchObject({ officerId, fileName: "basic-course.pdf", recordedSha256: up.body["sha256"], recordedSizeBytes: PDF.length, presentSizeBytes: PDF.length });

        expect(await alteredCertificates(api.db)).toEqual({
          checked: 1,
          altered: [{ id, officerId, officerName: "Ana Alvarez", postLicense: "12345", fileName: "basic-course.pdf", recordedSha256: up.body["sha256"], presentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown }],
        });
      });
    }, 60_000);
  });
}
