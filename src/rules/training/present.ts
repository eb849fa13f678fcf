import { formatNullable } from "../calendar/day.ts";
import { schoolYearLabel } from "../calendar/school-year.ts";
import type { Context } from "../context.ts";
import { presentFlag, presentTrace } from "../present.ts";
import type { TrainingResponse } from "../response.ts";
import type { TrainingDetermination } from "./determination.ts";
import { explainTraining } from "./explain.ts";

/** The contract's training answer (engine-contract.md §2) from a determination: strings only here. */
export function presentTraining(det: TrainingDetermination, ctx: Context, withTrace: boolean): TrainingResponse {
  const sub = det.substitute;
  const response: TrainingResponse = {
    kind: "training",
    lawVersion: ctx.law.id,
    statuteStatus: det.statuteStatus,
    policyStatus: det.policyStatus,
    path: det.path,
    assumedDutiesOn: formatNullable(det.assumedDutiesOn),
    deadline: formatNullable(det.deadline),
    deadlineEffective: formatNullable(det.deadlineEffective),
    refresherDue: formatNullable(det.refresherDue),
    notRequiredDuties: det.dutiesRelieved ? [...ctx.law.relievedClauses] : [],
    substituteContactDays: sub === null ? null : { schoolYear: schoolYearLabel(sub.schoolYearStart, ctx.readings.schoolYearStart), count: sub.current.count },
    flags: det.flags.map((f) => presentFlag(f, ctx.policies)),
  };
  if (withTrace) response.trace = presentTrace(explainTraining(det, ctx), ctx.policies);
  return response;
}
