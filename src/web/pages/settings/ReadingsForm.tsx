import { useState, type SubmitEvent } from "react";
import { ApiError, sendJson } from "../../api/client.ts";
import { asApiError, errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice } from "../../components/Notices.tsx";
import { describeValue, SCOPE_CHOICES, valueInForce, type LawAnswer, type ReadingValue } from "./readings.ts";

/**
 * The administrator sets the readings in force (PUT /api/v1/settings/readings): every status is
 * recomputed with them. All the readings are sent together; "Restore the defaults" stores none.
 */
export function ReadingsForm({ law, onSaved }: { law: LawAnswer; onSaved: (message: string) => void }) {
  const [values, setValues] = useState<Record<string, ReadingValue>>(() => Object.fromEntries(law.readingOptions.map((o) => [o.option, valueInForce(o, law.readingsInForce).value])));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (option: string, value: ReadingValue) => setValues((v) => ({ ...v, [option]: value }));

  const save = async (body: Record<string, ReadingValue>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      await sendJson("PUT", "/api/v1/settings/readings", body);
      onSaved(message);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    void save(values, "The readings were saved; every status has been recomputed with them.");
  };

  const general = unplacedError(error, law.readingOptions.map((o) => `/${o.option}`));
  return (
    <form onSubmit={submit} noValidate className="readings-form" aria-labelledby="change-readings">
      <h3 id="change-readings">Change the readings in force</h3>
      <p className="hint">Only on counsel's advice: every officer's status is recomputed with the new readings.</p>
      {general === null ? null : <ErrorNotice error={general} what="Not saved" />}
      {law.readingOptions.map((o) => {
        const value = values[o.option] ?? o.default;
        const fieldError = errorAt(error, `/${o.option}`);
        const label = `${o.title} (${o.interprets}): ${o.explanation}`;
        if (typeof o.default === "boolean") {
          return (
            <fieldset key={o.option} className="reading-choice" aria-describedby={fieldError === undefined ? undefined : `${o.option}-error`}>
              <legend>{label}</legend>
              {[true, false].map((choice) => (
                <label key={String(choice)} className="inline-choice">
                  <input type="radio" name={o.option} checked={value === choice} onChange={() => set(o.option, choice)} /> {choice ? "Yes" : "No"}
                  {choice === o.default ? " (default)" : ""}
                </label>
              ))}
              {fieldError === undefined ? null : (
                <p id={`${o.option}-error`} className="field-error" role="alert">
                  {fieldError}
                </p>
              )}
            </fieldset>
          );
        }
        const choices = SCOPE_CHOICES[o.option];
        return (
          <FormField key={o.option} label={label} hint={`Default: ${describeValue(o.option, o.default)}${choices === undefined ? " (month-day, as MM-DD)" : ""}`} error={fieldError}>
            {(control) =>
              choices === undefined ? (
                <input {...control} value={String(value)} onChange={(e) => set(o.option, e.target.value)} />
              ) : (
                <select {...control} value={String(value)} onChange={(e) => set(o.option, e.target.value)}>
                  {Object.entries(choices).map(([code, words]) => (
                    <option key={code} value={code}>
                      {words}
                      {code === o.default ? " (default)" : ""}
                    </option>
                  ))}
                </select>
              )
            }
          </FormField>
        );
      })}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Save the readings
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void save({}, "The defaults are in force again; every status has been recomputed.")}>
          Restore the defaults
        </button>
      </div>
    </form>
  );
}
