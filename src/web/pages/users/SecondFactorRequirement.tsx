import { useState, type SubmitEvent } from "react";
import { ApiError, sendJson } from "../../api/client.ts";
import { asApiError } from "../../components/FormField.tsx";
import { ErrorNotice, Success } from "../../components/Notices.tsx";
import type { RoleChoice, SecondFactorRequirement as Requirement } from "./model.ts";

/**
 * Which roles must use a second factor (PUT /api/v1/second-factor-requirement): a person holding
 * one sets it up on their account page before anything else (decision 0019).
 */
export function SecondFactorRequirement({ roles, current, onSaved }: { roles: RoleChoice[]; current: Requirement; onSaved: () => void }) {
  const [chosen, setChosen] = useState<string[]>(current.roles);
  const [administrators, setAdministrators] = useState(current.administrators);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const toggle = (role: string, on: boolean) => setChosen((c) => (on ? [...c.filter((r) => r !== role), role] : c.filter((r) => r !== role)));
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await sendJson("PUT", "/api/v1/second-factor-requirement", { roles: chosen, administrators });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="second-factor-required">
      <h2 id="second-factor-required">Second factor required</h2>
      <p>People in the roles ticked here must set up a code from an authenticator app before they can use anything else. Those who have one already are not affected.</p>
      {saved ? <Success>Saved.</Success> : null}
      {error === null ? null : <ErrorNotice error={error} what="Not saved" />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="checkboxes">
          <legend>Require a second factor for</legend>
          <label>
            <input type="checkbox" checked={administrators} onChange={(e) => setAdministrators(e.target.checked)} /> System administrators
          </label>
          {roles.map((r) => (
            <label key={r.role}>
              <input type="checkbox" checked={chosen.includes(r.role)} onChange={(e) => toggle(r.role, e.target.checked)} /> {r.title}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy}>
          Save the requirement
        </button>
      </form>
    </section>
  );
}
