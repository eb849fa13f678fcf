import type { Schemas } from "../../api/typed.ts";
import { useEffect, useRef, useState } from "react";
import { getJson, type ApiError } from "../../api/client.ts";
import { asApiError } from "../../components/FormField.tsx";
import { ErrorNotice, Loading } from "../../components/Notices.tsx";
import { pathWords, schoolWords, type StatusRow } from "./OfficerTable.tsx";

/**
 * The officers list for paper: every row of the current filters in a plain table (the screen's table
 * renders only the rows near the viewport, so printing it would print a few). The rows are fetched in
 * the API's largest pages, then the browser's print dialog opens by itself; the print stylesheet
 * (styles.css, "Print") leaves out the navigation and every button (docs/decisions/0020).
 */
const PAGE = 10_000;

type Answer = Schemas["StatusList"];

async function everyRow(path: string, signal: AbortSignal): Promise<{ asOf: string; rows: StatusRow[] }> {
  const rows: StatusRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const answer = await getJson<Answer>(`${path}${path.includes("?") ? "&" : "?"}limit=${PAGE}&offset=${offset}`, { signal });
    rows.push(...answer.items);
    if (answer.items.length < PAGE || rows.length >= answer.total) return { asOf: answer.asOf, rows };
  }
}

export function PrintableOfficers({ path, description, onClose }: { path: string; description: string; onClose: () => void }) {
  const [list, setList] = useState<{ asOf: string; rows: StatusRow[] } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const printed = useRef(false);
  useEffect(() => {
    const controller = new AbortController();
    everyRow(path, controller.signal).then(setList, (e: unknown) => {
      if (!controller.signal.aborted) setError(asApiError(e));
    });
    return () => controller.abort();
  }, [path]);
  // Once every row is on the page (after the render that put them there), open the print dialog once.
  useEffect(() => {
    if (list === null || printed.current) return;
    printed.current = true;
    window.print();
  }, [list]);

  return (
    <div className="printable-officers">
      <div className="no-print print-toolbar">
        <button type="button" onClick={() => window.print()} disabled={list === null}>
          Print again
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Back to the list
        </button>
      </div>
      {error === null ? null : <ErrorNotice error={error} what="The list could not be loaded for printing" />}
      {list === null && error === null ? <Loading what="every officer for printing" /> : null}
      {list === null ? null : (
        <>
          <p className="print-summary" role="status">
            {list.rows.length.toLocaleString("en-US")} officer{list.rows.length === 1 ? "" : "s"}, {description}, as of {list.asOf}.
          </p>
          <table className="print-table">
            <caption className="visually-hidden">Every officer of the list, for printing</caption>
            <thead>
              <tr>
                <th scope="col">Officer</th>
                <th scope="col">POST license</th>
                <th scope="col">Agency</th>
                <th scope="col">School</th>
                <th scope="col">Status</th>
                <th scope="col">Training path</th>
                <th scope="col">Action due</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.officerId}>
                  <th scope="row">{row.name}</th>
                  <td>{row.postLicense}</td>
                  <td>{row.agencyName}</td>
                  <td>{schoolWords(row.schools)}</td>
                  <td>{row.headlineLabel}</td>
                  <td>{pathWords(row.path)}</td>
                  <td>{row.actionDueOn ?? "None"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
