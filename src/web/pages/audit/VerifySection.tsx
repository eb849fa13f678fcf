import { useState } from "react";
import { getJson } from "../../api/client.ts";
import { asApiError } from "../../components/FormField.tsx";
import { ErrorNotice } from "../../components/Notices.tsx";
import type { ApiError } from "../../api/client.ts";
import { verdict, type Verification } from "./model.ts";

/**
 * Verifying the trail's hash chain (GET /api/v1/audit/verify) and its answer in words. The server
 * decides what the answer names: every event for the administrator; for an auditor only the events
 * they may read, any other break placed between those (decision 0018).
 */
export function VerifySection() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await getJson<Verification>("/api/v1/audit/verify"));
    } catch (e) {
      setResult(null);
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="verify-heading" className="audit-verify">
      <h2 id="verify-heading">Is the trail intact?</h2>
      <p>
        Each event is sealed with a hash of its content and of the event before it. Verifying reads the whole trail and checks every seal, so an event changed,
        deleted or moved after it was written shows here.
      </p>
      <button type="button" onClick={() => void verify()} disabled={busy} aria-describedby={result === null ? undefined : "verify-result"}>
        {busy ? "Verifying the trail…" : "Verify the trail"}
      </button>
      <div aria-live="polite" id="verify-result">
        {result === null ? null : <VerificationResult result={result} />}
      </div>
      {error === null ? null : <ErrorNotice error={error} what="The trail could not be verified" />}
    </section>
  );
}

function VerificationResult({ result }: { result: Verification }) {
  return (
    <div className={`notice ${result.intact ? "notice-ok" : "notice-error"} audit-verdict`}>
      <p>
        <strong>{verdict(result)}</strong>
      </p>
      {result.problems.length === 0 ? null : (
        <ul>
          {result.problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      {result.problemCount > result.problems.length ? <p>Only the first {result.problems.length} are described.</p> : null}
      {result.shows === "assigned" ? (
        <p>You are shown only the events you may read: a problem elsewhere in the trail is placed between the nearest of those.</p>
      ) : null}
      {result.head === null ? null : (
        <p>
          The last event is #{result.head.seq}; its hash is <code className="audit-hash">{result.head.hash}</code>. Note it somewhere else with today's date, to compare
          with a later verification.
        </p>
      )}
    </div>
  );
}
