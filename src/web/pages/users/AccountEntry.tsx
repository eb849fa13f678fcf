import type { Answer } from "../../api/typed.ts";
import { useState, type SubmitEvent } from "react";
import { ApiError, sendJson } from "../../api/client.ts";
import { asApiError, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice, Success } from "../../components/Notices.tsx";
import { accountState, type Account, type Choices } from "./model.ts";
import { EMPTY_ROLE, RoleFields, roleInput, type RoleDraft } from "./RoleFields.tsx";
import { TemporaryPassword } from "./TemporaryPassword.tsx";

type Asking = "disable" | "reset" | null;

/**
 * One account and what the administrator may do to it: give and take away roles, reset its
 * password (a new temporary one, shown once), disable it (after a confirmation: the person is
 * signed out at once) or enable it again. The API decides; its refusals are shown as they come.
 */
export function AccountEntry({ account, choices, isSelf, onChanged }: { account: Account; choices: Choices; isSelf: boolean; onChanged: () => void }) {
  const [asking, setAsking] = useState<Asking>(null);
  const [adding, setAdding] = useState(false);
  const [role, setRole] = useState<RoleDraft>(EMPTY_ROLE);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = account.displayName;

  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    setTemporary(null);
    try {
      setDone(await action());
      setAsking(null);
      onChanged();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const setDisabled = (disabled: boolean) =>
    run(async () => {
      await sendJson("PUT", `/api/v1/users/${account.id}/disabled`, { disabled });
      return disabled ? `${name} is disabled and was signed out.` : `${name} can sign in again.`;
    });
  const reset = () =>
    run(async () => {
      const answer = await sendJson<Answer<"/api/v1/users/{id}/password-reset", "post">>("POST", `/api/v1/users/${account.id}/password-reset`);
      setTemporary(answer?.temporaryPassword ?? null);
      return null;
    });
  const revoke = (membershipId: string, title: string) =>
    run(async () => {
      await sendJson("DELETE", `/api/v1/memberships/${membershipId}`);
      return `${name} is no longer ${title}.`;
    });
  const grant = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    void run(async () => {
      const input = roleInput(role, choices);
      if (input === null) throw new ApiError(400, "INVALID_REQUEST", "choose an organization", "/organizationId");
      await sendJson("POST", `/api/v1/users/${account.id}/memberships`, input);
      setRole(EMPTY_ROLE);
      setAdding(false);
      return `${name} was given the role.`;
    });
  };

  const headingId = `account-${account.id}`;
  const general = unplacedError(error, adding ? ["/organizationId", "/role", "/schoolId"] : []);
  return (
    <li className="account" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p className="account-email">{account.email}</p>
      <p>
        {accountState(account)}
        {account.administrator ? "; system administrator" : ""}
        {account.totpEnabled ? "; uses a second factor" : ""}.
      </p>
      {done === null ? null : <Success>{done}</Success>}
      {temporary === null ? null : <TemporaryPassword name={name} password={temporary} />}
      {general === null ? null : <ErrorNotice error={general} what="Not done" />}
      {account.memberships.length === 0 ? (
        <p>No roles.</p>
      ) : (
        <ul className="account-roles" aria-label={`Roles of ${name}`}>
          {account.memberships.map((m) => (
            <li key={m.id}>
              {m.roleTitle}, {m.organizationName}
              {m.schoolName === null ? "" : ` (${m.schoolName})`}{" "}
              <button type="button" className="link-button" disabled={busy} onClick={() => void revoke(m.id, m.roleTitle)}>
                Take away<span className="visually-hidden"> the role {m.roleTitle} of {name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <form onSubmit={grant} noValidate className="users-form" aria-label={`Give ${name} a role`}>
          <RoleFields draft={role} onChange={setRole} choices={choices} error={error} pathPrefix="" optional={false} />
          <div className="account-actions">
            <button type="submit" disabled={busy}>
              Give the role
            </button>
            <button type="button" className="secondary" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {asking === null ? (
        <div className="account-actions">
          {adding ? null : (
            <button type="button" className="secondary" onClick={() => setAdding(true)}>
              Give a role<span className="visually-hidden"> to {name}</span>
            </button>
          )}
          {isSelf || account.disabled ? null : (
            <button type="button" className="secondary" onClick={() => setAsking("reset")}>
              Reset the password<span className="visually-hidden"> of {name}</span>
            </button>
          )}
          {isSelf ? null : account.disabled ? (
            <button type="button" className="secondary" disabled={busy} onClick={() => void setDisabled(false)}>
              Enable<span className="visually-hidden"> {name}</span>
            </button>
          ) : (
            <button type="button" className="secondary" onClick={() => setAsking("disable")}>
              Disable<span className="visually-hidden"> {name}</span>
            </button>
          )}
        </div>
      ) : (
        <div role="group" aria-label={asking === "disable" ? `Disable ${name}?` : `Reset the password of ${name}?`} className="confirm">
          <p>
            {asking === "disable"
              ? `Disable ${name}? They are signed out at once and cannot sign in until the account is enabled again. Their history stays.`
              : `Give ${name} a new temporary password? Their current password stops working and they are signed out.`}
          </p>
          <button type="button" disabled={busy} onClick={() => void (asking === "disable" ? setDisabled(true) : reset())}>
            {asking === "disable" ? "Yes, disable" : "Yes, reset"}
          </button>
          <button type="button" className="secondary" onClick={() => setAsking(null)}>
            {asking === "disable" ? "Keep the account active" : "Keep the password"}
          </button>
        </div>
      )}
    </li>
  );
}
