// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RemoveRecordButton } from "./RemoveRecordButton.tsx";
import { useWrite } from "./use-records.ts";

function Harness({ actions, onRemoved }: { actions: string[]; onRemoved: () => void }) {
  const remover = useWrite();
  return (
    <>
      <RemoveRecordButton plural="policy-reviews" record={{ id: "r1", actions }} what="the review of 3 March 2026" remover={remover} onRemoved={onRemoved} />
      <p>{remover.done ?? remover.error?.message ?? ""}</p>
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

  it("deletes the record named in its accessible name, announces it and tells the page", async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal("fetch", fetchMock);
    const onRemoved = vi.fn();
    render(<Harness actions={["update", "remove"]} onRemoved={onRemoved} />);
    fireEvent.click(screen.getByRole("button", { name: "Remove the review of 3 March 2026" }));
    await waitFor(() => expect(onRemoved).toHaveBeenCalledOnce());
    expect(fetchMock).toHaveBeenCalledWith("/api/v1/policy-reviews/r1", expect.objectContaining({ method: "DELETE" }));
    expect(screen.getByText("The review of 3 March 2026 removed.")).toBeTruthy();
  });

  it("keeps the API's refusal for the page to show, and does not tell the page it was removed", async () => {
    vi.stubGlobal("fetch", vi.fn(() => Promise.resolve(new Response(JSON.stringify({ error: { code: "FORBIDDEN", message: "a supervisor acts only for the SROs they supervise" } }), { status: 403 }))));
    const onRemoved = vi.fn();
    render(<Harness actions={["remove"]} onRemoved={onRemoved} />);
    fireEvent.click(screen.getByRole("button", { name: /Remove/ }));
    await waitFor(() => expect(screen.getByText("a supervisor acts only for the SROs they supervise")).toBeTruthy());
    expect(onRemoved).not.toHaveBeenCalled();
  });
});
