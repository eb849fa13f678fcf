import { evaluateTypedTraining, type TrainingResponse } from "../rules/index.ts";
import { trainingRequest, type View } from "../status/engine-request.ts";
import { passagesCited, schoolYearOf, withholdPrivateDates, type CitedPassage, type SchoolYear } from "../status/explanation.ts";
import { HEADLINE_LABELS, type Headline } from "../status/headline.ts";
import { nextSteps, type NextStep } from "../status/next-steps.ts";
import { headlineOnRecords } from "../status/starts.ts";
import { loadOfficerForStatus } from "../store/officer-records.ts";
import type { ServiceContext } from "./context.ts";
import { certificateRecordPolicy } from "../policies/certificates.ts";
import { contactDayPolicy } from "../policies/contact-days.ts";
import { coursePolicy } from "../policies/courses.ts";
import { employerUnablePolicy } from "../policies/employer-unable.ts";
import { policyReviewPolicy } from "../policies/policy-reviews.ts";
import { officerReach, type OfficerRelations } from "../policies/reach.ts";
import { invalidField, notFound, refuseAccess } from "./errors.ts";
import { statusPrivacy } from "./officer-status-privacy.ts";
import { validUntilOf } from "./status.ts";

/**
 * One officer's status as of any date, explained: the engine's answer with its trace, computed on the
 * spot from the stored records (the cache serves lists and summaries; this is the source itself).
 */
export interface OfficerStatus {
  officerId: string;
  name: string;
  asOf: string;
  districtId: string | null;
  headline: Headline;
  headlineLabel: string;
  /** A sentence when the headline needs one (a coming start: docs/decisions/0011), else null. */
  headlineExplanation: string | null;
  actionDueOn: string | null;
  /** null when it would tell the date of a private record the caller may not read ("not shown to your role"). */
  validUntil: string | null;
  answer: TrainingResponse;
  /** What to do next, by when and who can do it, the most urgent first (status/next-steps.ts). */
  nextSteps: NextStep[];
  /** The words of each passage the answer cites, for a reader who wants the law itself. */
  law: CitedPassage[];
  /** The school year containing `asOf`, in which substitute contact days are counted (A1). */
  schoolYear: SchoolYear;
  /** The kinds of record the caller may add for this officer (by the policies), so a page offers only those. */
  mayRecord: RecordableKind[];
  /** The kinds of record behind the status the caller's role may not read: a page says "not shown to your role", never "no record". */
  notShown: RecordableKind[];
}

export const RECORDABLE_KINDS = ["courses", "certificates", "contact-days", "policy-reviews", "employer-unable-decisions"] as const;
export type RecordableKind = (typeof RECORDABLE_KINDS)[number];

function mayRecord(ctx: ServiceContext, officer: OfficerRelations): RecordableKind[] {
  const schools = [null, ...officer.placements.map((p) => p.schoolId)];
  const allowed: Record<RecordableKind, boolean> = {
    courses: coursePolicy.write(ctx.actor, officer).allowed,
    certificates: certificateRecordPolicy.write(ctx.actor, officer).allowed,
    // A safety coordinator records the days at their own district's schools: any one of them will do.
    "contact-days": schools.some((schoolId) => contactDayPolicy.write(ctx.actor, officer, schoolId).allowed),
    "policy-reviews": policyReviewPolicy.write(ctx.actor, officer).allowed,
    "employer-unable-decisions": employerUnablePolicy.write(ctx.actor, officer).allowed,
  };
  return RECORDABLE_KINDS.filter((kind) => allowed[kind]);
}

export async function officerStatus(ctx: ServiceContext, officerId: string, asOf?: string, districtId?: string): Promise<OfficerStatus> {
  const loaded = await loadOfficerForStatus(ctx.db, officerId);
  if (loaded === null) throw notFound("officer", officerId);
  const { records, readings } = loaded;
  const relations: OfficerRelations = {
    officerId: records.officerId,
    agencyId: records.agencyId,
    placements: records.assignments.filter((a) => a.underContract).map((a) => ({ districtId: a.districtId, schoolId: a.schoolId })),
  };
  const reach = officerReach(ctx.actor, relations);
  if (reach.reach === "NONE") await refuseAccess(ctx, reach.reason, { entity: "officers", entityId: officerId, organizationId: records.agencyId });
  if (districtId !== undefined && !records.assignments.some((a) => a.districtId === districtId)) {
    throw invalidField("/districtId", "the officer has no assignment in this district");
  }
  const date = asOf ?? ctx.today();
  const view: View = districtId === undefined ? { kind: "officer" } : { kind: "district", districtId };
  const result = evaluateTypedTraining(trainingRequest(records, view, date, readings));
  if ("error" in result) throw new Error(`engine refused a request built from stored records: ${result.error.message}`);
  const h = headlineOnRecords(records, view, date, readings, result.answer);
  // Private records' dates are withheld from a reader whose role may not read them (docs/decisions/0012).
  const privacy = statusPrivacy(ctx.actor, relations, records);
  const shown = withholdPrivateDates(result.answer, date, validUntilOf(result, h, date), privacy.privateDates);
  return {
    officerId,
    name: records.name,
    asOf: date,
    districtId: districtId ?? null,
    headline: h.headline,
    headlineLabel: HEADLINE_LABELS[h.headline],
    headlineExplanation: h.explanation,
    actionDueOn: h.dueOn,
    validUntil: shown.validUntil,
    nextSteps: nextSteps(result.answer, h, date),
    answer: shown.answer,
    law: passagesCited(result.answer),
    schoolYear: schoolYearOf(date, readings),
    mayRecord: mayRecord(ctx, relations),
    notShown: RECORDABLE_KINDS.filter((kind) => !privacy.readable[kind]),
  };
}

