import { describe, expect, it } from "vitest";
import { exportPath, filtersFromSearch, hasFilters, listPath, NO_FILTERS, searchOf } from "./list-query.ts";

const AGENCY = "0b1e4c7a-1d2e-4f3a-9b8c-7d6e5f4a3b2c";

describe("the officers list's state in the address", () => {
  it("reads a dashboard link and keeps only what differs from no filter when written back", () => {
    const filters = filtersFromSearch("?status=OVERDUE&agency=" + AGENCY.toUpperCase() + "&q=%20Ana%20&sort=name");
    expect(filters).toEqual({ ...NO_FILTERS, status: "OVERDUE", agency: AGENCY, q: " Ana ", sort: "name" });
    expect(searchOf(filters)).toBe(`status=OVERDUE&agency=${AGENCY}&q=Ana&sort=name`);
    expect(searchOf(NO_FILTERS)).toBe("");
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters({ ...NO_FILTERS, sort: "dueOn" })).toBe(false);
  });

  it("ignores what a mangled link holds rather than failing: unknown status, path, sort, non-ids", () => {
    expect(filtersFromSearch("?status=LATE&path=NONE&sort=agency&school=42&district=%27;drop")).toEqual(NO_FILTERS);
    expect(filtersFromSearch(`?q=${"x".repeat(150)}`).q).toHaveLength(100);
  });

  it("asks the API for the same list, and the export for the same rows", () => {
    const filters = { ...NO_FILTERS, status: "DUE_SOON" as const, path: "GRACE", q: "123" };
    expect(listPath(filters)).toBe("/api/v1/statuses?headline=DUE_SOON&path=GRACE&q=123&sort=action");
    expect(exportPath(filters, "xlsx")).toBe("/api/v1/statuses/export?format=xlsx&headline=DUE_SOON&path=GRACE&q=123&sort=action");
  });

  it("keeps a descending order in the address and asks the API for it; ascending is the default and left out", () => {
    const filters = filtersFromSearch("?sort=dueOn&order=desc");
    expect(filters).toEqual({ ...NO_FILTERS, sort: "dueOn", order: "desc" });
    expect(searchOf(filters)).toBe("sort=dueOn&order=desc");
    expect(listPath(filters)).toBe("/api/v1/statuses?sort=dueOn&order=desc");
    expect(filtersFromSearch("?order=sideways").order).toBe("asc");
  });
});
