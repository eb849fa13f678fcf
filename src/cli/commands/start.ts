import { evaluate, isErrorResponse, type TrainingResponse } from "../../rules/index.ts";
import type { Io } from "../io.ts";

/**
 * `sroc start` (what `npm start` runs): until the records service exists, it shows the engine at work
 * on a handful of officers in the situations the statute distinguishes, with the law behind each.
 */
interface DemoOfficer {
  name: string;
  request: unknown;
}

const POLICIES = { agency: "POST", district: "MSBA" };
const AS_OF = "2026-01-15";

function regular(start: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { assignments: [{ district: "Demo ISD", role: "REGULAR", start, end: null }], ...extra };
}

export const DEMO_OFFICERS: readonly DemoOfficer[] = [
  { name: "Officer Alvarez — trained before starting", request: { kind: "training", asOf: AS_OF, policies: POLICIES, officer: regular("2025-10-06", { courses: [{ type: "POST_SRO_BASIC", completedOn: "2025-09-19", postApproved: true }], certificateOnFile: "2025-09-19" }) } },
  { name: "Officer Brandt — employer could not provide the course", request: { kind: "training", asOf: AS_OF, policies: POLICIES, officer: regular("2025-09-01", { employerUnable: { decidedOn: "2025-08-20", reason: "no seat in an approved course" }, policyReviewedOn: "2025-08-29" }) } },
  { name: "Officer Chen — NASRO basic course in 2022", request: { kind: "training", asOf: AS_OF, policies: POLICIES, officer: regular("2023-08-28", { courses: [{ type: "NASRO_BASIC", completedOn: "2022-06-10", postApproved: false }] }) } },
  { name: "Officer Dahl — started untrained", request: { kind: "training", asOf: AS_OF, policies: POLICIES, officer: regular("2025-09-08") } },
  {
    name: "Officer Ek — substitute, 12 contact days",
    request: {
      kind: "training",
      asOf: AS_OF,
      policies: POLICIES,
      officer: {
        assignments: [{ district: "Demo ISD", role: "SUBSTITUTE", start: "2025-09-02", end: null }],
        policyReviewedOn: "2025-09-02",
        contactDays: Array.from({ length: 12 }, (_, i) => ({ date: `2025-10-${String(i + 6).padStart(2, "0")}`, district: "Demo ISD", school: "Demo High", studentsPresent: true })),
      },
    },
  },
];

export function startCommand(io: Io, help: string): number {
  io.out(`${help}\n`);
  io.out(`The rules engine on five demo officers, as of ${AS_OF} (agency policy POST, district policy MSBA 507.5):\n\n`);
  for (const officer of DEMO_OFFICERS) {
    const answer = evaluate(officer.request);
    if (isErrorResponse(answer)) throw new Error(`demo request is invalid: ${answer.error.message}`);
    const a = answer as TrainingResponse;
    io.out(`${officer.name}\n  ${a.statuteStatus}  path ${a.path ?? "—"}  deadline ${a.deadlineEffective ?? "—"}  refresher ${a.refresherDue ?? "—"}\n`);
    for (const f of a.flags) io.out(`  · ${f.severity} ${f.code}: ${f.message} [${f.citations.join("; ")}]\n`);
    io.out("\n");
  }
  io.out("Try it yourself: echo '<request JSON>' | npx sroc evaluate   (the contract: ../shared/domain/engine-contract.md)\n");
  return 0;
}
