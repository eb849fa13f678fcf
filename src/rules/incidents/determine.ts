import type { Context } from "../context.ts";
import type { RaisedFlag } from "../flags.ts";
import type { TraceStep } from "../trace.ts";
import { applyAlternatives } from "./alternatives.ts";
import { assessApplicability } from "./applicability.ts";
import { applyArrest } from "./arrest.ts";
import type { IncidentFacts } from "./facts.ts";
import { Findings } from "./findings.ts";
import { applyForce } from "./force.ts";
import { applyObservers } from "./observers.ts";
import { applyProneRestraint } from "./prone-restraint.ts";
import { applySchoolRuleLimit } from "./school-rules.ts";

/**
 * The incident determination of law.md §7 and §13–§14.2 for one incident: the flags raised (each code
 * at most once) and the steps that led to them, in the order a reader follows — the law of the
 * incident's date, who acted, whether the POST policy was in force, then each subject's rules. Pure.
 */
export function determineIncident(incident: IncidentFacts, ctx: Context): { flags: RaisedFlag[]; trace: TraceStep[] } {
  const f = new Findings();
  const app = assessApplicability(incident, ctx, f);
  applySchoolRuleLimit(incident, app, ctx, f);
  applyAlternatives(incident, app, ctx, f);
  applyArrest(incident, app, f);
  applyForce(incident, app, f);
  applyProneRestraint(incident, app, ctx, f);
  applyObservers(incident, f);
  return { flags: f.flags, trace: f.trace };
}
