// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { OfficerTable, type StatusRow } from "./OfficerTable.tsx";

// jsdom lays nothing out: every element measures 0 px, which would make every row "visible". Rows of
// a browser's height let the virtualiser pick the rows of a 768 px window.
const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetHeight");
beforeAll(() => {
  // The virtualiser scrolls the window to keep the rows in place; jsdom has no scrolling.
  window.scrollTo = () => undefined;
  Object.defineProperty(HTMLElement.prototype, "offsetHeight", { configurable: true, get: () => 42 });
});
afterAll(() => {
  if (offsetHeight !== undefined) Object.defineProperty(HTMLElement.prototype, "offsetHeight", offsetHeight);
});
afterEach(cleanup);

function rows(n: number): StatusRow[] {
  return Array.from({ length: n }, (_, i) => ({
    officerId: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    name: `Officer ${i}`,
    postLicense: String(10000 + i),
    agencyName: "Prairie River Police Department",
    headline: i === 0 ? "OVERDUE" : "COMPLIANT",
    headlineLabel: i === 0 ? "Overdue" : "Compliant",
    path: i === 0 ? null : "STANDARD",
    actionDueOn: i === 0 ? "2026-09-01" : null,
    schools: i === 0 ? [{ id: "10000000-0000-4000-8000-000000000000", name: "Prairie River High School", districtId: "20000000-0000-4000-8000-000000000000", districtName: "Prairie River Public Schools" }] : [],
  }));
}

describe("the officers table", () => {
  it("renders a few of many rows while telling assistive technology the whole count and each row's place", () => {
    const all = rows(10_000);
    const onRange = vi.fn();
    render(<OfficerTable count={all.length} rowAt={(i) => all[i]} onRange={onRange} sort="action" order="asc" onSort={() => undefined} busy={false} caption="Officers" />);
    const table = screen.getByRole("table", { name: "Officers" });
    expect(table.getAttribute("aria-rowcount")).toBe("10001");
    const rendered = within(table).getAllByRole("row").filter((r) => r.getAttribute("aria-rowindex") !== null);
    expect(rendered.length).toBeLessThan(100);
    expect(rendered[1]?.getAttribute("aria-rowindex")).toBe("2");
    const first = rendered[1];
    if (first === undefined) throw new Error("no first row");
    expect(within(first).getByRole("link", { name: "Officer 0" }).getAttribute("href")).toBe("/officers/00000000-0000-4000-8000-000000000000");
    // Status in words (and a shape), never by color alone; absent values said in words.
    expect(within(first).getByText("Overdue")).toBeTruthy();
    expect(within(first).getByText("None")).toBeTruthy();
    // The schools the officer serves, by name, in a column of their own.
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toContain("School");
    expect(within(first).getByText("Prairie River High School")).toBeTruthy();
    // It asks for the rows around those rendered, so the next page arrives before it is scrolled to.
    expect(onRange).toHaveBeenLastCalledWith(-100, rendered.length - 2 + 100);
  });

  it("holds the place of a row whose page is still on its way", () => {
    const loaded = rows(1);
    render(<OfficerTable count={5} rowAt={(i) => loaded[i]} sort="action" order="asc" onSort={() => undefined} busy caption="Officers" />);
    expect(screen.getByRole("table").getAttribute("aria-busy")).toBe("true");
    expect(screen.getByText("Loading officer 2…")).toBeTruthy();
    expect(screen.getAllByRole("link")).toHaveLength(1);
  });

  it("marks the sorted column and asks for another order from its header button", () => {
    const onSort = vi.fn();
    const three = rows(3);
    const { rerender } = render(<OfficerTable count={3} rowAt={(i) => three[i]} sort="name" order="asc" onSort={onSort} busy={false} caption="Officers" />);
    const sorted = screen.getAllByRole("columnheader").filter((h) => h.getAttribute("aria-sort") === "ascending");
    expect(sorted.map((h) => h.textContent)).toEqual(["Officer ▲"]);
    fireEvent.click(screen.getByRole("button", { name: /Action due/ }));
    expect(onSort).toHaveBeenLastCalledWith("dueOn", "asc");
    // The column already sorted turns round, and says so.
    fireEvent.click(screen.getByRole("button", { name: /Officer/ }));
    expect(onSort).toHaveBeenLastCalledWith("name", "desc");
    rerender(<OfficerTable count={3} rowAt={(i) => three[i]} sort="name" order="desc" onSort={onSort} busy={false} caption="Officers" />);
    expect(screen.getAllByRole("columnheader").filter((h) => h.getAttribute("aria-sort") === "descending").map((h) => h.textContent)).toEqual(["Officer ▼"]);
  });
});
