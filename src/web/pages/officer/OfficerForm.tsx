import type { Schemas } from "../../api/typed.ts";
import { useState, type SubmitEvent } from "react";
import { sendJson, type ApiError } from "../../api/client.ts";
import { asApiError, errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice } from "../../components/Notices.tsx";

/** An officer as GET/POST/PATCH /api/v1/officers answer it. */
export type OfficerDetails = Schemas["Officer"];

export interface AgencyChoice {
  id: string;
  name: string;
}

const FIELDS = ["/firstName", "/lastName", "/postLicense", "/agencyId"];

/**
 * An officer added (POST /api/v1/officers) or their details corrected (PATCH). The agencies offered
 * are those the server names (the session's `addOfficersTo`, or every agency for a correction); the
 * API judges every value, and its error lands beside the field it names.
 */
export function OfficerForm({ officer, agencies, onSaved, onCancel }: { officer: OfficerDetails | null; agencies: readonly AgencyChoice[]; onSaved: (saved: OfficerDetails) => void; onCancel?: () => void }) {
  const [firstName, setFirstName] = useState(officer?.firstName ?? "");
  const [lastName, setLastName] = useState(officer?.lastName ?? "");
  const [postLicense, setPostLicense] = useState(officer?.postLicense ?? "");
  // One agency to choose from is chosen already; several ask the person to pick.
  const [agencyId, setAgencyId] = useState(officer?.agencyId ?? (agencies.length === 1 ? (agencies[0]?.id ?? "") : ""));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const fields = { firstName: firstName.trim(), lastName: lastName.trim(), postLicense: postLicense.trim(), agencyId };
    try {
      const saved = officer === null ? await sendJson<OfficerDetails>("POST", "/api/v1/officers", fields) : await sendJson<OfficerDetails>("PATCH", `/api/v1/officers/${officer.id}`, fields);
      if (saved !== null) onSaved(saved);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const title = officer === null ? "Add an officer" : "Correct the officer's details";
  const general = unplacedError(error, FIELDS);
  const chosen = agencies.some((a) => a.id === agencyId);
  return (
    <form className="record-form officer-form" onSubmit={(e) => void submit(e)} aria-label={title}>
      <fieldset>
        <legend>{title}</legend>
        {general === null ? null : <ErrorNotice error={general} what="Not saved" />}
        <FormField label="First name" error={errorAt(error, "/firstName")}>
          {(control) => <input {...control} type="text" required maxLength={100} autoComplete="off" value={firstName} onChange={(e) => setFirstName(e.target.value)} />}
        </FormField>
        <FormField label="Last name" error={errorAt(error, "/lastName")}>
          {(control) => <input {...control} type="text" required maxLength={100} autoComplete="off" value={lastName} onChange={(e) => setLastName(e.target.value)} />}
        </FormField>
        <FormField label="POST license number" hint="As the POST Board issued it." error={errorAt(error, "/postLicense")}>
          {(control) => <input {...control} type="text" required maxLength={20} autoComplete="off" value={postLicense} onChange={(e) => setPostLicense(e.target.value)} />}
        </FormField>
        <FormField label="Employing agency" error={errorAt(error, "/agencyId")}>
          {(control) => (
            <select {...control} required value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
              {chosen && agencies.length === 1 ? null : <option value="">Choose the agency</option>}
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="form-buttons">
          <button type="submit" disabled={busy}>
            {officer === null ? "Add officer" : "Save details"}
          </button>
          {onCancel === undefined ? null : (
            <button type="button" className="secondary" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

/**
 * Whether the signed-in person may add officers, and to which agencies — as the session answer says
 * (`user.may`). Read defensively: a session answer without it means "no".
 */
export function addOfficerAbility(user: object | null | undefined): { may: boolean; agencies: AgencyChoice[] } {
  const may = user !== null && user !== undefined && "may" in user ? (user.may as { addOfficers?: unknown; addOfficersTo?: unknown } | null | undefined) : undefined;
  const agencies = Array.isArray(may?.addOfficersTo) ? (may.addOfficersTo as unknown[]).filter((a): a is AgencyChoice => typeof a === "object" && a !== null && "id" in a && "name" in a) : [];
  return { may: may?.addOfficers === true, agencies };
}
