import { afterEach, describe, expect, it, vi } from "vitest";
import { apiGet, apiPath, apiSend, type Schemas } from "./typed.ts";
import { setCsrfToken } from "./client.ts";

describe("the typed API client", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it("fills the path's parameters and writes the set query values only", () => {
    expect(apiPath("/api/v1/officers/{id}/status", { path: { id: "a b/c" }, query: { asOf: "2026-11-30", districtId: undefined } })).toBe("/api/v1/officers/a%20b%2Fc/status?asOf=2026-11-30");
    expect(() => apiPath("/api/v1/officers/{id}/status")).toThrow(/id/);
  });

  it("asks through client.ts: the purpose on a read, the CSRF token on a write, the answer typed", async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal("fetch", (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(new Response(JSON.stringify({ status: "ok", storage: "embedded" }), { status: 200, headers: { "content-type": "application/json" } }));
    });
    const health: Schemas["Health"] = await apiGet("/healthz", {}, { purpose: "a check" });
    expect(health.storage).toBe("embedded");
    setCsrfToken("token");
    await apiSend("put", "/api/v1/settings/readings", {});
    expect(calls.map((c) => [c.url, c.init.method, (c.init.headers as Record<string, string>)["x-purpose"], (c.init.headers as Record<string, string>)["x-csrf-token"]])).toEqual([
      ["/healthz", "GET", "a check", undefined],
      ["/api/v1/settings/readings", "PUT", undefined, "token"],
    ]);
  });
});
