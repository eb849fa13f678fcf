import type { Answer } from "../../api/typed.ts";
import { useState, type SubmitEvent } from "react";
import { ApiError, sendJson } from "../../api/client.ts";
import { asApiError, errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice } from "../../components/Notices.tsx";
import type { Choices } from "./model.ts";
import { EMPTY_ROLE, RoleFields, roleInput, type RoleDraft } from "./RoleFields.tsx";
import { TemporaryPassword } from "./TemporaryPassword.tsx";

/**
 * A new account (POST /api/v1/users) with a temporary password the server makes and shows once
 * (no mail yet: docs/decisions/0019-user-administration.md), and optionally a first role.
 */
export function AddUserForm({ choices, onAdded }: { choices: Choices; onAdded: () => void }) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<RoleDraft>(EMPTY_ROLE);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const membership = roleInput(role, choices);
      const answer = await sendJson<Answer<"/api/v1/users", "post">>("POST", "/api/v1/users", {
        email: email.trim(), displayName: name.trim(), temporaryPassword: true, memberships: membership === null ? [] : [membership],
      });
      setCreated({ name: name.trim(), password: answer?.temporaryPassword ?? "" });
      setName("");
      setEmail("");
      setRole(EMPTY_ROLE);
      onAdded();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const general = unplacedError(error, ["/displayName", "/email", "/memberships/0/organizationId", "/memberships/0/role", "/memberships/0/schoolId"]);
  return (
    <section aria-labelledby="add-person">
      <h2 id="add-person">Add a person</h2>
      {created === null ? null : <TemporaryPassword name={created.name} password={created.password} />}
      <form onSubmit={(e) => void submit(e)} noValidate className="users-form">
        {general === null ? null : <ErrorNotice error={general} what="Not added" />}
        <FormField label="Name" error={errorAt(error, "/displayName")}>
          {(control) => <input {...control} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} required />}
        </FormField>
        <FormField label="Email" hint="They sign in with it." error={errorAt(error, "/email")}>
          {(control) => <input {...control} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} required />}
        </FormField>
        <RoleFields draft={role} onChange={setRole} choices={choices} error={error} pathPrefix="/memberships/0" optional />
        <button type="submit" disabled={busy}>
          Add the person
        </button>
      </form>
    </section>
  );
}
