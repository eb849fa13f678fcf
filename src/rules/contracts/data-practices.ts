import type { Context } from "../context.ts";
import type { ContractFacts } from "./facts.ts";
import type { Findings } from "./findings.ts";

function nonBlank(list: readonly string[]): string[] {
  return list.filter((s) => s.trim() !== "");
}

/**
 * R-CON-7 / R-DAT-1 — POST IV.H.1: "The contract between the school district and the law enforcement
 * agency must address data practices policies and procedures. These procedures and policies shall
 * identify the education records that can be shared with the law enforcement agency generally and with
 * the SRO specifically and for what purposes." Law.md §14.3: missing when the contract has no
 * data-practices terms, lists no shared record (in either list), or names no purpose.
 */
export function applyDataPractices(contract: ContractFacts, ctx: Context, f: Findings): void {
  // Reading A24 (law.md §12): a POST agency-policy item; MSBA 507.5 and Edina have no data-practices
  // clause (law.md §10 row 17).
  if (ctx.policies.agency !== "POST") {
    f.note("dataPractices", "NOT_APPLIED", "the data-practices contract term is POST policy (IV.H.1), not adopted by the employing agency", ["POST/IV.H.1", "A24"]);
    return;
  }
  const dp = contract.dataPractices;
  const gaps: string[] = [];
  if (dp === null) gaps.push("no data-practices terms");
  else {
    if (nonBlank(dp.recordsSharedWithAgency).length === 0 && nonBlank(dp.recordsSharedWithSro).length === 0) gaps.push("no shared education records listed");
    if (nonBlank(dp.purposes).length === 0) gaps.push("no purposes listed");
  }
  f.note("dataPractices", gaps.length === 0 ? "ADDRESSED" : gaps.join("; "), gaps.length === 0
    ? "the contract identifies the education records shared and the purposes"
    : "POST IV.H.1 requires the contract to identify the records shared and for what purposes", ["POST/IV.H.1"]);
  if (gaps.length > 0) f.raise("CONTRACT_DATA_PRACTICES_MISSING", gaps.join("; "));
}
