import { useUser } from "../../app/session.tsx";
import { useApi } from "../../app/use-api.ts";
import { Loading } from "../../components/Notices.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import type { Organization, Page } from "../organizations/model.ts";
import { PasswordForm } from "./PasswordForm.tsx";
import { SecondFactor } from "./SecondFactor.tsx";
import "./account.css";

/** One's own account: who one is here and in which roles, a new password, and the second factor. */
export default function AccountPage() {
  const user = useUser();
  const organizations = useApi<Page<Organization>>("/api/v1/organizations?limit=10000");
  // Names once the list is in (a Loading note until then); an organisation one may not see stays unnamed.
  const orgName = (id: string) => (organizations.status === "ok" ? organizations.data.items.find((o) => o.id === id)?.name : undefined) ?? "an organisation";
  return (
    <>
      <PageHeading title="Your account">Your account</PageHeading>
      <section aria-labelledby="who">
        <h2 id="who">Who you are here</h2>
        <p>
          Signed in as <strong>{user.name}</strong>.
        </p>
        {user.may.administerUsers ? <p>You administer this installation: its accounts and roles.</p> : null}
        {user.memberships.length === 0 ? null : organizations.status === "loading" ? (
          <Loading what="your roles" />
        ) : (
          <ul>
            {user.memberships.map((m) => (
              <li key={`${m.organizationId}-${m.roleTitle}-${m.schoolId ?? ""}`}>
                {m.roleTitle}, {orgName(m.organizationId)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <PasswordForm />
      <SecondFactor />
    </>
  );
}
