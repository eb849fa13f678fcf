import { useCallback, useMemo, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { useSession } from "../../app/session.tsx";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading } from "../../components/Notices.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { exportPath, filtersFromSearch, hasFilters, listPath, searchOf, type ListFilters } from "./list-query.ts";
import { OfficerFilters, type Organization, type School } from "./OfficerFilters.tsx";
import { OfficerTable, sortDescription } from "./OfficerTable.tsx";
import { PrintableOfficers } from "./PrintableOfficers.tsx";
import { useStatusPages } from "./use-status-pages.ts";
import { addOfficerAbility, OfficerForm, type OfficerDetails } from "../officer/OfficerForm.tsx";
import "./officers.css";

/** The filters' choices: every organization and school in one request each (the API's largest page). */
const ALL = 10_000;

function count(n: number): string {
  return `${n.toLocaleString("en-US")} officer${n === 1 ? "" : "s"}`;
}

/**
 * Every officer the signed-in person may see, with the status the API computed, searchable,
 * filterable and sortable, the state in the address; a download of exactly the rows shown; a print
 * of every row (PrintableOfficers); an officer added where the session's abilities allow it.
 */
export default function OfficersPage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const change = useCallback(
    (next: Partial<ListFilters>) => {
      const s = searchOf({ ...filters, ...next });
      navigate(s === "" ? "/officers" : `/officers?${s}`);
    },
    [filters, navigate],
  );
  const [generation, setGeneration] = useState(0);
  const { list, current, error } = useStatusPages(listPath(filters), generation);
  const [printing, setPrinting] = useState(false);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<OfficerDetails | null>(null);
  const ability = addOfficerAbility(useSession().state?.user);
  // Names of organizations and schools are public data: the filters' choices, no purpose needed.
  const organizations = useApi<{ items: Organization[] }>(`/api/v1/organizations?limit=${ALL}`);
  const schools = useApi<{ items: School[] }>(`/api/v1/schools?limit=${ALL}`);

  const filtered = hasFilters(filters);
  const summary = list === null ? "" : `${count(list.total)}${filtered ? " match the search and filters" : ""}, ordered by ${sortDescription(filters.sort, filters.order)}.`;
  if (printing) {
    return (
      <>
        <PageHeading title="Officers, for printing">Officers</PageHeading>
        <PrintableOfficers path={listPath(filters)} description={`${filtered ? "matching the search and filters, " : ""}ordered by ${sortDescription(filters.sort, filters.order)}`} onClose={() => setPrinting(false)} />
      </>
    );
  }
  return (
    <>
      <PageHeading title="Officers">Officers</PageHeading>
      <p className="officers-intro">The officers you may see, with the training status the rules engine computed. Open an officer for the reasons behind the status.</p>
      {added === null ? null : (
        <p role="status" className="notice notice-ok">
          {added.lastName}, {added.firstName} is added. <Link href={`/officers/${added.id}`}>Open their page</Link> to record their assignments and training.
        </p>
      )}
      {ability.may && !adding ? (
        <p className="no-print">
          <button
            type="button"
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            Add an officer
          </button>
        </p>
      ) : null}
      {ability.may && adding ? (
        <OfficerForm
          officer={null}
          agencies={ability.agencies}
          onCancel={() => setAdding(false)}
          onSaved={(officer) => {
            setAdding(false);
            setAdded(officer);
            setGeneration((g) => g + 1);
          }}
        />
      ) : null}
      <OfficerFilters filters={filters} onChange={change} organizations={organizations.data?.items ?? []} schools={schools.data?.items ?? []} />
      {organizations.status === "error" ? <ErrorNotice error={organizations.error} what="The agency and district filters are unavailable" /> : null}
      <div className="officers-toolbar">
        <p role="status" className="officers-count">
          {current ? summary : list === null ? "" : "Updating the list…"}
        </p>
        {list !== null && list.total > 0 ? (
          <p className="officers-export">
            <span id="officers-export-label">Download or print these {count(list.total)}:</span>{" "}
            <a className="button secondary" href={exportPath(filters, "csv")} download aria-describedby="officers-export-label">
              CSV
            </a>{" "}
            <a className="button secondary" href={exportPath(filters, "xlsx")} download aria-describedby="officers-export-label">
              Excel (XLSX)
            </a>{" "}
            <button type="button" className="secondary" onClick={() => setPrinting(true)} aria-describedby="officers-export-label">
              Print
            </button>
          </p>
        ) : null}
      </div>
      {error === null ? null : <ErrorNotice error={error} what="The list could not be loaded" />}
      {list === null && error === null ? <Loading what="the officers" /> : null}
      {list !== null && list.total > 0 ? (
        <p className="print-only">This printout holds only the rows that were on the screen. To print all {count(list.total)}, use the list's Print button.</p>
      ) : null}
      {list === null ? null : list.total === 0 ? (
        <p className="notice notice-info">{filtered ? "No officer matches the search and filters." : "There is no officer for you to see yet."}</p>
      ) : (
        <OfficerTable count={list.total} rowAt={list.rowAt} onRange={list.need} sort={filters.sort} order={filters.order} onSort={(sort, order) => change({ sort, order })} busy={!current} caption={`Officers, ordered by ${sortDescription(filters.sort, filters.order)}`} />
      )}
    </>
  );
}
