import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requireSharedDir } from "../../test/shared-dir.ts";
import { evaluate } from "./evaluate.ts";
import type { LawCaseExpectation } from "./law-cases/case.ts";
import { differences } from "./law-cases/check.ts";

/** Every example case of ../shared/domain/conformance/ (engine-contract.md §4), run against the module. */
const shared = requireSharedDir();
const folder = shared === null ? null : join(shared, "domain", "conformance");
const files = folder === null ? [] : readdirSync(folder).filter((f) => f.endsWith(".json")).sort();

describe.runIf(folder !== null)("conformance cases", () => {
  it("finds the shared cases", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    const c = JSON.parse(readFileSync(join(folder ?? "", file), "utf8")) as { id: string; title: string; request: unknown; expect: LawCaseExpectation };
    it(`${c.id}: ${c.title}`, () => {
      expect(differences(evaluate(c.request), c.expect)).toEqual([]);
    });
  }
});
