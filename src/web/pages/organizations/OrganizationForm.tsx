import { useState, type SubmitEvent } from "react";
import { ApiError, sendJson } from "../../api/client.ts";
import { ErrorNotice } from "../../components/Notices.tsx";
import { asApiError, errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { KIND_LABELS, orNull, POLICIES, type Organization, type OrganizationKind, type SroPolicy } from "./model.ts";

/**
 * Adds an organization (the administrator) or changes one (its chief or superintendent, or the
 * administrator): its name and the SRO policy it adopted. The API decides; its error appears beside
 * the field it names.
 */
const FIELDS = ["/kind", "/name", "/sroPolicy", "/policyVersion", "/policyAdoptedOn"];

export function OrganizationForm({ existing, onSaved, onCancel }: { existing: Organization | null; onSaved: (saved: Organization) => void; onCancel: () => void }) {
  const [kind, setKind] = useState<OrganizationKind>(existing?.kind ?? "DISTRICT");
  const [name, setName] = useState(existing?.name ?? "");
  const [policy, setPolicy] = useState<SroPolicy | "">(existing?.sroPolicy ?? "");
  const [version, setVersion] = useState(existing?.policyVersion ?? "");
  const [adoptedOn, setAdoptedOn] = useState(existing?.policyAdoptedOn ?? "");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const fields = { name: name.trim(), sroPolicy: policy === "" ? null : policy, policyVersion: orNull(version), policyAdoptedOn: orNull(adoptedOn) };
    try {
      const saved =
        existing === null
          ? await sendJson<Organization>("POST", "/api/v1/organizations", { kind, ...fields })
          : await sendJson<Organization>("PATCH", `/api/v1/organizations/${existing.id}`, fields);
      if (saved !== null) onSaved(saved);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const general = unplacedError(error, FIELDS);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="record-form" aria-label={existing === null ? "Add an organization" : `Change ${existing.name}`}>
      {general === null ? null : <ErrorNotice error={general} what="Not saved" />}
      {existing === null ? (
        <FormField label="Kind" error={errorAt(error, "/kind")}>
          {(control) => (
            <select {...control} autoFocus value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind)}>
              {Object.entries(KIND_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <FormField label="Name" error={errorAt(error, "/name")}>
        {(control) => <input {...control} autoFocus={existing !== null} value={name} onChange={(e) => setName(e.target.value)} required autoComplete="organization" />}
      </FormField>
      <FormField label="SRO policy adopted" hint="An agency adopts the POST Board's model; a district or charter school the MSBA model or a policy like Edina's." error={errorAt(error, "/sroPolicy")}>
        {(control) => (
          <select {...control} value={policy} onChange={(e) => setPolicy(e.target.value as SroPolicy | "")}>
            <option value="">None recorded</option>
            {Object.entries(POLICIES).map(([value, p]) => (
              <option key={value} value={value}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Policy version" hint="The title and revision as adopted, e.g. “MSBA/MASA Model Policy 507.5 (Rev. 2025)”." error={errorAt(error, "/policyVersion")}>
        {(control) => <input {...control} value={version} onChange={(e) => setVersion(e.target.value)} />}
      </FormField>
      <FormField label="Adopted on" hint="The date the board or the agency adopted it." error={errorAt(error, "/policyAdoptedOn")}>
        {(control) => <input {...control} type="date" value={adoptedOn} onChange={(e) => setAdoptedOn(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {existing === null ? "Add the organization" : "Save the changes"}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
