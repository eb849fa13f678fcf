import { useState } from "react";
import { Link } from "wouter";
import { Success } from "../../components/Notices.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { AssignmentsSection } from "./AssignmentsSection.tsx";
import { OrganizationForm } from "./OrganizationForm.tsx";
import { SchoolsSection } from "./SchoolsSection.tsx";
import { KIND_LABELS, POLICIES, type Organization, type School } from "./model.ts";

/** One organization: what it is and the policy it adopted, its schools, and the assignments there (or of its officers). */
export function OrganizationDetail({ organization: org, organizations, schools, onChanged }: { organization: Organization; organizations: Organization[]; schools: School[]; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const canChange = org.actions.includes("update");
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/organizations">All organizations</Link>
      </nav>
      <PageHeading title={org.name}>{org.name}</PageHeading>
      {saved ? <Success>The organization was saved.</Success> : null}
      {editing ? (
        <section aria-labelledby="change-organization">
          <h2 id="change-organization">Change the organization</h2>
          <OrganizationForm
            existing={org}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
              onChanged();
            }}
          />
        </section>
      ) : (
        <>
          <dl className="facts">
            <dt>Kind</dt>
            <dd>{KIND_LABELS[org.kind]}</dd>
            <dt>SRO policy adopted</dt>
            <dd>
              {org.sroPolicy === null ? (
                "None recorded"
              ) : (
                <>
                  <strong>{POLICIES[org.sroPolicy].name}</strong> — {POLICIES[org.sroPolicy].summary}
                </>
              )}
            </dd>
            <dt>Policy version</dt>
            <dd>{org.policyVersion ?? "Not recorded"}</dd>
            <dt>Adopted on</dt>
            <dd>{org.policyAdoptedOn ?? "Not recorded"}</dd>
          </dl>
          {canChange ? (
            <p>
              <button
                type="button"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                Change the organization
              </button>
            </p>
          ) : (
            <p className="hint">You may see this organization; only its chief or superintendent, or the administrator, may change it.</p>
          )}
        </>
      )}
      {org.kind === "AGENCY" ? null : <SchoolsSection organization={org} schools={schools.filter((s) => s.organizationId === org.id)} onChanged={onChanged} />}
      <AssignmentsSection organization={org} organizations={organizations} schools={schools} />
    </>
  );
}
