import type { Schemas } from "../../api/typed.ts";
import { useEffect, useState } from "react";
import { getJson } from "../../api/client.ts";
import { useApi } from "../../app/use-api.ts";
import { useSession } from "../../app/session.tsx";
import { ErrorNotice, Loading, Success } from "../../components/Notices.tsx";
import { formatDay, PURPOSE, type Assignment, type Page } from "./model.ts";
import { addOfficerAbility, OfficerForm, type AgencyChoice, type OfficerDetails } from "./OfficerForm.tsx";

/** The role of an assignment in a chief's words, never the API's value. */
const ROLE_WORDS: Record<Assignment["role"], string> = { REGULAR: "Regular SRO", SUBSTITUTE: "Substitute SRO" };

interface Place {
  school: string;
  district: string;
}

/** Names of organizations and schools are public data: read one by one (an officer has few). */
function usePlaces(schoolIds: readonly string[]): ReadonlyMap<string, Place> {
  const [places, setPlaces] = useState<ReadonlyMap<string, Place>>(new Map());
  const key = [...new Set(schoolIds)].sort().join(",");
  useEffect(() => {
    if (key === "") return;
    const controller = new AbortController();
    const signal = controller.signal;
    Promise.all(
      key.split(",").map(async (id): Promise<[string, Place]> => {
        try {
          const school = await getJson<Schemas["School"]>(`/api/v1/schools/${id}`, { signal });
          const district = await getJson<Schemas["Organization"]>(`/api/v1/organizations/${school.organizationId}`, { signal }).catch(() => ({ name: "" }));
          return [id, { school: school.name, district: district.name }];
        } catch {
          return [id, { school: "A school not shown", district: "" }];
        }
      }),
    )
      .then((pairs) => {
        if (!signal.aborted) setPlaces(new Map(pairs));
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [key]);
  return places;
}

/** Whether an assignment runs on the day (its first and last days included). */
function runsOn(a: Assignment, day: string): boolean {
  return a.startOn <= day && (a.endOn === null || a.endOn >= day);
}

/**
 * Who the officer works for and where: the employing agency, the schools served on the page's date,
 * and every assignment (school, district, role, first and last day). The officer's details can be
 * corrected here when the record's `actions` say the reader may update it (the API decides).
 */
export function AssignmentsPanel({ officerId, asOf, onChanged }: { officerId: string; asOf: string; onChanged: () => void }) {
  const officer = useApi<OfficerDetails>(`/api/v1/officers/${officerId}`, { purpose: PURPOSE });
  const agency = useApi<{ name: string }>(officer.status === "ok" ? `/api/v1/organizations/${officer.data.agencyId}` : null);
  const assignments = useApi<Page<Assignment>>(`/api/v1/assignments?officerId=${officerId}&limit=10000`, { purpose: PURPOSE });
  const items = assignments.data?.items ?? [];
  const places = usePlaces(items.map((a) => a.schoolId));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const user = useSession().state?.user;

  const mayUpdate = officer.status === "ok" && (officer.data.actions ?? []).includes("update");
  const agencyName = agency.status === "ok" ? agency.data.name : null;
  // A correction may keep the agency or move the officer to one where the reader may add officers.
  const agencies: AgencyChoice[] = officer.status === "ok" ? [{ id: officer.data.agencyId, name: agencyName ?? "The current agency" }, ...addOfficerAbility(user).agencies.filter((a) => a.id !== officer.data.agencyId)] : [];
  const current = [...new Map(items.filter((a) => runsOn(a, asOf)).map((a) => [a.schoolId, places.get(a.schoolId)?.school ?? "…"])).values()];

  return (
    <section className="officer-section officer-assignments" aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">Agency and assignments</h2>
      {officer.status === "error" ? <ErrorNotice error={officer.error} what="The officer's details could not be shown" /> : null}
      <dl className="facts">
        <div className="fact">
          <dt>Employing agency</dt>
          <dd>{agencyName ?? (agency.status === "error" ? "Not shown" : "…")}</dd>
        </div>
        <div className="fact">
          <dt>Schools served on {formatDay(asOf)}</dt>
          <dd>{assignments.status !== "ok" ? "…" : current.length === 0 ? "None" : current.join(", ")}</dd>
        </div>
      </dl>
      {saved ? <Success>The officer's details are saved.</Success> : null}
      {mayUpdate && !editing ? (
        <p className="no-print">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Correct the officer's details
          </button>
        </p>
      ) : null}
      {mayUpdate && editing && officer.status === "ok" ? (
        <OfficerForm
          officer={officer.data}
          agencies={agencies}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
            officer.reload();
            onChanged();
          }}
        />
      ) : null}
      <h3>Assignments</h3>
      {assignments.status === "loading" ? <Loading what="the assignments" /> : null}
      {assignments.status === "error" ? <ErrorNotice error={assignments.error} what="The assignments could not be shown" /> : null}
      {assignments.status === "ok" && items.length === 0 ? <p>No assignment to a school is on record.</p> : null}
      {items.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby="assignments-caption" tabIndex={0}>
          <table>
            <caption id="assignments-caption" className="visually-hidden">
              The officer's assignments to schools
            </caption>
            <thead>
              <tr>
                <th scope="col">School</th>
                <th scope="col">District</th>
                <th scope="col">Role</th>
                <th scope="col">First day</th>
                <th scope="col">Last day</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{places.get(a.schoolId)?.school ?? "…"}</th>
                  <td>{places.get(a.schoolId)?.district ?? "…"}</td>
                  <td>{ROLE_WORDS[a.role]}</td>
                  <td>
                    <time dateTime={a.startOn}>{formatDay(a.startOn)}</time>
                  </td>
                  <td>{a.endOn === null ? "Still assigned" : <time dateTime={a.endOn}>{formatDay(a.endOn)}</time>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
