/**
 * A contract as the contract rules read it (engine-contract.md §1.3), every absent field given its
 * default. Texts are trimmed; a blank text is null.
 */
export interface ContractFacts {
  /** Clause of subd. 2(a) (1..7) and the contract's words; null text = incorporated by reference. */
  duties: readonly { clause: number; text: string | null }[];
  additionalDuties: readonly { text: string | null; enforcesSchoolDiscipline: boolean }[];
  attirePolicy: string | null;
  districtSelectionRole: string | null;
  deescalationResources: string | null;
  publicNotificationProcess: string | null;
  dataPractices: { recordsSharedWithAgency: readonly string[]; recordsSharedWithSro: readonly string[]; purposes: readonly string[] } | null;
}
