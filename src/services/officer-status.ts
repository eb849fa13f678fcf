import { evaluateTypedTraining, type TrainingResponse } from "../rules/index.ts";
import { trainingRequest, type View } from "../status/engine-request.ts";
import { HEADLINE_LABELS, headlineOf, type Headline } from "../status/headline.ts";
import { loadOfficerForStatus } from "../store/officer-records.ts";
import type { ServiceContext } from "./context.ts";
import { officerReach } from "../policies/reach.ts";
import { ClientError, invalidField, notFound } from "./errors.ts";
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
  actionDueOn: string | null;
  validUntil: string;
  answer: TrainingResponse;
}

export async function officerStatus(ctx: ServiceContext, officerId: string, asOf?: string, districtId?: string): Promise<OfficerStatus> {
  const loaded = await loadOfficerForStatus(ctx.db, officerId);
  if (loaded === null) throw notFound("officer", officerId);
  const { records, readings } = loaded;
  const reach = officerReach(ctx.actor, {
    officerId: records.officerId,
    agencyId: records.agencyId,
    placements: records.assignments.filter((a) => a.underContract).map((a) => ({ districtId: a.districtId, schoolId: a.schoolId })),
  });
  if (reach.reach === "NONE") throw new ClientError("FORBIDDEN", "", reach.reason);
  if (districtId !== undefined && !records.assignments.some((a) => a.districtId === districtId)) {
    throw invalidField("/districtId", "the officer has no assignment in this district");
  }
  const date = asOf ?? ctx.today();
  const view: View = districtId === undefined ? { kind: "officer" } : { kind: "district", districtId };
  const result = evaluateTypedTraining(trainingRequest(records, view, date, readings));
  if ("error" in result) throw new Error(`engine refused a request built from stored records: ${result.error.message}`);
  const h = headlineOf(result.answer, date);
  return {
    officerId,
    name: records.name,
    asOf: date,
    districtId: districtId ?? null,
    headline: h.headline,
    headlineLabel: HEADLINE_LABELS[h.headline],
    actionDueOn: h.dueOn,
    validUntil: validUntilOf(result, h, date),
    answer: result.answer,
  };
}

