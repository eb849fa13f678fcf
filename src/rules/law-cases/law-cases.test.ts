import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../../test/shared-dir.ts";
import { evaluate } from "../evaluate.ts";
import type { LawCase } from "./case.ts";
import { differences } from "./check.ts";
import { contractCases } from "./contract.cases.ts";
import { incidentCases } from "./incident/index.ts";
import { invalidCases } from "./invalid.cases.ts";
import { trainingCases } from "./training/index.ts";

/**
 * The project's own table of law cases, run against every implementation of the engine contract:
 * the `evaluate` module and the `sroc evaluate` command (one process, all rows as JSON Lines).
 */
const table: readonly LawCase[] = [...trainingCases, ...incidentCases, ...contractCases, ...invalidCases];

const implementations: Record<string, (cases: readonly LawCase[]) => unknown[]> = {
  "the evaluate module": (cases) => cases.map((c) => evaluate(c.request)),
  "sroc evaluate (JSON Lines)": (cases) => {
    const input = cases.map((c) => JSON.stringify(c.request)).join("\n");
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [join(repoRoot, "bin", "sroc.js"), "evaluate"], { input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    } catch (e) {
      // exit 2 when a row is invalid (the invalid rows are): the answers are still on standard output
      stdout = (e as { stdout: string }).stdout;
    }
    return stdout.trim().split("\n").map((line) => JSON.parse(line) as unknown);
  },
};

describe("the law case table", () => {
  it("has a unique id per row", () => {
    expect(new Set(table.map((c) => c.id)).size).toBe(table.length);
  });

  for (const [name, run] of Object.entries(implementations)) {
    describe(name, () => {
      const answers = run(table);
      it("answers every row", () => {
        expect(answers).toHaveLength(table.length);
      });
      table.forEach((c, i) => {
        it(`${c.id} (${c.rule}): ${c.title}`, () => {
          expect(differences(answers[i], c.expect)).toEqual([]);
        });
      });
    });
  }
});
