// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client.ts";
import { errorAt, FormField, unplacedError } from "./FormField.tsx";

describe("a form field and the API's errors", () => {
  const error = new ApiError(400, "INVALID_REQUEST", "/newPassword: must be at least 12 characters", "/newPassword");

  it("puts an error beside the field its path names, without repeating the path", () => {
    expect(errorAt(error, "/newPassword")).toBe("must be at least 12 characters");
    expect(errorAt(error, "/currentPassword")).toBeUndefined();
    expect(unplacedError(error, ["/newPassword"])).toBeNull();
    expect(unplacedError(error, ["/name"])).toBe(error);
    expect(unplacedError(new ApiError(403, "FORBIDDEN", "no", undefined), ["/name"])?.code).toBe("FORBIDDEN");
  });

  it("labels the control and describes it by its hint and its error", () => {
    render(<FormField label="New password" hint="A long passphrase is best." error="must be at least 12 characters">{(control) => <input {...control} />}</FormField>);
    const input = screen.getByLabelText("New password");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const described = (input.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(["A long passphrase is best.", "must be at least 12 characters"]);
  });
});
