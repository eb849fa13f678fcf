import { useUser } from "../../app/session.tsx";
import { useApi } from "../../app/use-api.ts";
import { Loading } from "../../components/Notices.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import type { Organization, Page } from "../organizations/model.ts";
import { PasswordForm } from "./PasswordForm.tsx";
import { SecondFactor } from "./SecondFactor.tsx";
import "./account.css";

/**
 * One's own account: who one is here and in which roles, a new password, and the second factor. A
 * person who must first replace a temporary password or set up a second factor their role requires
 * (decision 0019) is told so here, the only page they see until it is done.
 */
export default function AccountPage() {
  const user = useUser();
  const owed = user.mustFirst ?? { changePassword: false, setUpSecondFactor: false };
  const blocked = owed.changePassword || owed.setUpSecondFactor;
  // Until then the server answers nothing else: the roles are listed without their organizations' names.
  const organizations = useApi<Page<Organization>>(blocked ? null : "/api/v1/organizations?limit=10000");
  const orgName = (id: string) => (organizations.status === "ok" ? organizations.data.items.find((o) => o.id === id)?.name : undefined) ?? "an organization";
  return (
    <>
      <PageHeading title="Your account">Your account</PageHeading>
      {blocked ? (
        <div className="notice notice-info" role="status">
          <p>Before you can use anything else:</p>
          <ul>
            {owed.changePassword ? <li>An administrator gave you a temporary password. Choose your own password below.</li> : null}
            {owed.setUpSecondFactor ? <li>Your role requires a second factor. Set it up below with an authenticator app.</li> : null}
          </ul>
        </div>
      ) : null}
      <section aria-labelledby="who">
        <h2 id="who">Who you are here</h2>
        <p>
          Signed in as <strong>{user.name}</strong>.
        </p>
        {user.may.administerUsers ? <p>You administer this installation: its accounts and roles.</p> : null}
        {user.memberships.length === 0 ? null : !blocked && organizations.status === "loading" ? (
          <Loading what="your roles" />
        ) : (
          <ul>
            {user.memberships.map((m) => (
              <li key={`${m.organizationId}-${m.roleTitle}-${m.schoolId ?? ""}`}>{blocked ? m.roleTitle : `${m.roleTitle}, ${orgName(m.organizationId)}`}</li>
            ))}
          </ul>
        )}
      </section>
      <PasswordForm />
      <SecondFactor />
    </>
  );
}
