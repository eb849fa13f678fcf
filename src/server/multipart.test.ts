import { describe, expect, it } from "vitest";
import { backends, basicSetup, withApi, type Client } from "./test-app.test-support.ts";

/** The upload routes share one reader (multipart.ts): unknown fields and oversized files are refused by name. */
async function upload(c: Client, url: string, fields: Record<string, string>, file: { field: string; content: Buffer }) {
  const boundary = "----sroc-multipart-test";
  const payload = Buffer.concat([
    ...Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="f.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await c.inject({ method: "POST", url, payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
  return { status: res.statusCode, error: (JSON.parse(res.body) as { error?: { code: string; path?: string } }).error };
}

for (const backend of backends()) {
  describe(`uploads on ${backend.name}`, () => {
    it("refuse an unknown field, a file under another name, and a file over the limit, each by its name", async () => {
      await withApi(backend, async (api) => {
        const { officerId, coordinator } = await basicSetup(api);
        const courseId = await coordinator.create("courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2025-09-19", postApproved: true });
        const small = Buffer.from("%PDF-1.4\n");
        expect(await upload(coordinator, "/api/v1/certificates", { courseId, note: "hello" }, { field: "file", content: small })).toMatchObject({ status: 400, error: { path: "/note" } });
        expect(await upload(coordinator, "/api/v1/certificates", { courseId }, { field: "scan", content: small })).toMatchObject({ status: 400, error: { path: "/scan" } });
        expect(await upload(coordinator, "/api/v1/imports/check", { kind: "roster", extra: "1" }, { field: "file", content: Buffer.from("post_license\n") })).toMatchObject({ status: 400, error: { path: "/extra" } });
        const tooBig = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
        expect(await upload(coordinator, "/api/v1/certificates", { courseId }, { field: "file", content: tooBig })).toMatchObject({ status: 413, error: { code: "PAYLOAD_TOO_LARGE", path: "/file" } });
      });
    });
  });
}
