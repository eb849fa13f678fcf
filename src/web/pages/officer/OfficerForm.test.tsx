// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { addOfficerAbility, OfficerForm } from "./OfficerForm.tsx";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const AGENCY = { id: "00000000-0000-4000-8000-000000000001", name: "Prairie River Police Department" };

describe("the officer form", () => {
  it("puts the server's error beside the field it names, and marks that field invalid", async () => {
    const fetch = vi.fn<(url: string, init: RequestInit) => Promise<Response>>(() => Promise.resolve(new Response(JSON.stringify({ error: { code: "INVALID", message: "/postLicense: must be at least 1 character", path: "/postLicense" } }), { status: 400 })));
    vi.stubGlobal("fetch", fetch);
    const onSaved = vi.fn();
    render(<OfficerForm officer={null} agencies={[AGENCY]} onSaved={onSaved} />);
    // One agency to choose from is chosen already.
    expect(screen.getByLabelText<HTMLSelectElement>("Employing agency").value).toBe(AGENCY.id);
    fireEvent.change(screen.getByLabelText("First name"), { target: { value: " Quinn " } });
    fireEvent.change(screen.getByLabelText("Last name"), { target: { value: "Zabrowski" } });
    // Blank but not empty: past the browser's own "required" check, for the server to judge.
    fireEvent.change(screen.getByLabelText("POST license number"), { target: { value: "  " } });
    fireEvent.click(screen.getByRole("button", { name: "Add officer" }));
    const license = screen.getByLabelText("POST license number");
    await waitFor(() => expect(license.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByRole("alert").textContent).toBe("must be at least 1 character");
    expect(license.getAttribute("aria-describedby")).toContain(screen.getByRole("alert").id);
    expect(JSON.parse(fetch.mock.calls[0]?.[1].body as string)).toEqual({ firstName: "Quinn", lastName: "Zabrowski", postLicense: "", agencyId: AGENCY.id });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("asks for the agency when there are several", () => {
    render(<OfficerForm officer={null} agencies={[AGENCY, { id: "00000000-0000-4000-8000-000000000002", name: "Lakeview Police" }]} onSaved={() => undefined} />);
    expect(screen.getByLabelText<HTMLSelectElement>("Employing agency").value).toBe("");
  });
});

describe("the ability to add officers", () => {
  it("is read from the session answer, and is no ability when the answer has none", () => {
    expect(addOfficerAbility({ may: { addOfficers: true, addOfficersTo: [AGENCY] } })).toEqual({ may: true, agencies: [AGENCY] });
    expect(addOfficerAbility({ name: "Dana" })).toEqual({ may: false, agencies: [] });
    expect(addOfficerAbility(null)).toEqual({ may: false, agencies: [] });
    expect(addOfficerAbility({ may: { addOfficers: "yes", addOfficersTo: "all" } })).toEqual({ may: false, agencies: [] });
  });
});
