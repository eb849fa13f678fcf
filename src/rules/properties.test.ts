import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIsoDate, isoDay, isWeekend } from "./calendar/day.ts";
import { isLegalHoliday } from "./calendar/holidays.ts";
import { evaluate, evaluateTraining } from "./evaluate.ts";
import type { TrainingResponse } from "./response.ts";
import { arbitraryTrainingRequest, sampleRequests } from "./properties.test-support.ts";

/** Invariants of issue 2, over generated officers (fast-check). */
const runs = { numRuns: Number(process.env["PROPERTY_RUNS"] ?? 400) };

function training(request: unknown): TrainingResponse {
  const answer = evaluate(request);
  if ("error" in answer) throw new Error(`generated request rejected: ${answer.error.message}`);
  return answer as TrainingResponse;
}

describe("training invariants", () => {
  it("a deadline never falls before the assumption of duties", () => {
    fc.assert(
      fc.property(arbitraryTrainingRequest, (request) => {
        const a = training(request);
        if (a.assumedDutiesOn !== null && a.deadline !== null) {
          expect(a.deadline >= a.assumedDutiesOn).toBe(true);
          expect((a.deadlineEffective ?? "") >= a.deadline).toBe(true);
        }
      }),
      runs,
    );
  });

  it("a rolled deadline never lands on a weekend or a legal holiday", () => {
    fc.assert(
      fc.property(arbitraryTrainingRequest, (request) => {
        const a = training(request);
        if (a.deadlineEffective !== null && a.deadlineEffective !== a.deadline) {
          const d = isoDay(a.deadlineEffective);
          expect(isWeekend(d) || isLegalHoliday(d)).toBe(false);
        }
      }),
      runs,
    );
  });

  it("adding a qualifying course on or before the deadline never makes things worse", () => {
    fc.assert(
      fc.property(arbitraryTrainingRequest, fc.integer({ min: 0, max: 2000 }), (request, back) => {
        const before = training(request);
        if (before.deadlineEffective === null) return;
        const latest = Math.min(isoDay(before.deadlineEffective), isoDay(request.asOf));
        const completedOn = formatIsoDate(latest - back);
        const withCourse = structuredClone(request);
        withCourse.officer.courses = [...(withCourse.officer.courses ?? []), { type: "POST_SRO_BASIC", completedOn, postApproved: true }];
        const after = training(withCourse);
        expect(after.statuteStatus).not.toBe("NON_COMPLIANT");
        if (before.statuteStatus === "COMPLIANT") expect(after.statuteStatus).toBe("COMPLIANT");
      }),
      runs,
    );
  });

  it("the same input always gives the same output, and the input is not changed", () => {
    fc.assert(
      fc.property(arbitraryTrainingRequest, (request) => {
        const copy = structuredClone(request);
        const first = evaluate(request);
        expect(request).toEqual(copy);
        expect(evaluate(copy)).toEqual(first);
      }),
      runs,
    );
  });

  it("an answer holds, unchanged, every day until the date evaluateTraining gives", () => {
    fc.assert(
      fc.property(arbitraryTrainingRequest, fc.integer({ min: 1, max: 400 }), (request, step) => {
        const first = evaluateTraining(request, { trace: false });
        if ("error" in first) throw new Error(first.error.message);
        const until = isoDay(first.validUntil);
        const T = isoDay(request.asOf);
        expect(until).toBeGreaterThan(T);
        for (const d of new Set([T + 1, until - 1, T + (step % Math.max(1, until - T))])) {
          if (d <= T || d >= until) continue;
          const later = evaluate({ ...request, asOf: formatIsoDate(d) }, { trace: false });
          expect(later).toEqual(first.answer);
        }
      }),
      runs,
    );
  });

  it("every flag carries a severity from the contract and at least one citation", () => {
    fc.assert(
      fc.property(arbitraryTrainingRequest, (request) => {
        for (const f of training(request).flags) {
          expect(["VIOLATION", "POLICY_VIOLATION", "ADVISORY", "REVIEW", "INFO"]).toContain(f.severity);
          expect(f.citations.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });
});

/** Every object inside a JSON value, and every ISO date string, by JSON Pointer. */
function pointers(value: unknown, path = ""): { objects: string[]; dates: string[] } {
  const found = { objects: [] as string[], dates: [] as string[] };
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) found.dates.push(path);
  if (value !== null && typeof value === "object") {
    if (!Array.isArray(value)) found.objects.push(path);
    for (const [k, v] of Object.entries(value)) {
      const inner = pointers(v, `${path}/${k}`);
      found.objects.push(...inner.objects);
      found.dates.push(...inner.dates);
    }
  }
  return found;
}

function setAt(root: unknown, pointer: string, mutate: (parent: Record<string, unknown>, key: string) => void): void {
  const keys = pointer.split("/").slice(1);
  let node = root as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  mutate(node, keys[keys.length - 1] ?? "");
}

const arbitraryValidRequest = fc.oneof(arbitraryTrainingRequest as fc.Arbitrary<unknown>, fc.constantFrom(...sampleRequests()));

describe("bad input is rejected at its path", () => {
  it("one unknown key, anywhere", () => {
    fc.assert(
      fc.property(arbitraryValidRequest, fc.nat(), fc.constantFrom("unexpectedKey", "asof", "postapproved", "notes"), (request, pick, key) => {
        const { objects } = pointers(request);
        const target = objects[pick % objects.length] ?? "";
        const bad = structuredClone(request) as Record<string, unknown>;
        if (target === "") bad[key] = 1;
        else setAt(bad, target, (parent, k) => { (parent[k] as Record<string, unknown>)[key] = 1; });
        const answer = evaluate(bad);
        expect(answer).toHaveProperty("error.code", "INVALID_REQUEST");
        expect(answer).toHaveProperty("error.path", `${target}/${key}`);
      }),
      runs,
    );
  });

  it("one impossible date, anywhere", () => {
    fc.assert(
      fc.property(arbitraryValidRequest, fc.nat(), fc.constantFrom("2025-02-30", "2026-13-01", "2025-04-31", "2023-02-29", "2025-00-10"), (request, pick, date) => {
        const { dates } = pointers(request);
        if (dates.length === 0) return;
        const target = dates[pick % dates.length] ?? "";
        const bad = structuredClone(request);
        setAt(bad, target, (parent, k) => { parent[k] = date; });
        const answer = evaluate(bad);
        expect(answer).toHaveProperty("error.code", "INVALID_REQUEST");
        expect(answer).toHaveProperty("error.path", target);
      }),
      runs,
    );
  });
});
