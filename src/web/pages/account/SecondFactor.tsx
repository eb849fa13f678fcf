import type { Answer } from "../../api/typed.ts";
import { useState, type SubmitEvent } from "react";
import { ApiError, sendJson } from "../../api/client.ts";
import { asApiError, errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice, Success } from "../../components/Notices.tsx";
import { useSession } from "../../app/session.tsx";
import { QrCode } from "./QrCode.tsx";

/**
 * Setting up the second factor (TOTP): the API gives a new secret and its otpauth URI, shown as a QR
 * code to scan and as text to type or paste into an authenticator app (a QR code is not readable by
 * everyone); a code from the app confirms it, and from then on signing in asks for one. The session
 * is asked again after, as a second factor the role required no longer holds the person back.
 */
export function SecondFactor() {
  const [started, setStarted] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const { refresh } = useSession();

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    run(async () => {
      setStarted(await sendJson<Answer<"/api/v1/account/second-factor", "post">>("POST", "/api/v1/account/second-factor"));
      setCode("");
    });
  const confirm = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    void run(async () => {
      await sendJson("POST", "/api/v1/account/second-factor/confirm", { code: code.trim() });
      setConfirmed(true);
      setStarted(null);
      await refresh();
    });
  };

  const general = unplacedError(error, ["/code"]);
  return (
    <section aria-labelledby="second-factor-heading">
      <h2 id="second-factor-heading">Second factor</h2>
      <p>With a second factor, signing in asks for a six-digit code from an authenticator app on your phone as well as your password.</p>
      {confirmed ? <Success>Your second factor is in force: from now on, signing in asks for a code.</Success> : null}
      {general === null ? null : <ErrorNotice error={general} what="Second factor" />}
      {started === null ? (
        confirmed ? null : (
          <button type="button" onClick={() => void start()} disabled={busy}>
            Set up a second factor
          </button>
        )
      ) : (
        <>
          <ol className="steps">
            <li>
              Scan this QR code with your authenticator app:
              <QrCode uri={started.uri} />
            </li>
            <li>
              Or, in your authenticator app, add an account by entering this secret key (time-based, six digits):
              <code className="secret">
                {started.secret}
              </code>
            </li>
            <li>
              Or paste this address into an app that accepts one:
              <code className="secret">
                {started.uri}
              </code>
            </li>
            <li>Enter the code the app shows, to confirm.</li>
          </ol>
          <form onSubmit={confirm} noValidate className="account-form">
            <FormField label="Code from your authenticator app" hint="Six digits." error={errorAt(error, "/code")}>
              {(control) => <input {...control} inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} required />}
            </FormField>
            <button type="submit" disabled={busy}>
              Confirm the second factor
            </button>
          </form>
        </>
      )}
    </section>
  );
}
