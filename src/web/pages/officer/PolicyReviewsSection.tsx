import { useState, type SubmitEvent } from "react";
import { sendJson } from "../../api/client.ts";
import { errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice, Loading, Success } from "../../components/Notices.tsx";
import { formatDay, type PolicyReview } from "./model.ts";
import { RemoveRecordButton } from "./RemoveRecordButton.tsx";
import { useOfficerRecords, useWrite } from "./use-records.ts";

/** The officer's reviews of an SRO policy (subd. 3(c) and (d): the employing agency's, before serving). */
export function PolicyReviewsSection({ officerId, mayAdd, onChanged }: { officerId: string; mayAdd: boolean; onChanged: () => void }) {
  const reviews = useOfficerRecords<PolicyReview>("policy-reviews", officerId);
  const remove = useWrite();
  const changed = () => {
    reviews.reload();
    onChanged();
  };
  return (
    <section aria-labelledby="reviews-heading" className="officer-section">
      <h2 id="reviews-heading">Policy reviews</h2>
      {reviews.status === "loading" ? <Loading what="the policy reviews" /> : null}
      {reviews.status === "error" ? <ErrorNotice error={reviews.error} what="The policy reviews could not be shown" /> : null}
      {remove.error === null ? null : <ErrorNotice error={remove.error} what="Not removed" />}
      {remove.done === null ? null : <Success>{remove.done}</Success>}
      {reviews.status === "ok" && reviews.data.items.length === 0 ? <p>No policy review on record.</p> : null}
      {reviews.status === "ok" && reviews.data.items.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Policy reviews</caption>
            <thead>
              <tr>
                <th scope="col">Reviewed on</th>
                <th scope="col">Policy</th>
                <th scope="col">Version</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {reviews.data.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{formatDay(r.reviewedOn)}</th>
                  <td>{r.policy === "POST" ? "POST Board model policy" : r.policy === "MSBA" ? "MSBA/MASA model policy 507.5" : r.policy}</td>
                  <td>{r.policyVersion ?? "—"}</td>
                  <td>
                    <RemoveRecordButton plural="policy-reviews" record={r} what={`the review of ${formatDay(r.reviewedOn)}`} remover={remove} reversible onRemoved={changed} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {mayAdd ? <PolicyReviewForm officerId={officerId} onSaved={changed} /> : null}
    </section>
  );
}

function PolicyReviewForm({ officerId, onSaved }: { officerId: string; onSaved: () => void }) {
  const [reviewedOn, setReviewedOn] = useState("");
  const write = useWrite();
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (await write.run(() => sendJson("POST", "/api/v1/policy-reviews", { officerId, reviewedOn }), `The review of ${formatDay(reviewedOn)} recorded.`)) onSaved();
  };
  const general = unplacedError(write.error, ["/reviewedOn"]);
  return (
    <form className="record-form" onSubmit={(e) => void submit(e)} aria-label="Record a policy review">
      <fieldset>
        <legend>Record a review of the employing agency's SRO policy</legend>
        {general === null ? null : <ErrorNotice error={general} what="Not recorded" />}
        {write.done === null ? null : <Success>{write.done}</Success>}
        <FormField label="Reviewed on" error={errorAt(write.error, "/reviewedOn")}>
          {(control) => <input {...control} type="date" required value={reviewedOn} onChange={(e) => setReviewedOn(e.target.value)} />}
        </FormField>
        <div className="form-buttons">
          <button type="submit" disabled={write.busy}>
            Record policy review
          </button>
        </div>
      </fieldset>
    </form>
  );
}
