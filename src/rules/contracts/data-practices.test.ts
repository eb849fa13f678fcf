import { describe, expect, it } from "vitest";
import { determineContract } from "./determine.ts";
import { codes, context, contract, flag } from "./contract.test-support.ts";

describe("R-CON-7 / R-DAT-1 CONTRACT_DATA_PRACTICES_MISSING", () => {
  it("is a POLICY_VIOLATION under POST when the contract has no data-practices terms", () => {
    expect(flag(determineContract(contract({ dataPractices: null }), context()), "CONTRACT_DATA_PRACTICES_MISSING")).toEqual({
      code: "CONTRACT_DATA_PRACTICES_MISSING", severity: "POLICY_VIOLATION", detail: "no data-practices terms",
    });
  });
  it("is raised when neither list names a non-blank record", () => {
    const r = determineContract(contract({ dataPractices: { recordsSharedWithAgency: [" "], recordsSharedWithSro: [], purposes: ["school safety"] } }), context());
    expect(flag(r, "CONTRACT_DATA_PRACTICES_MISSING")?.detail).toBe("no shared education records listed");
  });
  it("is raised when no non-blank purpose is named", () => {
    const r = determineContract(contract({ dataPractices: { recordsSharedWithAgency: [], recordsSharedWithSro: ["attendance"], purposes: [""] } }), context());
    expect(flag(r, "CONTRACT_DATA_PRACTICES_MISSING")?.detail).toBe("no purposes listed");
  });
  it("a record in either list suffices", () => {
    expect(codes(determineContract(contract({ dataPractices: { recordsSharedWithAgency: [], recordsSharedWithSro: ["attendance"], purposes: ["safety"] } }), context()))).toEqual([]);
    expect(codes(determineContract(contract({ dataPractices: { recordsSharedWithAgency: ["directory"], recordsSharedWithSro: [], purposes: ["safety"] } }), context()))).toEqual([]);
  });
  it("is POST policy only", () => {
    const r = determineContract(contract({ dataPractices: null }), context({ agency: null }));
    expect(codes(r)).toEqual([]);
    expect(r.trace.find((s) => s.step === "dataPractices")?.value).toBe("NOT_APPLIED");
  });
});
