import { useMemo, useState } from "react";
import { useUser } from "../../app/session.tsx";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading } from "../../components/Notices.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { AccountEntry } from "./AccountEntry.tsx";
import { AddUserForm } from "./AddUserForm.tsx";
import { PURPOSE, type Account, type Choices, type OrganizationOption, type RoleChoice, type SchoolOption, type SecondFactorRequirement as Requirement } from "./model.ts";
import { SecondFactorRequirement } from "./SecondFactorRequirement.tsx";
import "./users.css";

/**
 * People and access, for the system administrator: who may sign in and in which roles, adding a
 * person, their roles, disabling and password resets, and the roles that must use a second factor.
 * The API decides who may (a refusal shows as it comes); the list is private data, read with a purpose.
 */
export default function UsersPage() {
  const me = useUser();
  const accounts = useApi<{ items: Account[] }>("/api/v1/users", { purpose: PURPOSE });
  const roles = useApi<{ items: RoleChoice[] }>("/api/v1/roles");
  const organizations = useApi<{ items: OrganizationOption[] }>("/api/v1/organizations?limit=10000");
  const schools = useApi<{ items: SchoolOption[] }>("/api/v1/schools?limit=10000");
  const requirement = useApi<Requirement>("/api/v1/second-factor-requirement");
  const [filter, setFilter] = useState("");

  const choices: Choices | null = useMemo(
    () => (roles.status === "ok" && organizations.status === "ok" && schools.status === "ok" ? { roles: roles.data.items, organizations: organizations.data.items, schools: schools.data.items } : null),
    [roles, organizations, schools],
  );
  const heading = <PageHeading title="People and access">People and access</PageHeading>;
  const failed = accounts.error ?? roles.error ?? organizations.error ?? schools.error ?? requirement.error;
  if (failed !== undefined) {
    return (
      <>
        {heading}
        <ErrorNotice error={failed} what="The accounts could not be read" />
      </>
    );
  }
  if (accounts.status !== "ok" || choices === null || requirement.status !== "ok") {
    return (
      <>
        {heading}
        <Loading what="the accounts" />
      </>
    );
  }
  const words = filter.trim().toLowerCase();
  const shown = accounts.data.items.filter((a) => words === "" || `${a.displayName} ${a.email}`.toLowerCase().includes(words));
  return (
    <>
      {heading}
      <p>Who may sign in, and in which roles. Every change here is recorded in the audit trail.</p>
      <AddUserForm choices={choices} onAdded={accounts.reload} />
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts ({accounts.data.items.length})</h2>
        <div className="field">
          <label htmlFor="accounts-filter">Find a person</label>
          <input id="accounts-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} aria-describedby="accounts-filter-hint" />
          <p id="accounts-filter-hint" className="hint">
            By name or email.
          </p>
        </div>
        {shown.length === 0 ? <p>No account matches.</p> : null}
        <ul className="accounts">
          {shown.map((a) => (
            <AccountEntry key={a.id} account={a} choices={choices} isSelf={a.id === me.id} onChanged={accounts.reload} />
          ))}
        </ul>
      </section>
      <SecondFactorRequirement key={JSON.stringify(requirement.data)} roles={choices.roles} current={requirement.data} onSaved={requirement.reload} />
    </>
  );
}
