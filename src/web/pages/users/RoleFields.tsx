import type { ApiError } from "../../api/client.ts";
import { errorAt, FormField } from "../../components/FormField.tsx";
import { rolesFor, type Choices } from "./model.ts";

/** A role to give: the organization, then a role that fits it, then (for a principal) the school. */
export interface RoleDraft {
  organizationId: string;
  role: string;
  schoolId: string;
}

export const EMPTY_ROLE: RoleDraft = { organizationId: "", role: "", schoolId: "" };

/** The draft as the API takes it, or null when no organization is chosen. */
export function roleInput(draft: RoleDraft, choices: Choices): { organizationId: string; role: string; schoolId: string | null } | null {
  if (draft.organizationId === "") return null;
  const atSchool = choices.roles.find((r) => r.role === draft.role)?.atSchool === true;
  return { organizationId: draft.organizationId, role: draft.role, schoolId: atSchool && draft.schoolId !== "" ? draft.schoolId : null };
}

export function RoleFields({ draft, onChange, choices, error, pathPrefix, optional }: { draft: RoleDraft; onChange: (d: RoleDraft) => void; choices: Choices; error: ApiError | null; pathPrefix: string; optional: boolean }) {
  const organization = choices.organizations.find((o) => o.id === draft.organizationId);
  const roles = rolesFor(choices.roles, organization);
  const atSchool = roles.find((r) => r.role === draft.role)?.atSchool === true;
  const schools = choices.schools.filter((s) => s.organizationId === draft.organizationId);
  return (
    <>
      <FormField label="Organization" hint={optional ? "Optional: you can give roles later." : undefined} error={errorAt(error, `${pathPrefix}/organizationId`)}>
        {(control) => (
          <select {...control} value={draft.organizationId} onChange={(e) => onChange({ organizationId: e.target.value, role: "", schoolId: "" })}>
            <option value="">{optional ? "No role for now" : "Choose an organization"}</option>
            {choices.organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {organization === undefined ? null : (
        <FormField label="Role" error={errorAt(error, `${pathPrefix}/role`)}>
          {(control) => (
            <select {...control} value={draft.role} onChange={(e) => onChange({ ...draft, role: e.target.value, schoolId: "" })} required>
              <option value="">Choose a role</option>
              {roles.map((r) => (
                <option key={r.role} value={r.role}>
                  {r.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {atSchool ? (
        <FormField label="School" error={errorAt(error, `${pathPrefix}/schoolId`)}>
          {(control) => (
            <select {...control} value={draft.schoolId} onChange={(e) => onChange({ ...draft, schoolId: e.target.value })} required>
              <option value="">Choose a school</option>
              {schools.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
    </>
  );
}
