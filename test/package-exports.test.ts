import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./shared-dir.ts";

/** `import { evaluate } from "sro-compliance/rules"` works from the checkout (the package exports). */
describe("the package's module export", () => {
  it("resolves sro-compliance/rules to the compiled engine and answers per the contract", () => {
    const program = `
      import { evaluate, FLAGS, SOURCES } from "sro-compliance/rules";
      const a = evaluate({ kind: "contract", policies: { agency: "POST", district: "MSBA" }, contract: { duties: [] } });
      const e = evaluate({ kind: "training", asOf: "2025-02-30", officer: { assignments: [] } });
      console.log(JSON.stringify({ codes: a.flags.map((f) => f.code), error: e.error, flags: Object.keys(FLAGS).length, sources: Object.keys(SOURCES).length }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", program], { cwd: repoRoot, encoding: "utf8" })) as Record<string, unknown>;
    expect(out["codes"]).toContain("CONTRACT_DUTIES_INCOMPLETE");
    expect(out["error"]).toEqual({ code: "INVALID_REQUEST", message: "/asOf: must be a real calendar date written YYYY-MM-DD", path: "/asOf" });
    expect(out["flags"]).toBeGreaterThan(60);
    expect(out["sources"]).toBeGreaterThan(60);
  });
});
