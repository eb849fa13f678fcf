import type { Actor } from "./actor.ts";
import { allow, deny, type Decision } from "./decision.ts";

/**
 * Each kind of data in chapter 13 terms, with the statute that classifies it (issue 4: "decide and
 * document each field"). Public data any permitted viewer may see; private data only with a FULL
 * reach (reach.ts), and every read of it records the purpose given and the legal basis in the audit
 * trail. Decisions are explained in docs/decisions/0007-data-practices.md.
 */
export type Classification = "PUBLIC" | "PRIVATE" | "CONFIDENTIAL";

/** Which regime governs the data: kept apart, as POST IV.H and FERPA require. */
export type Regime = "GOVERNMENT" | "PERSONNEL" | "LAW_ENFORCEMENT" | "EDUCATION" | "SYSTEM";

export interface DataClass {
  regime: Regime;
  classification: Classification;
  basis: string;
}

const PUBLIC_PERSONNEL = "Minn. Stat. § 13.43, subd. 2(a): public personnel data (name, employee identification number, job title, work location)";
const TRAINING = "Minn. Stat. § 13.43, subd. 2(a)(2) and (7): an employee's education and training background is public";
const PRIVATE_PERSONNEL = "Minn. Stat. § 13.43, subd. 4: personnel data not made public are private";

export const DATA_PRACTICES = {
  organizations: { regime: "GOVERNMENT", classification: "PUBLIC", basis: "Minn. Stat. § 13.03, subd. 1: government data are public unless classified otherwise (names, adopted policies)" },
  schools: { regime: "GOVERNMENT", classification: "PUBLIC", basis: "Minn. Stat. § 13.03, subd. 1" },
  officers: { regime: "PERSONNEL", classification: "PUBLIC", basis: PUBLIC_PERSONNEL },
  assignments: { regime: "PERSONNEL", classification: "PUBLIC", basis: `${PUBLIC_PERSONNEL}; the contract itself is public (§ 13.03)` },
  courses: { regime: "PERSONNEL", classification: "PUBLIC", basis: TRAINING },
  certificateRecords: { regime: "PERSONNEL", classification: "PUBLIC", basis: `${TRAINING} (that a certificate is held, for which course)` },
  certificateFiles: { regime: "PERSONNEL", classification: "PRIVATE", basis: `${PRIVATE_PERSONNEL} (the document itself, with its identifiers)` },
  employerUnableDecisions: { regime: "PERSONNEL", classification: "PRIVATE", basis: `${PRIVATE_PERSONNEL} (the employer's internal staffing decisions)` },
  policyReviews: { regime: "PERSONNEL", classification: "PRIVATE", basis: PRIVATE_PERSONNEL },
  contactDays: { regime: "PERSONNEL", classification: "PRIVATE", basis: `${PRIVATE_PERSONNEL} (daily work records)` },
  statuses: { regime: "PERSONNEL", classification: "PUBLIC", basis: `${TRAINING}: the compliance status is the training background measured against the law (docs/decisions/0007)` },
  users: { regime: "SYSTEM", classification: "PRIVATE", basis: "Minn. Stat. § 13.02, subd. 12: data on individuals not made public are private (accounts, sign-in data)" },
  auditEvents: { regime: "SYSTEM", classification: "PRIVATE", basis: "Minn. Stat. § 13.37, subd. 2: security information is not public" },
} as const satisfies Record<string, DataClass>;

export type DataKind = keyof typeof DATA_PRACTICES;

export function isPrivate(kind: DataKind): boolean {
  return DATA_PRACTICES[kind].classification !== "PUBLIC";
}

/**
 * POST IV.H.1: the contract "shall identify the education records that can be shared with the law
 * enforcement agency generally and with the SRO specifically and for what purposes". No education
 * record is stored yet (they arrive with incidents); this is the wall they will pass through: a
 * record goes to the agency or the SRO only when the contract's terms list both the record and the
 * purpose.
 */
export interface DataSharingTerms {
  recordsSharedWithAgency: readonly string[];
  recordsSharedWithSro: readonly string[];
  purposes: readonly string[];
}

export function educationRecordAccess(actor: Actor, terms: DataSharingTerms | null, recipient: "AGENCY" | "SRO", record: string, purpose: string): Decision {
  if (terms === null) return deny("the contract has no data-sharing terms (POST IV.H.1): education records are not shared");
  const shared = recipient === "AGENCY" ? terms.recordsSharedWithAgency : terms.recordsSharedWithSro;
  if (!shared.includes(record)) return deny(`the contract does not list "${record}" among the education records shared with the ${recipient === "AGENCY" ? "agency" : "SRO"}`);
  if (!terms.purposes.includes(purpose)) return deny(`the contract does not list "${purpose}" among the purposes of sharing`);
  return allow(`shared with ${actor.name} under the contract's data-sharing terms (POST IV.H.1; 34 CFR § 99.31(a)(1))`);
}
