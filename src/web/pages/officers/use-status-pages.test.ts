// @vitest-environment jsdom
import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PAGE_SIZE, useStatusPages } from "./use-status-pages.ts";

/** A fake API of `total` officers answering GET /api/v1/statuses pages, recording what was asked. */
function fakeApi(total: number) {
  const asked: string[] = [];
  vi.stubGlobal("fetch", (url: string) => {
    asked.push(url);
    const q = new URL(url, "http://localhost").searchParams;
    const offset = Number(q.get("offset"));
    const limit = Number(q.get("limit"));
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ officerId: `id-${q.get("q") ?? ""}${offset + i}`, name: `Officer ${offset + i}` }));
    return Promise.resolve(new Response(JSON.stringify({ asOf: "2026-11-30", total, limit, offset, items }), { status: 200, headers: { "content-type": "application/json" } }));
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe("the officers list, a page at a time", () => {
  it("asks for the first page, then for the pages of the rows coming into view, each once", async () => {
    const asked = fakeApi(1000);
    const { result } = renderHook(() => useStatusPages("/api/v1/statuses?sort=name"));
    await waitFor(() => expect(result.current.list?.total).toBe(1000));
    expect(asked).toEqual([`/api/v1/statuses?sort=name&limit=${PAGE_SIZE}&offset=0`]);
    expect(result.current.list?.rowAt(0)?.name).toBe("Officer 0");
    expect(result.current.list?.rowAt(PAGE_SIZE)).toBeUndefined();

    act(() => result.current.list?.need(PAGE_SIZE - 10, 2 * PAGE_SIZE + 10));
    act(() => result.current.list?.need(PAGE_SIZE, 2 * PAGE_SIZE));
    await waitFor(() => expect(result.current.list?.rowAt(2 * PAGE_SIZE + 10)?.name).toBe(`Officer ${2 * PAGE_SIZE + 10}`));
    expect(asked.map((u) => new URL(u, "http://localhost").searchParams.get("offset"))).toEqual(["0", String(PAGE_SIZE), String(2 * PAGE_SIZE)]);
    // Only the pages holding those rows, and nothing beyond the end of the list.
    act(() => result.current.list?.need(900, 5000));
    await waitFor(() => expect(result.current.list?.rowAt(999)?.name).toBe("Officer 999"));
    expect(asked.map((u) => new URL(u, "http://localhost").searchParams.get("offset"))).toEqual(["0", "200", "400", "800"]);
  });

  it("keeps the previous list on screen, marked as not current, until the new filters' first page arrives", async () => {
    fakeApi(500);
    const { result, rerender } = renderHook(({ path }) => useStatusPages(path), { initialProps: { path: "/api/v1/statuses?q=a" } });
    await waitFor(() => expect(result.current.current).toBe(true));
    rerender({ path: "/api/v1/statuses?q=b" });
    expect(result.current.current).toBe(false);
    expect(result.current.list?.rowAt(0)?.officerId).toBe("id-a0");
    await waitFor(() => expect(result.current.list?.rowAt(0)?.officerId).toBe("id-b0"));
    expect(result.current.current).toBe(true);
  });
});
