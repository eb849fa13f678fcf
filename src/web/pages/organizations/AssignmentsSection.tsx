import { useState } from "react";
import { Link } from "wouter";
import { ApiError, sendJson } from "../../api/client.ts";
import { useUser } from "../../app/session.tsx";
import { useApi } from "../../app/use-api.ts";
import { asApiError } from "../../components/FormField.tsx";
import { ErrorNotice, Loading, Success } from "../../components/Notices.tsx";
import { AssignmentForm } from "./AssignmentForm.tsx";
import { officerName, ROLE_LABELS, type Assignment, type Officer, type Organization, type Page, type School } from "./model.ts";

/**
 * The assignments of officers to schools that concern this organization: at a district's schools,
 * or of an agency's officers. The employing agency's chief and training coordinator record them; the
 * officers they may write for are those whose record carries "update" for them.
 */
export function AssignmentsSection({ organization: org, organizations, schools }: { organization: Organization; organizations: Organization[]; schools: School[] }) {
  const user = useUser();
  // The server narrows both lists to this organization (an agency's officers, or a district's
  // schools), so the page never reads the whole state's records.
  const concerning = org.kind === "AGENCY" ? `agencyId=${org.id}` : `districtId=${org.id}`;
  const officers = useApi<Page<Officer>>(`/api/v1/officers?${concerning}&limit=10000`);
  const assignments = useApi<Page<Assignment>>(`/api/v1/assignments?${concerning}&limit=10000`);
  // On a district's page, the officers one may assign are those of the agency whose records one keeps:
  // the server names it (`may.addOfficersTo`); each officer's "update" action then decides.
  const keeperAgency = org.kind === "AGENCY" ? null : (user.may.addOfficersTo[0]?.id ?? null);
  const ownOfficers = useApi<Page<Officer>>(keeperAgency === null ? null : `/api/v1/officers?agencyId=${keeperAgency}&limit=10000`);
  const [editing, setEditing] = useState<string | null>(null); // a record id, "new", or nothing open
  const [removing, setRemoving] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const heading = (
    <h2 id="assignments-heading">{org.kind === "AGENCY" ? "Assignments of its officers" : "Assignments at its schools"}</h2>
  );
  if (officers.status === "error" || assignments.status === "error") {
    return (
      <section aria-labelledby="assignments-heading">
        {heading}
        <ErrorNotice error={officers.error ?? assignments.error ?? new Error("unknown")} what="The assignments could not be read" />
      </section>
    );
  }
  if (officers.status === "loading" || assignments.status === "loading") {
    return (
      <section aria-labelledby="assignments-heading">
        {heading}
        <Loading what="the assignments" />
      </section>
    );
  }

  const assignable = ownOfficers.status === "ok" ? ownOfficers.data.items : [];
  const officerById = new Map([...assignable, ...officers.data.items].map((o) => [o.id, o]));
  const schoolById = new Map(schools.map((s) => [s.id, s]));
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  const ownSchools = schools.filter((s) => s.organizationId === org.id);
  const rows = assignments.data.items;
  const writable = (org.kind === "AGENCY" ? officers.data.items : assignable).filter((o) => o.actions.includes("update"));
  const schoolChoices = org.kind === "AGENCY" ? schools : ownSchools;
  const schoolLabel = (id: string) => {
    const school = schoolById.get(id);
    if (school === undefined) return "A school you may not see";
    return org.kind === "AGENCY" ? `${school.name} (${orgById.get(school.organizationId)?.name ?? "?"})` : school.name;
  };
  const finish = (message: string) => {
    setEditing(null);
    setRemoving(null);
    setError(null);
    setDone(message);
    assignments.reload();
  };
  const remove = async (a: Assignment) => {
    try {
      await sendJson("DELETE", `/api/v1/assignments/${a.id}`);
      finish(`The assignment of ${officerName(officerById.get(a.officerId), a.officerId)} at ${schoolLabel(a.schoolId)} was removed.`);
    } catch (err) {
      setError(asApiError(err));
    }
  };
  const formProps = { officers: writable, schools: schoolChoices, organizations, onCancel: () => setEditing(null) };

  return (
    <section aria-labelledby="assignments-heading">
      {heading}
      {done === null ? null : <Success>{done}</Success>}
      {error === null ? null : <ErrorNotice error={error} what="Not removed" />}
      {assignments.data.total > assignments.data.items.length ? (
        <p className="notice notice-info">Only the first {assignments.data.items.length} of {assignments.data.total} assignments you may see were read.</p>
      ) : null}
      {rows.length === 0 ? (
        <p>No assignments you may see.</p>
      ) : (
        <div className="table-scroll">
          <table className="stack-on-phone">
            <caption>Assignments ({rows.length})</caption>
            <thead>
              <tr>
                <th scope="col">Officer</th>
                <th scope="col">School</th>
                <th scope="col">Role</th>
                <th scope="col">From</th>
                <th scope="col">Until</th>
                <th scope="col">Under contract</th>
                <th scope="col">Instructional day</th>
                <th scope="col">Contract</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const name = officerName(officerById.get(a.officerId), a.officerId);
                return (
                  <tr key={a.id}>
                    <th scope="row" data-label="Officer">
                      <Link href={`/officers/${a.officerId}`}>{name}</Link>
                    </th>
                    <td data-label="School">{schoolLabel(a.schoolId)}</td>
                    <td data-label="Role">
                      {ROLE_LABELS[a.role]}
                      {a.plannedContactDays === null ? null : ` (${a.plannedContactDays} planned days)`}
                    </td>
                    <td data-label="From" className="date">{a.startOn}</td>
                    <td data-label="Until" className="date">{a.endOn ?? "Ongoing"}</td>
                    <td data-label="Under contract">{a.underContract ? "Yes" : "No"}</td>
                    <td data-label="Instructional day">{a.instructionalDay ? "Yes" : "No"}</td>
                    <td data-label="Contract">{a.contractRef ?? "—"}</td>
                    <td data-label="Actions" className="row-actions">
                      {a.actions.includes("update") ? (
                        <button type="button" className="secondary" onClick={() => setEditing(a.id)}>
                          Change<span className="visually-hidden"> the assignment of {name} at {schoolLabel(a.schoolId)}</span>
                        </button>
                      ) : null}
                      {a.actions.includes("remove") && removing !== a.id ? (
                        <button type="button" className="secondary" onClick={() => setRemoving(a.id)}>
                          Remove<span className="visually-hidden"> the assignment of {name} at {schoolLabel(a.schoolId)}</span>
                        </button>
                      ) : null}
                      {removing === a.id ? (
                        <span role="group" aria-label={`Remove the assignment of ${name}?`} className="confirm">
                          <span>Remove it?</span>
                          <button type="button" onClick={() => void remove(a)}>
                            Yes, remove
                          </button>
                          <button type="button" className="secondary" onClick={() => setRemoving(null)}>
                            Keep it
                          </button>
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing !== null && editing !== "new" ? (
        <section aria-labelledby="change-assignment">
          <h3 id="change-assignment">Change the assignment</h3>
          <AssignmentForm {...formProps} existing={rows.find((a) => a.id === editing) ?? null} officerLabel={(id) => officerName(officerById.get(id), id)} onSaved={() => finish("The assignment was saved.")} />
        </section>
      ) : null}
      {editing === "new" ? (
        <section aria-labelledby="add-assignment">
          <h3 id="add-assignment">Add an assignment</h3>
          <AssignmentForm {...formProps} existing={null} officerLabel={(id) => officerName(officerById.get(id), id)} onSaved={() => finish("The assignment was added.")} />
        </section>
      ) : writable.length > 0 && schoolChoices.length > 0 ? (
        <p>
          <button type="button" onClick={() => setEditing("new")}>
            Add an assignment
          </button>
        </p>
      ) : null}
    </section>
  );
}
