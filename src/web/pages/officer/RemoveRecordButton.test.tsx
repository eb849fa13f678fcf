// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RemoveRecordButton, RestoreRecordButton } from "./RemoveRecordButton.tsx";
import { useWrite } from "./use-records.ts";

function Harness({ actions, onRemoved, reversible = false }: { actions: string[]; onRemoved: () => void; reversible?: boolean }) {
  const remover = useWrite();
  return (
    <>
      <RemoveRecordButton plural="policy-reviews" record={{ id: "r1", actions }} what="the review of March 3, 2026" remover={remover} onRemoved={onRemoved} reversible={reversible} />
      <p>{remover.done ?? remover.error?.message ?? ""}</p>
    </>
  );
}

function RestoreHarness({ actions, onRestored }: { actions: string[]; onRestored: () => void }) {
  const writer = useWrite();
  return (
    <>
      <RestoreRecordButton plural="courses" record={{ id: "c1", actions }} what="the POST SRO basic course of September 19, 2025" writer={writer} onRestored={onRestored} label="Undo" />
      <p>{writer.done ?? ""}</p>
    </>
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("removing one of the officer's records", () => {
  it("offers nothing when the record's actions do not include remove", () => {
    render(<Harness actions={["update"]} onRemoved={() => undefined} />);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("asks first, and removes nothing when the person keeps it (issue 11 item 6)", () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal("fetch", fetchMock);
    render(<Harness actions={["update", "remove"]} onRemoved={() => undefined} reversible />);
    fireEvent.click(screen.getByRole("button", { name: "Remove the review of March 3, 2026" }));
    expect(screen.getByRole("group", { name: "Remove the review of March 3, 2026?" }).textContent).toMatch(/stays in the history, and can be restored/);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Keep it" }));
    fireEvent.click(screen.getByRole("button", { name: "Keep it" }));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Remove the review of March 3, 2026" })).toBeTruthy();
  });

  it("says a record that is not training evidence is gone for good", () => {
    render(<Harness actions={["remove"]} onRemoved={() => undefined} />);
    fireEvent.click(screen.getByRole("button", { name: /Remove/ }));
    expect(screen.getByText(/This cannot be undone/)).toBeTruthy();
  });

  it("removes the record once confirmed, announces it and tells the page", async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal("fetch", fetchMock);
    const onRemoved = vi.fn();
    render(<Harness actions={["update", "remove"]} onRemoved={onRemoved} reversible />);
    fireEvent.click(screen.getByRole("button", { name: "Remove the review of March 3, 2026" }));
    fireEvent.click(screen.getByRole("button", { name: "Yes, remove" }));
    await waitFor(() => expect(onRemoved).toHaveBeenCalledOnce());
    expect(fetchMock).toHaveBeenCalledWith("/api/v1/policy-reviews/r1", expect.objectContaining({ method: "DELETE" }));
    expect(screen.getByText("The review of March 3, 2026 removed.")).toBeTruthy();
  });

  it("keeps the API's refusal for the page to show, and does not tell the page it was removed", async () => {
    vi.stubGlobal("fetch", vi.fn(() => Promise.resolve(new Response(JSON.stringify({ error: { code: "FORBIDDEN", message: "a supervisor acts only for the SROs they supervise" } }), { status: 403 }))));
    const onRemoved = vi.fn();
    render(<Harness actions={["remove"]} onRemoved={onRemoved} />);
    fireEvent.click(screen.getByRole("button", { name: /Remove/ }));
    fireEvent.click(screen.getByRole("button", { name: "Yes, remove" }));
    await waitFor(() => expect(screen.getByText("a supervisor acts only for the SROs they supervise")).toBeTruthy());
    expect(onRemoved).not.toHaveBeenCalled();
  });

  it("undoes a removal by restoring the record, where its actions allow", async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ id: "c1" }), { status: 200, headers: { "content-type": "application/json" } })));
    vi.stubGlobal("fetch", fetchMock);
    const onRestored = vi.fn();
    render(<RestoreHarness actions={["read", "restore"]} onRestored={onRestored} />);
    fireEvent.click(screen.getByRole("button", { name: "Undo: restore the POST SRO basic course of September 19, 2025" }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledOnce());
    expect(fetchMock).toHaveBeenCalledWith("/api/v1/courses/c1/restore", expect.objectContaining({ method: "POST" }));
    expect(screen.getByText("The POST SRO basic course of September 19, 2025 restored.")).toBeTruthy();
    cleanup();
    render(<RestoreHarness actions={["read"]} onRestored={onRestored} />);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
