import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servingApp } from "./openapi.test-support.ts";

/** The built web application as the server serves it: a page's address opens index.html, GET or HEAD. */
const PAGE = "<!doctype html><title>SRO Compliance</title>";

describe("the web application's pages", () => {
  let dir: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dir = `${mkdtempSync(join(tmpdir(), "sroc-web-"))}/`;
    writeFileSync(join(dir, "index.html"), PAGE);
    app = await servingApp({ dir });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("GET / answers the page", async () => {
    const res = await app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.body).toBe(PAGE);
  });

  it("HEAD / answers as GET does, without a body (it was a 404)", async () => {
    const res = await app.inject({ method: "HEAD", url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.body).toBe("");
  });

  it("HEAD of a page's address answers too; an unknown API address stays a JSON 404 or 401", async () => {
    expect((await app.inject({ method: "HEAD", url: "/officers" })).statusCode).toBe(200);
    const api = await app.inject({ method: "HEAD", url: "/api/v1/nothing-here" });
    expect([401, 404]).toContain(api.statusCode);
  });
});
