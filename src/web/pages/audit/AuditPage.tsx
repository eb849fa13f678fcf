import { useState } from "react";
import { useUser } from "../../app/session.tsx";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading } from "../../components/Notices.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { AuditFilters } from "./AuditFilters.tsx";
import { AuditTable } from "./AuditTable.tsx";
import { exportPath, FILTER_PATHS, NO_FILTERS, pagePath, type AuditFilters as Filters, type Vocabulary } from "./model.ts";
import { useEvents } from "./use-events.ts";
import { VerifySection } from "./VerifySection.tsx";
import "./audit.css";

/** Events per page of the table. */
const LIMIT = 50;

/**
 * The audit trail, for whoever the server lets read it (the administrator: all of it; an auditor:
 * their organizations' events): verify the chain, filter, read a page at a time, and download what
 * the filters match. What is shown and what may be verified is the server's answer (`user.may`, the
 * vocabulary's `shows`), never a role named here. Issue 11, item 5; decision 0018.
 */
export default function AuditPage() {
  const user = useUser();
  const vocabulary = useApi<Vocabulary>("/api/v1/audit/vocabulary");
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // The cursor of each page read so far (null: the first): Previous goes back one, Next adds the page's `next`.
  const [cursors, setCursors] = useState<(number | null)[]>([null]);
  const cursor = cursors.at(-1) ?? null;
  // The order and first row of the rows shown, kept with them (a new page may still be on its way).
  const [shownAs, setShownAs] = useState<{ order: Filters["order"]; first: number }>({ order: NO_FILTERS.order, first: 1 });
  const path = vocabulary.status === "ok" ? pagePath(filters, cursor, LIMIT) : null;
  const events = useEvents(path);
  const current = events.shown?.path === path ? events.shown : null;
  const wanted = { order: filters.order, first: (cursors.length - 1) * LIMIT + 1 };
  if (current !== null && (shownAs.order !== wanted.order || shownAs.first !== wanted.first)) setShownAs(wanted);

  const heading = <PageHeading title="Audit trail">Audit trail</PageHeading>;
  if (vocabulary.status === "error") {
    return (
      <>
        {heading}
        <ErrorNotice error={vocabulary.error} what="The audit trail could not be opened" />
      </>
    );
  }
  if (vocabulary.status === "loading") {
    return (
      <>
        {heading}
        <Loading what="the audit trail" />
      </>
    );
  }
  const words = vocabulary.data;
  const error = events.error;
  const filterError = error !== null && error.status === 400 && error.path !== undefined && (FILTER_PATHS as readonly string[]).includes(error.path) ? error : null;
  const shown = events.shown?.page ?? null;
  const apply = (next: Filters) => {
    setFilters(next);
    setCursors([null]);
  };
  return (
    <>
      {heading}
      <p className="audit-intro">
        Everything the system records: who signed in, read, added, changed, removed or exported what, and when.{" "}
        {words.shows === "all" ? "You read every event." : `You read the events of the organizations assigned to you: ${words.organizations.map((o) => o.name).join(", ")}.`} Each
        page you read and each download is itself recorded, with its purpose.
      </p>
      {user.may.verifyAuditTrail ? <VerifySection /> : null}

      <section aria-labelledby="filter-heading">
        <h2 id="filter-heading">Find events</h2>
        <AuditFilters applied={filters} vocabulary={words} error={filterError} onApply={apply} />
      </section>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        {error !== null && filterError === null ? <ErrorNotice error={error} what="The events could not be read" /> : null}
        {filterError !== null ? <p>Correct the filter marked above to see events.</p> : null}
        {shown === null && error === null ? <Loading what="the events" /> : null}
        {shown !== null && error === null ? (
          <>
            <p className="audit-toolbar">
              <span id="audit-export-label">Download every event these filters match (oldest first):</span>
              <a className="button secondary" href={exportPath(filters, "csv")} download aria-describedby="audit-export-label">
                CSV
              </a>
              <a className="button secondary" href={exportPath(filters, "json")} download aria-describedby="audit-export-label">
                JSON
              </a>
            </p>
            {shown.items.length === 0 ? (
              <p role="status">{events.busy ? "Reading the events…" : "No event matches these filters."}</p>
            ) : (
              <AuditTable page={shown} vocabulary={words} first={current === null ? shownAs.first : wanted.first} order={current === null ? shownAs.order : wanted.order} busy={events.busy} />
            )}
            <nav aria-label="Pages of events" className="audit-pager">
              <button type="button" className="secondary" disabled={cursors.length === 1 || events.busy} onClick={() => setCursors((c) => c.slice(0, -1))}>
                Previous page
              </button>
              <button
                type="button"
                className="secondary"
                disabled={current === null || current.page.next === null}
                onClick={() => {
                  const next = current?.page.next ?? null;
                  if (next !== null) setCursors((c) => [...c, next]);
                }}
              >
                Next page
              </button>
            </nav>
          </>
        ) : null}
      </section>
    </>
  );
}
