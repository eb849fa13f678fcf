import { useState, type SubmitEvent } from "react";
import { sendJson } from "../../api/client.ts";
import { errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice, Loading, Success } from "../../components/Notices.tsx";
import { formatDay, type EmployerUnableDecision } from "./model.ts";
import { RemoveRecordButton } from "./RemoveRecordButton.tsx";
import { useOfficerRecords, useWrite } from "./use-records.ts";

/** The employer's documented decisions that it could not provide the course before the officer began (subd. 3(c)). */
export function EmployerUnableSection({ officerId, mayAdd, onChanged }: { officerId: string; mayAdd: boolean; onChanged: () => void }) {
  const decisions = useOfficerRecords<EmployerUnableDecision>("employer-unable-decisions", officerId);
  const remove = useWrite();
  const changed = () => {
    decisions.reload();
    onChanged();
  };
  return (
    <section aria-labelledby="unable-heading" className="officer-section">
      <h2 id="unable-heading">Employer-unable decisions</h2>
      {decisions.status === "loading" ? <Loading what="the decisions" /> : null}
      {decisions.status === "error" ? <ErrorNotice error={decisions.error} what="The decisions could not be shown" /> : null}
      {remove.error === null ? null : <ErrorNotice error={remove.error} what="Not removed" />}
      {remove.done === null ? null : <Success>{remove.done}</Success>}
      {decisions.status === "ok" && decisions.data.items.length === 0 ? <p>No decision on record.</p> : null}
      {decisions.status === "ok" && decisions.data.items.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Employer-unable decisions</caption>
            <thead>
              <tr>
                <th scope="col">Decided on</th>
                <th scope="col">Reason</th>
                <th scope="col">Decided by</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {decisions.data.items.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{formatDay(d.decidedOn)}</th>
                  <td>{d.reason}</td>
                  <td>{d.decidedBy}</td>
                  <td>
                    <RemoveRecordButton plural="employer-unable-decisions" record={d} what={`the decision of ${formatDay(d.decidedOn)}`} remover={remove} onRemoved={changed} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {mayAdd ? <DecisionForm officerId={officerId} onSaved={changed} /> : null}
    </section>
  );
}

const FIELDS = ["/decidedOn", "/reason"];

function DecisionForm({ officerId, onSaved }: { officerId: string; onSaved: () => void }) {
  const [decidedOn, setDecidedOn] = useState("");
  const [reason, setReason] = useState("");
  const write = useWrite();
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (await write.run(() => sendJson("POST", "/api/v1/employer-unable-decisions", { officerId, decidedOn, reason }), `The decision of ${formatDay(decidedOn)} recorded.`)) onSaved();
  };
  const general = unplacedError(write.error, FIELDS);
  return (
    <form className="record-form" onSubmit={(e) => void submit(e)} aria-label="Record an employer-unable decision">
      <fieldset>
        <legend>Record that the employer could not provide the course in time</legend>
        {general === null ? null : <ErrorNotice error={general} what="Not recorded" />}
        {write.done === null ? null : <Success>{write.done}</Success>}
        <FormField label="Decided on" error={errorAt(write.error, "/decidedOn")}>
          {(control) => <input {...control} type="date" required value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
        </FormField>
        <FormField label="Reason" hint="Why the course could not be provided before the officer assumed the duties." error={errorAt(write.error, "/reason")}>
          {(control) => <textarea {...control} required maxLength={2000} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        <div className="form-buttons">
          <button type="submit" disabled={write.busy}>
            Record decision
          </button>
        </div>
      </fieldset>
    </form>
  );
}
