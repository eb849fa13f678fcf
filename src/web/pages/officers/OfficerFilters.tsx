import { useEffect, useId, useRef, useState } from "react";
import { HEADLINE_LABELS, HEADLINES } from "../../components/StatusBadge.tsx";
import { hasFilters, PATHS, type ListFilters } from "./list-query.ts";

export interface Organization {
  id: string;
  kind: "AGENCY" | "DISTRICT" | "CHARTER_SCHOOL";
  name: string;
}

export interface School {
  id: string;
  organizationId: string;
  name: string;
}

/** How long typing pauses before the search applies (one request per pause, not per key). */
const SEARCH_PAUSE_MS = 300;

/**
 * The list's search and filters, each a labelled control. A choice applies at once (a new entry in
 * the browser's history, so Back undoes it); the search applies when typing pauses or on Enter.
 */
export function OfficerFilters({ filters, onChange, organizations, schools }: { filters: ListFilters; onChange: (next: Partial<ListFilters>) => void; organizations: readonly Organization[]; schools: readonly School[] }) {
  const id = useId();
  const [text, setText] = useState(filters.q);
  // The address may change the search from outside (Back, a link): show what it holds then, but
  // never overwrite what is being typed with the value this field itself just applied.
  const applied = useRef(filters.q);
  useEffect(() => {
    if (filters.q !== applied.current) {
      applied.current = filters.q;
      setText(filters.q);
    }
  }, [filters.q]);
  const apply = (q: string) => {
    if (q.trim() === applied.current.trim()) return;
    applied.current = q.trim();
    onChange({ q: q.trim() });
  };
  useEffect(() => {
    const timer = window.setTimeout(() => apply(text), SEARCH_PAUSE_MS);
    return () => window.clearTimeout(timer);
  });

  const agencies = organizations.filter((o) => o.kind === "AGENCY");
  const districts = organizations.filter((o) => o.kind !== "AGENCY");
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const shownSchools = filters.district === "" ? schools : schools.filter((s) => s.organizationId === filters.district);

  return (
    <form
      role="search"
      aria-label="Search and filter officers"
      className="officer-filters"
      onSubmit={(event) => {
        event.preventDefault();
        apply(text);
      }}
    >
      <div className="field officer-search">
        <label htmlFor={`${id}-q`}>Search by name or POST license</label>
        <input id={`${id}-q`} type="search" value={text} maxLength={100} autoComplete="off" onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={filters.status} onChange={(e) => onChange({ status: e.target.value as ListFilters["status"] })}>
          <option value="">Any status</option>
          {HEADLINES.map((h) => (
            <option key={h} value={h}>
              {HEADLINE_LABELS[h]}
            </option>
          ))}
        </select>
      </div>
      {agencies.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-agency`}>Agency</label>
          <select id={`${id}-agency`} value={filters.agency} onChange={(e) => onChange({ agency: e.target.value })}>
            <option value="">Any agency</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {districts.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-district`}>School district</label>
          <select
            id={`${id}-district`}
            value={filters.district}
            aria-describedby={`${id}-district-hint`}
            // A school of another district would match nobody: choosing a district clears it.
            onChange={(e) => onChange({ district: e.target.value, school: schools.some((s) => s.id === filters.school && s.organizationId === e.target.value) ? filters.school : "" })}
          >
            <option value="">Any district</option>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          <p id={`${id}-district-hint`} className="hint">
            Statuses under that district's own policy.
          </p>
        </div>
      ) : null}
      {shownSchools.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-school`}>School</label>
          <select id={`${id}-school`} value={filters.school} onChange={(e) => onChange({ school: e.target.value })}>
            <option value="">Any school</option>
            {shownSchools.map((s) => (
              <option key={s.id} value={s.id}>
                {filters.district === "" ? `${s.name} (${districtName.get(s.organizationId) ?? "another district"})` : s.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-path`}>Training path</label>
        <select id={`${id}-path`} value={filters.path} onChange={(e) => onChange({ path: e.target.value })}>
          <option value="">Any path</option>
          {PATHS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div className="officer-filter-actions">
        <button type="submit" className="secondary">
          Search
        </button>
        {hasFilters(filters) ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              applied.current = "";
              setText("");
              onChange({ status: "", agency: "", district: "", school: "", path: "", q: "" });
            }}
          >
            Clear filters
          </button>
        ) : null}
      </div>
    </form>
  );
}
