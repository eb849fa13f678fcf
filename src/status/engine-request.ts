import type { TrainingRequestJson } from "../rules/index.ts";
import type { OptionsJson } from "../rules/request/schema.ts";
import type { OfficerRecords, SroPolicy } from "./records.ts";

/**
 * From stored records to the engine's training request (engine-contract.md §1.1) — the only place
 * where records meet the law, so every status in the system comes from the same engine call:
 *
 * - an assignment is in scope (subd. 1(c)) when it is made under a contract AND during the regular
 *   instructional day; both facts are recorded;
 * - `policies.agency` is the employing agency's adopted policy; `agencyAdoptedOn` its adoption date;
 * - `policies.district` is the policy of the district whose view is asked for; the officer-wide view
 *   uses the district of the officer's current (else latest) assignment (docs/decisions/0006);
 * - `policyReviewedOn` is the earliest recorded review of the employing agency's SRO policy;
 * - `certificateOnFile` is the latest completion that has an uploaded certificate (a certificate is
 *   uploaded for a course);
 * - a contact day's district is its school's district.
 */
export type View = { kind: "officer" } | { kind: "district"; districtId: string };

function officerViewDistrictPolicy(records: OfficerRecords, asOf: string): SroPolicy | null {
  const byStart = [...records.assignments].sort((a, b) => b.startOn.localeCompare(a.startOn));
  const current = byStart.find((a) => a.startOn <= asOf && (a.endOn === null || a.endOn >= asOf));
  return (current ?? byStart[0])?.districtPolicy ?? null;
}

function districtPolicy(records: OfficerRecords, districtId: string): SroPolicy | null {
  return records.assignments.find((a) => a.districtId === districtId)?.districtPolicy ?? null;
}

/** The district policy a view applies (the engine's `policies.district`). */
export function districtPolicyOf(records: OfficerRecords, view: View, asOf: string): "MSBA" | "EDINA" | null {
  const p = view.kind === "district" ? districtPolicy(records, view.districtId) : officerViewDistrictPolicy(records, asOf);
  return p === "MSBA" || p === "EDINA" ? p : null;
}

export function trainingRequest(records: OfficerRecords, view: View, asOf: string, options: OptionsJson = {}): TrainingRequestJson {
  const certified = records.courses.filter((c) => c.hasCertificate).map((c) => c.completedOn).sort();
  const reviews = records.reviews.filter((r) => r.organizationId === records.agencyId).map((r) => r.reviewedOn).sort();
  return {
    kind: "training",
    asOf,
    policies: {
      agency: records.agencyPolicy === "POST" ? "POST" : null,
      district: districtPolicyOf(records, view, asOf),
      agencyAdoptedOn: records.agencyPolicyAdoptedOn,
    },
    options,
    officer: {
      assignments: records.assignments.map((a) => ({
        district: a.districtId,
        role: a.role,
        start: a.startOn,
        end: a.endOn,
        plannedContactDays: a.plannedContactDays,
        inScope: a.underContract && a.instructionalDay,
      })),
      courses: records.courses.map((c) => ({ type: c.type, completedOn: c.completedOn, postApproved: c.postApproved })),
      employerUnable: records.decisions.map((d) => ({ decidedOn: d.decidedOn, reason: d.reason })),
      policyReviewedOn: reviews[0] ?? null,
      certificateOnFile: certified[certified.length - 1] ?? null,
      contactDays: records.contactDays.map((c) => ({ date: c.day, district: c.districtId, school: c.schoolId, studentsPresent: c.studentsPresent })),
    },
  };
}

/** The views an officer has: the officer-wide one, and one per district the officer serves in. */
export function viewsOf(records: OfficerRecords): View[] {
  const districts = [...new Set(records.assignments.map((a) => a.districtId))];
  return [{ kind: "officer" }, ...districts.map((districtId) => ({ kind: "district" as const, districtId }))];
}
