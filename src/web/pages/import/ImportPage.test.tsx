// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReactNode } from "react";
import { SessionProvider, useSession } from "../../app/session.tsx";
import ImportPage from "./ImportPage.tsx";
import { countLines, reportSummary, rowLabel, type ImportCounts, type ImportReport } from "./model.ts";

const ZERO: ImportCounts = {
  organizationsCreated: 0, schoolsCreated: 0, officersCreated: 0, officersUpdated: 0, officersUnchanged: 0, assignmentsCreated: 0, assignmentsUpdated: 0, assignmentsUnchanged: 0,
  coursesCreated: 0, coursesUpdated: 0, coursesUnchanged: 0, contactDaysCreated: 0, contactDaysUpdated: 0, contactDaysUnchanged: 0, statusesRefreshed: 0,
};
const report = (o: Partial<ImportReport>): ImportReport => ({
  kind: "roster", fileName: "roster.csv", format: "csv", sha256: "a".repeat(64), committed: false, stoppedBy: null, rows: 2, invalidRows: 0, importedRows: 2, problems: [],
  counts: { ...ZERO, officersCreated: 2, assignmentsCreated: 2, statusesRefreshed: 2 }, ...o,
});
const BAD = report({ fileName: "bad.csv", stoppedBy: "invalid rows", invalidRows: 1, importedRows: 0, problems: [{ row: 3, column: "start_on", message: '"2026-02-30" is not a calendar date' }], counts: ZERO });

describe("the import report in words", () => {
  it("counts what a roster creates, updates and leaves, and sums up a check and an import", () => {
    expect(countLines(report({}))).toEqual(["2 officers created, 0 updated, 0 unchanged", "2 assignments created, 0 updated, 0 unchanged", "2 officers' statuses recomputed"]);
    expect(countLines(report({ kind: "courses", counts: { ...ZERO, coursesCreated: 1, coursesUnchanged: 3, statusesRefreshed: 1, schoolsCreated: 1 } }))).toEqual([
      "1 course created, 0 updated, 3 unchanged", "0 organizations and 1 school created", "1 officer's status recomputed",
    ]);
    expect(reportSummary(BAD)).toBe("bad.csv: 1 row of 2 rows has problems (1 problem listed below). Correct the file and check it again.");
    expect(reportSummary(report({}))).toMatch(/^roster\.csv: no problems in 2 rows\. Nothing has been imported yet/);
    expect(reportSummary(report({ committed: true }))).toBe("Imported 2 rows of roster.csv.");
    expect(reportSummary(report({ stoppedBy: "columns", problems: [{ row: 1, column: "badge", message: "unknown column" }] }))).toMatch(/its columns are not those/);
    expect([rowLabel(1), rowLabel(7)]).toEqual(["1 (header)", "7"]);
  });
});

/** A coordinator's session and an import API judging a file by its name (bad.csv has an error). */
function fakeApi() {
  const posted: { url: string; fields: Record<string, string> }[] = [];
  vi.stubGlobal("fetch", (url: string, init?: RequestInit) => {
    const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
    if (url === "/api/v1/session") {
      return json({ signedIn: true, secondFactorPending: false, csrfToken: "t", user: { id: "u", name: "Coordinator", officerId: null, memberships: [{ organizationId: "a", organizationKind: "AGENCY", roleTitle: "Training coordinator", schoolId: null }], may: { importRecords: true, addOfficers: true, addOfficersTo: [{ id: "a", name: "Agency" }], addOrganizations: false, administerUsers: false, readAuditTrail: false, verifyAuditTrail: false, changeReadings: false }, view: { districtId: null, relievedDutiesDistrictId: null } } });
    }
    if (url === "/api/v1/imports/columns") return json({ kinds: [{ kind: "roster", columns: [{ name: "post_license", required: true }, { name: "end_on", required: false }] }], maxBytes: 10 * 1024 * 1024 });
    const form = init?.body as FormData;
    const file = form.get("file") as File;
    const fields = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
    posted.push({ url, fields });
    if (url === "/api/v1/imports/check") return json(file.name === "bad.csv" ? BAD : report({}));
    return json(report({ committed: true }), 201);
  });
  return posted;
}

/** The page as the app shows it: once the session is known. */
function SignedIn({ children }: { children: ReactNode }) {
  return useSession().state?.user == null ? null : children;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the Import page", () => {
  it("checks a file, shows its errors row by row with Import disabled, then imports a corrected file", async () => {
    const posted = fakeApi();
    render(
      <SessionProvider>
        <SignedIn>
          <ImportPage />
        </SignedIn>
      </SessionProvider>,
    );
    const input = await screen.findByLabelText<HTMLInputElement>("File to import");
    expect(await screen.findByText("Columns: post license (required); end on (optional).")).toBeTruthy();

    fireEvent.change(input, { target: { files: [new File(["x"], "bad.csv", { type: "text/csv" })] } });
    fireEvent.click(screen.getByRole("button", { name: "Check file" }));
    const table = await screen.findByRole("table");
    expect(table.textContent).toContain("start on");
    expect(table.textContent).toContain("is not a calendar date");
    expect(screen.getByRole("status").textContent).toContain("1 row of 2 rows has problems");
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Import" }).disabled).toBe(true);

    // A corrected file: the old report goes, the new check is clean, Import writes it.
    fireEvent.change(input, { target: { files: [new File(["y"], "roster.csv", { type: "text/csv" })] } });
    expect(screen.queryByRole("table")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Check file" }));
    await screen.findByText("2 officers created, 0 updated, 0 unchanged");
    const importButton = screen.getByRole<HTMLButtonElement>("button", { name: "Import" });
    expect(importButton.disabled).toBe(false);
    fireEvent.click(importButton);
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Imported 2 rows of roster.csv."));
    expect(screen.getByRole("link", { name: "See the officers" }).getAttribute("href")).toBe("/officers");
    expect(posted.map((p) => [p.url, p.fields])).toEqual([
      ["/api/v1/imports/check", { kind: "roster" }],
      ["/api/v1/imports/check", { kind: "roster" }],
      ["/api/v1/imports", { kind: "roster", checkedSha256: "a".repeat(64) }],
    ]);
  });
});
