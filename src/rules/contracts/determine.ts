import type { Context } from "../context.ts";
import type { RaisedFlag } from "../flags.ts";
import type { TraceStep } from "../trace.ts";
import { applyDataPractices } from "./data-practices.ts";
import { applyDuties } from "./duties.ts";
import type { ContractFacts } from "./facts.ts";
import { Findings } from "./findings.ts";
import { applyAdditionalDuties, applyPostContractItems } from "./required-terms.ts";

/**
 * The contract determination of law.md §3, §8 and §14.3: the statutory duty list (always), the bar on
 * school discipline (always), and the POST agency policy's contract terms (when adopted). Pure.
 */
export function determineContract(contract: ContractFacts, ctx: Context): { flags: RaisedFlag[]; trace: TraceStep[] } {
  const f = new Findings();
  applyDuties(contract, f);
  applyAdditionalDuties(contract, f);
  applyPostContractItems(contract, ctx, f);
  applyDataPractices(contract, ctx, f);
  return { flags: f.flags, trace: f.trace };
}
