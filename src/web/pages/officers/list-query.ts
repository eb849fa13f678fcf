import { query } from "../../api/client.ts";
import { HEADLINES, type Headline } from "../../../status/headline.ts";

/**
 * The officers list's state as it lives in the address (`/officers?status=OVERDUE&sort=name`), so
 * that a dashboard link opens the list filtered, Back returns to the previous filters, and a link
 * can be shared. Filtering and ordering themselves are the API's (GET /api/v1/statuses): the page
 * only translates between the address and the API's parameters.
 */
export const SORTS = ["action", "name", "dueOn"] as const;
export type Sort = (typeof SORTS)[number];
export const ORDERS = ["asc", "desc"] as const;
export type Order = (typeof ORDERS)[number];

export interface ListFilters {
  status: Headline | "";
  agency: string;
  district: string;
  school: string;
  path: string;
  q: string;
  sort: Sort;
  order: Order;
}

export const NO_FILTERS: ListFilters = { status: "", agency: "", district: "", school: "", path: "", q: "", sort: "action", order: "asc" };

/**
 * The engine's training paths (law.md §4.3), as the API names them, with words for people. Only
 * the filter's choices: which path an officer is on is the engine's answer.
 */
export const PATHS: readonly { value: string; label: string }[] = [
  { value: "STANDARD", label: "Standard (trained before or on assuming the duties)" },
  { value: "GRACE", label: "Grace (employer unable to train in time)" },
  { value: "LEGACY", label: "Legacy (course taken before the mandate)" },
  { value: "INCUMBENT", label: "Incumbent (an SRO before the mandate)" },
  { value: "SUBSTITUTE", label: "Substitute" },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** An id from the address, or nothing: a mangled link shows the whole list rather than an error. */
function id(value: string | null): string {
  return value !== null && UUID.test(value) ? value.toLowerCase() : "";
}

export function filtersFromSearch(search: string): ListFilters {
  const p = new URLSearchParams(search);
  return {
    status: oneOf<Headline | "">(HEADLINES, p.get("status"), ""),
    agency: id(p.get("agency")),
    district: id(p.get("district")),
    school: id(p.get("school")),
    path: oneOf(PATHS.map((x) => x.value), p.get("path"), ""),
    q: (p.get("q") ?? "").slice(0, 100),
    sort: oneOf(SORTS, p.get("sort"), "action"),
    order: oneOf(ORDERS, p.get("order"), "asc"),
  };
}

/** The address's query string (without "?"), keeping only what differs from no filter. */
export function searchOf(filters: ListFilters): string {
  return query({ status: filters.status, agency: filters.agency, district: filters.district, school: filters.school, path: filters.path, q: filters.q.trim(), sort: filters.sort === "action" ? "" : filters.sort, order: filters.order === "asc" ? "" : filters.order }).replace(/^\?/, "");
}

/** The API's parameters for the same list (GET /api/v1/statuses and its export). */
function apiParams(filters: ListFilters) {
  return { headline: filters.status, agencyId: filters.agency, districtId: filters.district, schoolId: filters.school, path: filters.path, q: filters.q.trim(), sort: filters.sort, order: filters.order === "asc" ? "" : filters.order };
}

/** The list (GET /api/v1/statuses) with these filters and this order; use-status-pages.ts adds the paging. */
export function listPath(filters: ListFilters): string {
  return `/api/v1/statuses${query(apiParams(filters))}`;
}

export function exportPath(filters: ListFilters, format: "csv" | "xlsx"): string {
  return `/api/v1/statuses/export${query({ format, ...apiParams(filters) })}`;
}

export function hasFilters(filters: ListFilters): boolean {
  return filters.status !== "" || filters.agency !== "" || filters.district !== "" || filters.school !== "" || filters.path !== "" || filters.q.trim() !== "";
}
