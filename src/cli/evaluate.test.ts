import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../test/shared-dir.ts";

/** `sroc evaluate` as a user runs it: the real executable, standard input and output, exit codes. */
function sroc(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(repoRoot, "bin", "sroc.js"), ...args], { input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const valid = {
  kind: "training",
  asOf: "2025-10-06",
  policies: { agency: "POST", district: "MSBA" },
  officer: {
    assignments: [{ district: "D1", role: "REGULAR", start: "2025-10-06", end: null }],
    courses: [{ type: "POST_SRO_BASIC", completedOn: "2025-09-19", postApproved: true }],
    certificateOnFile: "2025-09-19",
  },
};
const badDate = { ...valid, officer: { ...valid.officer, courses: [{ type: "POST_SRO_BASIC", completedOn: "2025-02-30", postApproved: true }] } };

describe("sroc evaluate", () => {
  it("answers one request with one object and exits 0", () => {
    const r = sroc(["evaluate"], JSON.stringify(valid));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const answer = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(answer["statuteStatus"]).toBe("COMPLIANT");
    expect(answer["lawVersion"]).toBe("626.8482 (2024 text)");
    expect(answer["trace"]).toBeInstanceOf(Array);
  });

  it("answers an array with an array, the invalid request in its place, and exits 2", () => {
    const r = sroc(["evaluate"], JSON.stringify([valid, badDate, valid]));
    expect(r.status).toBe(2);
    const answers = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(answers).toHaveLength(3);
    expect(answers[0]?.["statuteStatus"]).toBe("COMPLIANT");
    expect(answers[1]).toEqual({ error: { code: "INVALID_REQUEST", message: expect.stringContaining("real calendar date") as unknown, path: "/officer/courses/0/completedOn" } });
    expect(answers[2]?.["statuteStatus"]).toBe("COMPLIANT");
    expect(r.stderr).toContain("request 1 is not valid: /officer/courses/0/completedOn");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("answers JSON Lines with JSON Lines, including a line that is not JSON", () => {
    const r = sroc(["evaluate"], `${JSON.stringify(valid)}\n{not json\n${JSON.stringify(valid)}\n`);
    expect(r.status).toBe(2);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toHaveProperty("error.code", "INVALID_REQUEST");
    expect(r.stderr).toContain("line 2 is not valid: line 2 is not valid JSON");
  });

  it("reads --input FILE and leaves the trace out with --no-trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "sroc-"));
    const file = join(dir, "case.json");
    writeFileSync(file, JSON.stringify(valid));
    const r = sroc(["evaluate", "--input", file, "--no-trace"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).not.toHaveProperty("trace");
  });

  it("says clearly when the input is missing or empty, without a stack trace", () => {
    const missing = sroc(["evaluate", "--input", "/nonexistent/case.json"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("sroc: cannot read /nonexistent/case.json: no such file\n");
    const empty = sroc(["evaluate"], "");
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("no request");
  });

  it("refuses an unknown command with exit 2", () => {
    const r = sroc(["evaluat"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command");
  });
});
