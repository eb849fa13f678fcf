import { useId, useState, type SubmitEvent } from "react";
import { ApiError, sendJson } from "../../api/client.ts";
import { asApiError, errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice } from "../../components/Notices.tsx";
import { officerName, orNull, ROLE_LABELS, type Assignment, type Officer, type Organization, type School } from "./model.ts";

/**
 * Records an officer's assignment to a school, or changes one: the role, the dates served, the
 * contract, and whether it is SRO work under subd. 1(c) (under contract, in the instructional day).
 * The API checks every value; its error appears beside the field its path names.
 */
const FIELDS = ["/officerId", "/schoolId", "/role", "/startOn", "/endOn", "/contractRef", "/plannedContactDays", "/underContract", "/instructionalDay"];

interface Props {
  existing: Assignment | null;
  officers: Officer[];
  schools: School[];
  organizations: Organization[];
  officerLabel: (id: string) => string;
  onSaved: () => void;
  onCancel: () => void;
}

export function AssignmentForm({ existing, officers, schools, organizations, officerLabel, onSaved, onCancel }: Props) {
  const [officerId, setOfficerId] = useState(existing?.officerId ?? "");
  const [schoolId, setSchoolId] = useState(existing?.schoolId ?? "");
  const [role, setRole] = useState<Assignment["role"]>(existing?.role ?? "REGULAR");
  const [startOn, setStartOn] = useState(existing?.startOn ?? "");
  const [endOn, setEndOn] = useState(existing?.endOn ?? "");
  const [contractRef, setContractRef] = useState(existing?.contractRef ?? "");
  const [plannedDays, setPlannedDays] = useState(existing?.plannedContactDays?.toString() ?? "");
  const [underContract, setUnderContract] = useState(existing?.underContract ?? true);
  const [instructionalDay, setInstructionalDay] = useState(existing?.instructionalDay ?? true);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const checkIds = { underContract: useId(), instructionalDay: useId() };

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const planned = orNull(plannedDays);
    const fields = {
      schoolId,
      role,
      startOn,
      endOn: orNull(endOn),
      contractRef: orNull(contractRef),
      // A number the API can judge; a typo such as "6o" goes as it is and comes back with the field named.
      plannedContactDays: planned === null ? null : /^\d+$/.test(planned) ? Number(planned) : planned,
      underContract,
      instructionalDay,
    };
    try {
      if (existing === null) await sendJson("POST", "/api/v1/assignments", { officerId, ...fields });
      else await sendJson("PATCH", `/api/v1/assignments/${existing.id}`, fields);
      onSaved();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const general = unplacedError(error, FIELDS);
  const byOrganization = organizations
    .map((o) => ({ org: o, schools: schools.filter((s) => s.organizationId === o.id) }))
    .filter((g) => g.schools.length > 0);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="record-form">
      {general === null ? null : <ErrorNotice error={general} what="Not saved" />}
      {existing === null ? (
        <FormField label="Officer" hint="The officers whose assignments you may record." error={errorAt(error, "/officerId")}>
          {(control) => (
            <select {...control} autoFocus value={officerId} onChange={(e) => setOfficerId(e.target.value)} required>
              <option value="">Choose an officer</option>
              {officers.map((o) => (
                <option key={o.id} value={o.id}>
                  {officerName(o, o.id)} (license {o.postLicense})
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : (
        <p>
          <strong>Officer:</strong> {officerLabel(existing.officerId)}
        </p>
      )}
      <FormField label="School" error={errorAt(error, "/schoolId")}>
        {(control) => (
          <select {...control} autoFocus={existing !== null} value={schoolId} onChange={(e) => setSchoolId(e.target.value)} required>
            <option value="">Choose a school</option>
            {byOrganization.map((g) => (
              <optgroup key={g.org.id} label={g.org.name}>
                {g.schools.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Role" hint="A substitute serving fewer than 60 student contact days in a school year is exempt from the training (subd. 3(d))." error={errorAt(error, "/role")}>
        {(control) => (
          <select {...control} value={role} onChange={(e) => setRole(e.target.value as Assignment["role"])}>
            {Object.entries(ROLE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="First day served" error={errorAt(error, "/startOn")}>
        {(control) => <input {...control} type="date" value={startOn} onChange={(e) => setStartOn(e.target.value)} required />}
      </FormField>
      <FormField label="Last day served" hint="Leave empty while the officer is assigned." error={errorAt(error, "/endOn")}>
        {(control) => <input {...control} type="date" value={endOn} onChange={(e) => setEndOn(e.target.value)} />}
      </FormField>
      <FormField label="Planned student contact days" hint="For a substitute: the days scheduled in the school year, if known." error={errorAt(error, "/plannedContactDays")}>
        {(control) => <input {...control} inputMode="numeric" value={plannedDays} onChange={(e) => setPlannedDays(e.target.value)} />}
      </FormField>
      <FormField label="Contract reference" hint="The contract between the employer and the district or charter school." error={errorAt(error, "/contractRef")}>
        {(control) => <input {...control} value={contractRef} onChange={(e) => setContractRef(e.target.value)} />}
      </FormField>
      <fieldset>
        <legend>SRO work under subd. 1(c)</legend>
        <div className="check">
          <input id={checkIds.underContract} type="checkbox" checked={underContract} onChange={(e) => setUnderContract(e.target.checked)} />
          <label htmlFor={checkIds.underContract}>Under a contract with the district or charter school</label>
        </div>
        {errorAt(error, "/underContract") === undefined ? null : <p className="field-error" role="alert">{errorAt(error, "/underContract")}</p>}
        <div className="check">
          <input id={checkIds.instructionalDay} type="checkbox" checked={instructionalDay} onChange={(e) => setInstructionalDay(e.target.checked)} />
          <label htmlFor={checkIds.instructionalDay}>During the regular instructional school day</label>
        </div>
        {errorAt(error, "/instructionalDay") === undefined ? null : <p className="field-error" role="alert">{errorAt(error, "/instructionalDay")}</p>}
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {existing === null ? "Add the assignment" : "Save the assignment"}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
