import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate.ts";

/** engine-contract.md: a bad request is answered {"error": {"code": "INVALID_REQUEST", "message", "path"}}. */
const training = (officer: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: "training",
  asOf: "2025-10-06",
  officer: { assignments: [{ role: "REGULAR", start: "2025-10-06" }], ...officer },
  ...extra,
});

function errorOf(request: unknown): { code: string; message: string; path: string } {
  const answer = evaluate(request);
  if (!("error" in answer)) throw new Error(`accepted: ${JSON.stringify(request)}`);
  return answer.error;
}

describe("request validation", () => {
  it.each([
    ["not an object", "[]", ""],
    ["a string", '"training"', ""],
    ["no kind", "{}", "/kind"],
    ["an unknown kind", '{"kind":"trainin"}', "/kind"],
  ])("%s", (_name, json, path) => {
    expect(errorOf(JSON.parse(json)).path).toBe(path);
  });

  it.each([
    ["a missing asOf", { kind: "training", officer: { assignments: [] } }, "/asOf"],
    ["a missing officer", { kind: "training", asOf: "2025-10-06" }, "/officer"],
    ["missing assignments", training({ assignments: undefined }), "/officer/assignments"],
    ["an impossible date", training({ courses: [{ type: "POST_SRO_BASIC", completedOn: "2025-02-30", postApproved: true }] }), "/officer/courses/0/completedOn"],
    ["a date without zero padding", training({}, { asOf: "2025-9-1" }), "/asOf"],
    ["an unknown course type", training({ courses: [{ type: "POST_BASIC", completedOn: "2025-09-19" }] }), "/officer/courses/0/type"],
    ["an unknown key in a course", training({ courses: [{ type: "POST_SRO_BASIC", completedOn: "2025-09-19", approved: true }] }), "/officer/courses/0/approved"],
    ["an unknown key in officer", training({ certificate: "2025-09-19" }), "/officer/certificate"],
    ["an unknown top-level key", training({}, { asof: "2025-10-06" }), "/asof"],
    ["an unknown policy", training({}, { policies: { agency: "MSBA" } }), "/policies/agency"],
    ["an unknown key in policies", training({}, { policies: { agency: "POST", adopted: "2024-11-19" } }), "/policies/adopted"],
    ["a bad agencyAdoptedOn", training({}, { policies: { agency: "POST", agencyAdoptedOn: "November 19, 2024" } }), "/policies/agencyAdoptedOn"],
    ["an unknown option", training({}, { options: { roll: true } }), "/options/roll"],
    ["a month-day that does not exist", training({}, { options: { schoolYearStartMonthDay: "02-30" } }), "/options/schoolYearStartMonthDay"],
    ["an end before the start", training({ assignments: [{ role: "REGULAR", start: "2025-10-06", end: "2025-10-05" }] }), "/officer/assignments/0/end"],
    ["employerUnable of the wrong type", training({ employerUnable: "yes" }), "/officer/employerUnable"],
    ["a bad employerUnable entry", training({ employerUnable: [{ decidedOn: "2025-08-20", reason: "x" }, "no seat"] }), "/officer/employerUnable/1"],
    ["a bad date in an employerUnable entry", training({ employerUnable: [{ decidedOn: "2025-13-20", reason: "x" }] }), "/officer/employerUnable/0/decidedOn"],
    ["studentsPresent missing", training({ contactDays: [{ date: "2025-10-01" }] }), "/officer/contactDays/0/studentsPresent"],
    ["studentsPresent not boolean", training({ contactDays: [{ date: "2025-10-01", studentsPresent: "yes" }] }), "/officer/contactDays/0/studentsPresent"],
    ["an incident without a date", { kind: "incident", asOf: "2026-02-10", incident: { actor: "SRO" } }, "/incident/date"],
    ["an unknown actor", { kind: "incident", asOf: "2026-02-10", incident: { date: "2026-02-10", actor: "TEACHER" } }, "/incident/actor"],
    ["a fifteenth force consideration", { kind: "incident", asOf: "2026-02-10", incident: { date: "2026-02-10", actor: "SRO", force: { considerations: { "15": "x" } } } }, "/incident/force/considerations/15"],
    ["a contract request without contract", { kind: "contract" }, "/contract"],
    ["an officer inside a contract request", { kind: "contract", contract: {}, officer: {} }, "/officer"],
    ["a duty clause out of range", { kind: "contract", contract: { duties: [{ clause: 8, text: "x" }] } }, "/contract/duties/0/clause"],
  ])("%s → %s", (_name, request, path) => {
    const error = errorOf(request);
    expect(error.code).toBe("INVALID_REQUEST");
    expect(error.path).toBe(path);
    expect(error.message.startsWith(path === "" ? "request: " : `${path}: `)).toBe(true);
  });

  it("says what is wrong in words", () => {
    expect(errorOf(training({ courses: [{ type: "POST_SRO_BASIC", completedOn: "2025-02-30" }] })).message).toBe(
      "/officer/courses/0/completedOn: must be a real calendar date written YYYY-MM-DD",
    );
    expect(errorOf(training({ employerUnable: 5 })).message).toBe("/officer/employerUnable: must be null, or an object, or an array");
    expect(errorOf(training({}, { policies: { district: "ISD273" } })).message).toBe('/policies/district: must be one of "MSBA", "EDINA", or null');
    expect(errorOf(training({ notes: 1 })).message).toBe("/officer/notes: is not a field of the engine contract (check the spelling)");
  });

  it("accepts the minimal requests the contract allows", () => {
    expect(evaluate({ kind: "training", asOf: "2025-10-06", officer: { assignments: [] } })).toHaveProperty("statuteStatus", "NOT_APPLICABLE");
    expect(evaluate({ kind: "incident", asOf: "2026-02-10", incident: { date: "2026-02-10", actor: "SRO" } })).toHaveProperty("kind", "incident");
    expect(evaluate({ kind: "contract", contract: {} })).toHaveProperty("kind", "contract");
  });
});
