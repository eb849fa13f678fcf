import { describe, expect, it } from "vitest";
import { determineContract } from "./determine.ts";
import { codes, context, contract, flag } from "./contract.test-support.ts";

describe("R-CON-2/3 CONTRACT_ASSIGNS_SCHOOL_DISCIPLINE", () => {
  it("is a VIOLATION when an additional duty enforces school discipline, whatever the policies", () => {
    const c = contract({ additionalDuties: [{ text: "traffic control at events", enforcesSchoolDiscipline: false }, { text: "hall-pass sweeps", enforcesSchoolDiscipline: true }] });
    for (const ctx of [context(), context({ agency: null, district: "EDINA" })]) {
      expect(flag(determineContract(c, ctx), "CONTRACT_ASSIGNS_SCHOOL_DISCIPLINE")).toEqual({
        code: "CONTRACT_ASSIGNS_SCHOOL_DISCIPLINE", severity: "VIOLATION", detail: "additional duty 2: hall-pass sweeps",
      });
    }
  });
  it("is not raised for additional duties that do not", () => {
    expect(codes(determineContract(contract({ additionalDuties: [{ text: "traffic control", enforcesSchoolDiscipline: false }] }), context()))).toEqual([]);
  });
});

describe("R-CON-6 POST IV.A.1 items", () => {
  const bare = contract({ attirePolicy: null, districtSelectionRole: null, deescalationResources: null, publicNotificationProcess: null });

  it("under the POST policy, (i), (ii) and (iv) are POLICY_VIOLATION and (iii) ADVISORY", () => {
    const r = determineContract(bare, context());
    expect(r.flags.map((f) => [f.code, f.severity])).toEqual([
      ["CONTRACT_ATTIRE_MISSING", "POLICY_VIOLATION"],
      ["CONTRACT_VETTING_ROLE_MISSING", "POLICY_VIOLATION"],
      ["CONTRACT_DEESCALATION_RESOURCES_MISSING", "ADVISORY"],
      ["CONTRACT_PUBLIC_NOTICE_MISSING", "POLICY_VIOLATION"],
    ]);
  });
  it("each item is checked on its own", () => {
    expect(codes(determineContract(contract({ attirePolicy: null }), context()))).toEqual(["CONTRACT_ATTIRE_MISSING"]);
    expect(codes(determineContract(contract({ districtSelectionRole: null }), context()))).toEqual(["CONTRACT_VETTING_ROLE_MISSING"]);
    expect(codes(determineContract(contract({ deescalationResources: null }), context()))).toEqual(["CONTRACT_DEESCALATION_RESOURCES_MISSING"]);
    expect(codes(determineContract(contract({ publicNotificationProcess: "  " }), context()))).toEqual(["CONTRACT_PUBLIC_NOTICE_MISSING"]);
  });
  it("without the POST agency policy nothing is raised and the trace says why", () => {
    for (const district of ["MSBA", "EDINA", null] as const) {
      const r = determineContract(bare, context({ agency: null, district }));
      expect(r.flags).toEqual([]);
      expect(r.trace.find((s) => s.step === "postContractItems")?.value).toBe("NOT_APPLIED");
    }
  });
});
