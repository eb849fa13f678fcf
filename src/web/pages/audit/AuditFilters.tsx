import { useState } from "react";
import type { ApiError } from "../../api/client.ts";
import { errorAt, FormField } from "../../components/FormField.tsx";
import { capitalized, groupedTypes, NO_FILTERS, type AuditFilters as Filters, type Vocabulary } from "./model.ts";

/**
 * The trail's filters, each a labelled control: a date range, what happened, who, the organization
 * and the kind of record (with its id). They apply when the form is sent; the API judges each value
 * and its error lands beside the field it names.
 */
export function AuditFilters({ applied, vocabulary, error, onApply }: { applied: Filters; vocabulary: Vocabulary; error: ApiError | null; onApply: (filters: Filters) => void }) {
  const [draft, setDraft] = useState<Filters>(applied);
  const set = (key: Exclude<keyof Filters, "order">) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  return (
    <form
      role="search"
      aria-label="Filter the audit trail"
      className="audit-filters"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <FormField label="From" hint="The first day, included." error={errorAt(error, "/from")}>
        {(control) => <input {...control} type="date" value={draft.from} onChange={set("from")} />}
      </FormField>
      <FormField label="To" hint="The last day, included." error={errorAt(error, "/to")}>
        {(control) => <input {...control} type="date" value={draft.to} onChange={set("to")} />}
      </FormField>
      <FormField label="What happened" error={errorAt(error, "/type")}>
        {(control) => (
          <select {...control} value={draft.type} onChange={set("type")}>
            <option value="">Anything</option>
            {groupedTypes(vocabulary).map((g) => (
              <optgroup key={g.group} label={g.group}>
                {g.types.map((t) => (
                  <option key={t.type} value={t.type}>
                    {capitalized(t.sentence)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Who" hint="A part of the person's name." error={errorAt(error, "/actor")}>
        {(control) => <input {...control} type="search" value={draft.actor} maxLength={200} autoComplete="off" onChange={set("actor")} />}
      </FormField>
      <FormField label="Organization" error={errorAt(error, "/organizationId")}>
        {(control) => (
          <select {...control} value={draft.organizationId} onChange={set("organizationId")}>
            <option value="">{vocabulary.shows === "all" ? "Any organization, or none" : "Any of yours"}</option>
            {vocabulary.organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Kind of record" error={errorAt(error, "/entity")}>
        {(control) => (
          <select {...control} value={draft.entity} onChange={set("entity")}>
            <option value="">Any</option>
            {vocabulary.entities.map((e) => (
              <option key={e.entity} value={e.entity}>
                {capitalized(e.words)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Record number" hint="The record's id, as an export shows it." error={errorAt(error, "/entityId")}>
        {(control) => <input {...control} value={draft.entityId} maxLength={60} autoComplete="off" spellCheck={false} onChange={set("entityId")} />}
      </FormField>
      <FormField label="Order">
        {(control) => (
          <select {...control} value={draft.order} onChange={(e) => setDraft((d) => ({ ...d, order: e.target.value === "oldest" ? "oldest" : "newest" }))}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        )}
      </FormField>
      <div className="audit-filter-actions">
        <button type="submit">Show events</button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setDraft(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          Clear the filters
        </button>
      </div>
    </form>
  );
}
