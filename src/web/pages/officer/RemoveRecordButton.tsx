import { sendJson } from "../../api/client.ts";
import type { useWrite } from "./use-records.ts";

/**
 * "Remove" for one of the officer's records, shown only when the record's `actions` allow it (the
 * policies decide, the page only asks). `what` names the record in the button's accessible name and
 * in the message announced after: "the review of 3 March 2026".
 */
export function RemoveRecordButton({ plural, record, what, remover, onRemoved }: {
  plural: string;
  record: { id: string; actions: readonly string[] };
  what: string;
  remover: ReturnType<typeof useWrite>;
  onRemoved: () => void;
}) {
  if (!record.actions.includes("remove")) return null;
  const removed = `${what.charAt(0).toUpperCase()}${what.slice(1)} removed.`;
  return (
    <button
      type="button"
      className="secondary"
      aria-label={`Remove ${what}`}
      disabled={remover.busy}
      onClick={() => void remover.run(() => sendJson("DELETE", `/api/v1/${plural}/${record.id}`), removed).then((ok) => ok && onRemoved())}
    >
      Remove
    </button>
  );
}
