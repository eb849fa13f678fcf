import { useCallback, useEffect, useState } from "react";
import { ApiError, getJson, type RequestOptions } from "../api/client.ts";

export type Loaded<T> =
  | { status: "loading"; data?: undefined; error?: undefined }
  | { status: "ok"; data: T; error?: undefined }
  | { status: "error"; data?: undefined; error: ApiError };

/**
 * A GET the page depends on: loading, the data, or the API's error; `reload` asks again (after a
 * write). A new `path` cancels the request in flight.
 */
export function useApi<T>(path: string | null, options: Omit<RequestOptions, "signal"> = {}): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  const purpose = options.purpose;
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((s) => (s.status === "ok" ? s : { status: "loading" }));
    getJson<T>(path, { ...(purpose === undefined ? {} : { purpose }), signal: controller.signal })
      .then((data) => setState({ status: "ok", data }))
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "error", error: e instanceof ApiError ? e : new ApiError(0, "NETWORK", e instanceof Error ? e.message : String(e), undefined) });
      });
    return () => controller.abort();
  }, [path, purpose, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
