import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { Link } from "wouter";
import type { Schemas } from "../../api/typed.ts";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { PATHS, type Order, type Sort } from "./list-query.ts";

/** One row of GET /api/v1/statuses, as the API computed it. */
/** A row of the officers list: the fields of the API's list item the table shows (the schools served now, by name). */
export type StatusRow = Pick<Schemas["StatusListItem"], "officerId" | "name" | "postLicense" | "agencyName" | "headline" | "headlineLabel" | "path" | "actionDueOn" | "schools">;

const PATH_WORDS = new Map(PATHS.map((p) => [p.value, p.label.replace(/ \(.*\)$/, "")]));

/** A training path in words ("None" when the engine set none). */
export function pathWords(path: string | null): string {
  return path === null ? "None" : (PATH_WORDS.get(path) ?? path);
}

/** The schools an officer serves, by name ("None" when they serve none now). */
export function schoolWords(schools: readonly { name: string }[] | undefined): string {
  return schools === undefined || schools.length === 0 ? "None" : schools.map((x) => x.name).join(", ");
}

/** A column the API can order by, and the words for what that order means. */
const SORTABLE: Record<Sort, { column: string; asc: string; desc: string }> = {
  action: { column: "Status", asc: "who needs action first", desc: "who needs action last" },
  name: { column: "Officer", asc: "name", desc: "name, Z to A" },
  dueOn: { column: "Action due", asc: "earliest date first", desc: "latest date first" },
};

export function sortDescription(sort: Sort, order: Order = "asc"): string {
  return SORTABLE[sort][order];
}

/** A guess for a row's height before it is measured (one line of text and a badge). */
const ROW_HEIGHT = 42;

/**
 * The officers as a real table (caption, column headers, a row header per officer) that renders only
 * the rows near the viewport: aria-rowcount gives the full count and aria-rowindex each rendered
 * row's place, and two spacer rows hidden from assistive technology keep the scroll height. The
 * page scrolls (not a box inside it), so it works the same at 200 % zoom and on a phone.
 */
export interface OfficerTableProps {
  /** How many officers the list holds (all of them, loaded or not). */
  count: number;
  /** The officer at a place in the list, or undefined while its page is on its way. */
  rowAt: (index: number) => StatusRow | undefined;
  /** Asks for the rows first…last (those near the viewport) to be loaded. */
  onRange?: (first: number, last: number) => void;
  sort: Sort;
  order: Order;
  /** A header's button: its column, ascending — or, on the column already sorted, the other way round. */
  onSort: (sort: Sort, order: Order) => void;
  busy: boolean;
  caption: string;
}

/** Rows asked for beyond the rendered ones, so that scrolling rarely meets a row still loading. */
const PREFETCH_ROWS = 100;

export function OfficerTable({ count, rowAt, onRange, sort, order, onSort, busy, caption }: OfficerTableProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  // Where the rows begin on the page: the filters above may change height (a notice, wrapping).
  useLayoutEffect(() => {
    const top = (bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - offset) > 1) setOffset(top);
  });
  const virtualizer = useWindowVirtualizer({ count, getItemKey: (i) => rowAt(i)?.officerId ?? `row-${i}`, estimateSize: () => ROW_HEIGHT, overscan: 12, scrollMargin: offset });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? (items[0]?.start ?? 0) - offset : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) + offset : 0;
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    onRange?.(first - PREFETCH_ROWS, last + PREFETCH_ROWS);
  }, [first, last, onRange]);

  const header = (sortKey: Sort) => {
    const active = sort === sortKey;
    return (
      <th scope="col" aria-sort={active ? (order === "desc" ? "descending" : "ascending") : "none"}>
        <button type="button" className="sort-button" onClick={() => onSort(sortKey, active && order === "asc" ? "desc" : "asc")} aria-describedby="officers-sort-hint">
          {SORTABLE[sortKey].column}
          <span aria-hidden="true" className="sort-mark">
            {active ? (order === "desc" ? " ▼" : " ▲") : " ↕"}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll officers-table-scroll" role="region" aria-labelledby="officers-caption" tabIndex={0}>
      <p id="officers-sort-hint" hidden>
        Sorts the list by this column; again, the other way round.
      </p>
      <table className="officers-table" aria-rowcount={count + 1} aria-busy={busy || undefined}>
        <caption id="officers-caption" className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {header("name")}
            <th scope="col">POST license</th>
            <th scope="col">Agency</th>
            <th scope="col">School</th>
            {header("action")}
            <th scope="col">Training path</th>
            {header("dueOn")}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={7} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rowAt(item.index);
            if (row === undefined) {
              return (
                <tr key={item.key} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2} className="loading-row">
                  <td colSpan={7}>Loading officer {(item.index + 1).toLocaleString("en-US")}…</td>
                </tr>
              );
            }
            return (
              <tr key={row.officerId} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                <th scope="row">
                  <Link href={`/officers/${row.officerId}`}>{row.name}</Link>
                </th>
                <td>{row.postLicense}</td>
                <td>{row.agencyName}</td>
                <td>{row.schools.length === 0 ? <span className="muted">None</span> : schoolWords(row.schools)}</td>
                <td>
                  <StatusBadge headline={row.headline} />
                </td>
                <td>{row.path === null ? <span className="muted">None</span> : pathWords(row.path)}</td>
                <td>{row.actionDueOn === null ? <span className="muted">None</span> : <time dateTime={row.actionDueOn}>{row.actionDueOn}</time>}</td>
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={7} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
