import { useEffect, useRef, useState } from "react";
import { sendJson } from "../../api/client.ts";
import type { useWrite } from "./use-records.ts";

const capital = (what: string) => `${what.charAt(0).toUpperCase()}${what.slice(1)}`;

/**
 * "Remove" for one of the officer's records, shown only when the record's `actions` allow it (the
 * policies decide, the page only asks). It asks first, in place: training evidence (`reversible`:
 * courses, policy reviews) stays in the history and can be restored, anything else is gone for good
 * (issue 11 item 6; docs/decisions/0017). `what` names the record in the button's accessible name
 * and in the message announced after: "the review of March 3, 2026".
 */
export function RemoveRecordButton({ plural, record, what, remover, onRemoved, reversible = false }: {
  plural: string;
  record: { id: string; actions: readonly string[] };
  what: string;
  remover: ReturnType<typeof useWrite>;
  onRemoved: () => void;
  reversible?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  if (!record.actions.includes("remove")) return null;
  if (!asking) {
    return (
      <button type="button" className="secondary" aria-label={`Remove ${what}`} onClick={() => setAsking(true)}>
        Remove
      </button>
    );
  }
  const remove = async () => {
    const ok = await remover.run(() => sendJson("DELETE", `/api/v1/${plural}/${record.id}`), `${capital(what)} removed.`);
    setAsking(false);
    if (ok) onRemoved();
  };
  return (
    <div role="group" aria-label={`Remove ${what}?`} className="confirm-remove">
      <p>{reversible ? `Remove ${what}? It no longer counts for the officer's training, stays in the history, and can be restored.` : `Remove ${what}? This cannot be undone.`}</p>
      <button type="button" disabled={remover.busy} onClick={() => void remove()}>
        Yes, remove
      </button>
      <button type="button" className="secondary" ref={keep} onClick={() => setAsking(false)}>
        Keep it
      </button>
    </div>
  );
}

/** "Restore" (or "Undo" just after a removal) for a removed record whose `actions` allow it: it counts again. */
export function RestoreRecordButton({ plural, record, what, writer, onRestored, label = "Restore" }: {
  plural: string;
  record: { id: string; actions: readonly string[] };
  what: string;
  writer: ReturnType<typeof useWrite>;
  onRestored: () => void;
  label?: "Restore" | "Undo";
}) {
  if (!record.actions.includes("restore")) return null;
  return (
    <button
      type="button"
      className="secondary"
      aria-label={label === "Undo" ? `Undo: restore ${what}` : `Restore ${what}`}
      disabled={writer.busy}
      onClick={() => void writer.run(() => sendJson("POST", `/api/v1/${plural}/${record.id}/restore`), `${capital(what)} restored.`).then((ok) => ok && onRestored())}
    >
      {label}
    </button>
  );
}
