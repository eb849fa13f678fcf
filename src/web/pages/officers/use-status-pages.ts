import type { Schemas } from "../../api/typed.ts";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, getJson } from "../../api/client.ts";
import type { StatusRow } from "./OfficerTable.tsx";

/**
 * The list for the current filters, fetched a page at a time as the rows come into view. The server
 * filters and orders (with its indexes, and its rules: a district's own view of each officer, the
 * current assignments at a school), so a change of filter costs one small request whatever the
 * number of officers — measured at 10 000 officers, a page of 200 answers in about a tenth of the
 * time of the whole set (bench/web.bench.ts), which keeps the list interactive within the second.
 * The previous list stays on screen until the first page of the next one arrives (`current` says
 * whether what is shown matches the filters), so rows do not flash away while a search is typed.
 */
export const PAGE_SIZE = 200;

type PageAnswer = Schemas["StatusList"];

export interface StatusPages {
  total: number;
  rowAt: (index: number) => StatusRow | undefined;
  /** Fetches the pages holding rows first…last (those not loaded or on their way). */
  need: (first: number, last: number) => void;
}

interface Loaded {
  path: string;
  total: number;
  pages: ReadonlyMap<number, StatusRow[]>;
}

function pagePath(path: string, page: number): string {
  return `${path}${path.includes("?") ? "&" : "?"}limit=${PAGE_SIZE}&offset=${page * PAGE_SIZE}`;
}

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, "NETWORK", e instanceof Error ? e.message : String(e), undefined);
}

/**
 * `path`: GET /api/v1/statuses with the filters and the order, without paging. A new `generation`
 * asks again for the same path (after a write changed the list: an officer added).
 */
export function useStatusPages(path: string, generation = 0): { list: StatusPages | null; current: boolean; error: ApiError | null } {
  // The list's identity: the path and the generation (a page of the list before a write is not mixed into the one after).
  const key = `${generation}|${path}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<{ path: string; error: ApiError } | null>(null);
  const requested = useRef<{ path: string; pages: Set<number>; controller: AbortController }>({ path: "", pages: new Set(), controller: new AbortController() });

  const fetchPage = useCallback((forPath: string, page: number) => {
    const r = requested.current;
    if (r.path !== forPath || r.pages.has(page)) return;
    r.pages.add(page);
    getJson<PageAnswer>(pagePath(forPath.slice(forPath.indexOf("|") + 1), page), { signal: r.controller.signal })
      .then((answer) =>
        setLoaded((before) => {
          // A page of an older list (the filters changed meanwhile) is dropped.
          if (requested.current.path !== forPath) return before;
          const pages = new Map(before?.path === forPath ? before.pages : []);
          pages.set(page, answer.items);
          return { path: forPath, total: answer.total, pages };
        }),
      )
      .catch((e: unknown) => {
        if (r.controller.signal.aborted) return;
        r.pages.delete(page);
        setError({ path: forPath, error: asApiError(e) });
      });
  }, []);

  useEffect(() => {
    requested.current = { path: key, pages: new Set(), controller: new AbortController() };
    const controller = requested.current.controller;
    fetchPage(key, 0);
    return () => controller.abort();
  }, [key, fetchPage]);

  const need = useCallback(
    (first: number, last: number) => {
      if (loaded === null || loaded.path !== key) return;
      const lastRow = Math.min(last, loaded.total - 1);
      for (let page = Math.floor(Math.max(0, first) / PAGE_SIZE); page * PAGE_SIZE <= lastRow; page += 1) fetchPage(key, page);
    },
    [loaded, key, fetchPage],
  );

  const list: StatusPages | null =
    loaded === null
      ? null
      : { total: loaded.total, rowAt: (index) => loaded.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], need };
  return { list, current: loaded?.path === key, error: error?.path === key ? error.error : null };
}
