import type { Context } from "../context.ts";
import type { FlagCode } from "../flags.ts";
import type { SourceId } from "../sources/index.ts";
import type { ContractFacts } from "./facts.ts";
import type { Findings } from "./findings.ts";

/**
 * R-CON-2 / R-CON-3 — Minn. Stat. § 626.8482, subd. 2(b): a district "may contract with a school
 * resource officer's employer for the officer to perform additional duties"; and
 * Minn. Stat. § 626.8482, subd. 2(c): a school resource officer "must not … participate in the
 * enforcement of discipline for violations of school rules". An additional duty cannot buy what
 * subd. 2(c) forbids.
 */
export function applyAdditionalDuties(contract: ContractFacts, f: Findings): void {
  const discipline = contract.additionalDuties
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.enforcesSchoolDiscipline)
    .map(({ d, i }) => (d.text === null ? `additional duty ${i + 1}` : `additional duty ${i + 1}: ${d.text}`));
  if (contract.additionalDuties.length > 0) {
    f.note("additionalDuties", discipline.length, discipline.length === 0
      ? "no additional duty has the SRO enforce school discipline"
      : "an additional duty has the SRO enforce school discipline, which subd. 2(c) forbids", ["626.8482/2(b)", "626.8482/2(c)", "MSBA/IV.B", "POST/IV.A.2", "A21"]);
  }
  if (discipline.length > 0) f.raise("CONTRACT_ASSIGNS_SCHOOL_DISCIPLINE", discipline.join("; "));
}

interface PostItem {
  item: string;
  code: FlagCode;
  source: SourceId;
  value: (c: ContractFacts) => string | null;
}

/**
 * R-CON-6 — POST IV.A.1: the agency's contract "(i) Must address a mutually agreed upon policy regarding
 * the use of plain clothes, modified uniforms, and other changes to SRO attire …; (ii) Shall articulate
 * the role, if any, of the school district in the selection, vetting and retention of the SRO; (iii)
 * Should address how the SRO will be informed of school district resources available to school staff
 * to assist with de-escalation …; (iv) Shall establish a public notification process that an SRO will
 * be present in the schools." Severity follows the verbs: must/shall POLICY_VIOLATION, should ADVISORY.
 */
const POST_ITEMS: readonly PostItem[] = [
  { item: "(i) attire", code: "CONTRACT_ATTIRE_MISSING", source: "POST/IV.A.1.i", value: (c) => c.attirePolicy },
  { item: "(ii) district role in selection, vetting and retention", code: "CONTRACT_VETTING_ROLE_MISSING", source: "POST/IV.A.1.ii", value: (c) => c.districtSelectionRole },
  { item: "(iii) de-escalation resources", code: "CONTRACT_DEESCALATION_RESOURCES_MISSING", source: "POST/IV.A.1.iii", value: (c) => c.deescalationResources },
  { item: "(iv) public notification", code: "CONTRACT_PUBLIC_NOTICE_MISSING", source: "POST/IV.A.1.iv", value: (c) => c.publicNotificationProcess },
];

export function applyPostContractItems(contract: ContractFacts, ctx: Context, f: Findings): void {
  // Reading A24 (law.md §12): the POST IV.A.1 items come from the employing agency's policy; a
  // district's policy neither adds nor removes them.
  if (ctx.policies.agency !== "POST") {
    f.note("postContractItems", "NOT_APPLIED", "the employing agency has not adopted the POST model policy, so its contract items (IV.A.1) are not required", ["POST/IV.A", "A24"]);
    return;
  }
  const absent = POST_ITEMS.filter((p) => {
    const v = p.value(contract);
    return v === null || v.trim() === "";
  });
  f.note("postContractItems", absent.length === 0 ? "ALL" : `missing ${absent.map((p) => p.item).join("; ")}`, absent.length === 0
    ? "the contract addresses every POST IV.A.1 item"
    : "the agency's POST policy requires the contract to address these items", ["POST/IV.A", ...POST_ITEMS.map((p) => p.source), "A24"]);
  for (const p of absent) f.raise(p.code, p.item);
}
