import { useState, type SubmitEvent } from "react";
import { ApiError, sendJson } from "../../api/client.ts";
import { asApiError, errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice, Success } from "../../components/Notices.tsx";
import type { Organization, School } from "./model.ts";

/**
 * A district's or charter school's schools. The superintendent (or the administrator) keeps them:
 * the same right as changing the organization, so the organization's own `actions` say whether a
 * school may be added; each school's `actions` whether it may be renamed.
 */
export function SchoolsSection({ organization: org, schools, onChanged }: { organization: Organization; schools: School[]; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null); // a record id, "new", or nothing open
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => {
    setEditing(null);
    setDone(message);
    onChanged();
  };
  return (
    <section aria-labelledby="schools-heading">
      <h2 id="schools-heading">Schools</h2>
      {done === null ? null : <Success>{done}</Success>}
      {schools.length === 0 ? (
        <p>No schools are recorded for {org.name}.</p>
      ) : (
        <ul className="school-list">
          {schools.map((school) =>
            editing === school.id ? (
              <li key={school.id}>
                <SchoolForm organization={org} existing={school} onCancel={() => setEditing(null)} onSaved={(s) => finish(`${s.name} was saved.`)} />
              </li>
            ) : (
              <li key={school.id}>
                <span>{school.name}</span>
                {school.actions.includes("update") ? (
                  <button type="button" className="secondary" onClick={() => setEditing(school.id)}>
                    Rename<span className="visually-hidden"> {school.name}</span>
                  </button>
                ) : null}
              </li>
            ),
          )}
        </ul>
      )}
      {editing === "new" ? (
        <SchoolForm organization={org} existing={null} onCancel={() => setEditing(null)} onSaved={(s) => finish(`${s.name} was added.`)} />
      ) : org.actions.includes("update") ? (
        <p>
          <button type="button" onClick={() => setEditing("new")}>
            Add a school
          </button>
        </p>
      ) : null}
    </section>
  );
}

function SchoolForm({ organization: org, existing, onSaved, onCancel }: { organization: Organization; existing: School | null; onSaved: (s: School) => void; onCancel: () => void }) {
  const [name, setName] = useState(existing?.name ?? "");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved =
        existing === null
          ? await sendJson<School>("POST", "/api/v1/schools", { organizationId: org.id, name: name.trim() })
          : await sendJson<School>("PATCH", `/api/v1/schools/${existing.id}`, { name: name.trim() });
      if (saved !== null) onSaved(saved);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const general = unplacedError(error, ["/name"]);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="record-form" aria-label={existing === null ? `Add a school to ${org.name}` : `Rename ${existing.name}`}>
      {general === null ? null : <ErrorNotice error={general} what="Not saved" />}
      <FormField label={existing === null ? "Name of the new school" : "School name"} error={errorAt(error, "/name")}>
        {(control) => <input {...control} autoFocus value={name} onChange={(e) => setName(e.target.value)} required />}
      </FormField>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {existing === null ? "Add the school" : "Save the name"}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
