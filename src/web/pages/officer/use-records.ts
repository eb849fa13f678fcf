import { useCallback, useState } from "react";
import { ApiError, query } from "../../api/client.ts";
import { asApiError } from "../../components/FormField.tsx";
import { useApi } from "../../app/use-api.ts";
import { PURPOSE, type Page } from "./model.ts";

/** One kind of the officer's records (courses, contact days, …), every one of them, read for the page's purpose. */
export function useOfficerRecords<T>(plural: string, officerId: string) {
  return useApi<Page<T>>(`/api/v1/${plural}${query({ officerId, limit: 10_000 })}`, { purpose: PURPOSE });
}

/**
 * A write the person started: whether it is under way, the API's error (for the form to put beside
 * its field), and what was done (announced politely). `run` resolves true when the write succeeded.
 */
export function useWrite() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(async (write: () => Promise<unknown>, success: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await write();
      setDone(success);
      return true;
    } catch (e) {
      setError(asApiError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setError(null);
    setDone(null);
  }, []);
  return { busy, error, done, run, clear };
}
