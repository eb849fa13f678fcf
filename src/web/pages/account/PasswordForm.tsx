import { useState, type SubmitEvent } from "react";
import { ApiError, sendJson } from "../../api/client.ts";
import { asApiError, errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice, Success } from "../../components/Notices.tsx";
import { useSession } from "../../app/session.tsx";

/**
 * A new password (POST /api/v1/account/password): the current one, then the new one twice. The API
 * judges both passwords; the page only checks that the two copies of the new one match.
 */
export function PasswordForm() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeated, setRepeated] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const { refresh } = useSession();

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setDone(false);
    if (next !== repeated) {
      setError(new ApiError(400, "INVALID_REQUEST", "does not match the new password", "/repeatedPassword"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await sendJson("POST", "/api/v1/account/password", { currentPassword: current, newPassword: next });
      setCurrent("");
      setNext("");
      setRepeated("");
      setDone(true);
      // A temporary password replaced: the session no longer holds the person to their account page.
      await refresh();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const general = unplacedError(error, ["/currentPassword", "/newPassword", "/repeatedPassword"]);
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">Change your password</h2>
      {done ? <Success>Your password was changed. Your other sessions were signed out.</Success> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="account-form">
        {general === null ? null : <ErrorNotice error={general} what="Not changed" />}
        <FormField label="Current password" error={errorAt(error, "/currentPassword")}>
          {(control) => <input {...control} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />}
        </FormField>
        <FormField label="New password" hint="A long passphrase is best." error={errorAt(error, "/newPassword")}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} required />}
        </FormField>
        <FormField label="New password again" error={errorAt(error, "/repeatedPassword")}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={repeated} onChange={(e) => setRepeated(e.target.value)} required />}
        </FormField>
        <button type="submit" disabled={busy}>
          Change the password
        </button>
      </form>
    </section>
  );
}
