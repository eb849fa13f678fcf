import { useEffect, useState, type SubmitEvent } from "react";
import { FormField } from "../../components/FormField.tsx";

/**
 * "What if": the status as of another date (the API's `asOf`). The date lives in the address
 * (?asOf=…), so the view can be bookmarked and Back returns to today's.
 */
export function WhatIfDate({ shownAsOf, isWhatIf, onChange }: { shownAsOf: string; isWhatIf: boolean; onChange: (asOf: string | null) => void }) {
  const [value, setValue] = useState(shownAsOf);
  // The status answered for another date (or today again): the field follows it.
  useEffect(() => setValue(shownAsOf), [shownAsOf]);
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      setError("Enter a date, year-month-day (for example 2027-06-01).");
      return;
    }
    setError(undefined);
    onChange(value);
  };
  return (
    <form className="what-if" onSubmit={submit} aria-label="What if: another date">
      <FormField label="Status as of" hint="See the status on another date, past or future, on the records as they stand." error={error}>
        {(control) => <input {...control} type="date" value={value} onChange={(e) => setValue(e.target.value)} />}
      </FormField>
      <div className="what-if-buttons">
        <button type="submit">Show status on this date</button>
        {!isWhatIf ? null : (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              onChange(null);
            }}
          >
            Back to today
          </button>
        )}
      </div>
    </form>
  );
}
