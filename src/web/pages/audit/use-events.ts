import { useEffect, useState } from "react";
import { getJson, type ApiError } from "../../api/client.ts";
import { asApiError } from "../../components/FormField.tsx";
import { PURPOSE, type AuditPage } from "./model.ts";

/**
 * A page of events with the address it was read from: while a new page (other filters, another
 * order) is on its way, the table keeps showing the last one marked busy, and its caption still
 * describes the rows it holds — never the order or range just asked for.
 */
export interface EventsState {
  shown: { path: string; page: AuditPage } | null;
  error: ApiError | null;
  busy: boolean;
}

export function useEvents(path: string | null): EventsState {
  const [state, setState] = useState<EventsState>({ shown: null, error: null, busy: path !== null });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, busy: true }));
    getJson<AuditPage>(path, { purpose: PURPOSE, signal: controller.signal })
      .then((page) => setState({ shown: { path, page }, error: null, busy: false }))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error: asApiError(e), busy: false }));
      });
    return () => controller.abort();
  }, [path]);
  return state;
}
