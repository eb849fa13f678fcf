import { isoDay } from "../calendar/day.ts";
import type { Context } from "../context.ts";
import type { FlagCode, RaisedFlag } from "../flags.ts";
import { DEFAULT_READINGS, LAW_2024 } from "../versions.ts";
import { STATUTORY_DUTIES } from "./duties.ts";
import type { ContractFacts } from "./facts.ts";

/** Test builders: the default contract is complete under the POST policy, so a test states only what it removes. */

export function context(over: { agency?: "POST" | null; district?: "MSBA" | "EDINA" | null } = {}): Context {
  return {
    asOf: isoDay("2026-03-02"),
    law: LAW_2024,
    readings: DEFAULT_READINGS,
    policies: {
      agency: over.agency === undefined ? "POST" : over.agency,
      district: over.district === undefined ? "MSBA" : over.district,
      agencyAdoptedOn: null,
    },
  };
}

/** The seven duties in the statute's own words. */
export function statutoryDuties(): { clause: number; text: string | null }[] {
  return STATUTORY_DUTIES.map((d) => ({ clause: d.clause, text: d.statute }));
}

export function contract(over: Partial<ContractFacts> = {}): ContractFacts {
  return {
    duties: statutoryDuties(),
    additionalDuties: [],
    attirePolicy: "Standard uniform; plain clothes at events by mutual agreement.",
    districtSelectionRole: "The superintendent's designee sits on the selection panel.",
    deescalationResources: "The SRO is briefed each fall on the district crisis team.",
    publicNotificationProcess: "Each school's website names its SRO.",
    dataPractices: { recordsSharedWithAgency: ["directory information"], recordsSharedWithSro: [], purposes: ["school safety"] },
    ...over,
  };
}

/** The duties with one clause's text replaced (or removed with `undefined`). */
export function dutiesWith(clause: number, text: string | null | undefined): { clause: number; text: string | null }[] {
  return statutoryDuties().flatMap((d) => (d.clause !== clause ? [d] : text === undefined ? [] : [{ clause, text }]));
}

export function codes(result: { flags: readonly RaisedFlag[] }): FlagCode[] {
  return result.flags.map((f) => f.code);
}

export function flag(result: { flags: readonly RaisedFlag[] }, code: FlagCode): RaisedFlag | undefined {
  return result.flags.find((f) => f.code === code);
}
