import { useState } from "react";
import { Link } from "wouter";
import { useUser } from "../../app/session.tsx";
import { Success } from "../../components/Notices.tsx";
import { OrganizationForm } from "./OrganizationForm.tsx";
import { KIND_LABELS, POLICIES, type Organization, type School } from "./model.ts";

/**
 * Every organization the signed-in person may see (names and adopted policies are public data),
 * each a link to its schools and assignments; the administrator may add one.
 */
export function OrganizationList({ organizations, schools, onChanged }: { organizations: Organization[]; schools: School[]; onChanged: () => void }) {
  const user = useUser();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const schoolCount = (id: string) => schools.filter((s) => s.organizationId === id).length;
  return (
    <>
      <p>Law enforcement agencies, school districts and charter schools, with the SRO policy each has adopted. Open one to see its schools and its officers' assignments.</p>
      {added === null ? null : <Success>{`${added} was added.`}</Success>}
      {user.may.addOrganizations && !adding ? (
        <p>
          <button type="button" onClick={() => setAdding(true)}>
            Add an organization
          </button>
        </p>
      ) : null}
      {adding ? (
        <section aria-labelledby="add-organization">
          <h2 id="add-organization">Add an organization</h2>
          <OrganizationForm
            existing={null}
            onCancel={() => setAdding(false)}
            onSaved={(saved) => {
              setAdding(false);
              setAdded(saved.name);
              onChanged();
            }}
          />
        </section>
      ) : null}
      <div className="table-scroll">
        <table className="stack-on-phone">
          <caption>Organizations ({organizations.length})</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">SRO policy adopted</th>
              <th scope="col">Adopted on</th>
              <th scope="col">Schools</th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((org) => (
              <tr key={org.id}>
                <th scope="row" data-label="Name">
                  <Link href={`/organizations?org=${org.id}`}>{org.name}</Link>
                </th>
                <td data-label="Kind">{KIND_LABELS[org.kind]}</td>
                <td data-label="SRO policy">{org.sroPolicy === null ? "None recorded" : (org.policyVersion ?? POLICIES[org.sroPolicy].name)}</td>
                <td data-label="Adopted on">{org.policyAdoptedOn ?? "—"}</td>
                <td data-label="Schools">{org.kind === "AGENCY" ? "—" : schoolCount(org.id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
