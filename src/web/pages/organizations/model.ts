/**
 * The records this page shows, as the API answers them (src/services/records: organizations,
 * schools, assignments, officers), and the words the page uses for their coded values.
 */
import type { Schemas } from "../../api/typed.ts";

export type RecordAction = "read" | "update" | "remove";
export type OrganizationKind = "AGENCY" | "DISTRICT" | "CHARTER_SCHOOL";
export type SroPolicy = "POST" | "MSBA" | "EDINA";

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

// The records' shapes are the API's generated types (src/web/api/schema.d.ts): one definition.
export type Organization = Schemas["Organization"];
export type School = Schemas["School"];
export type Assignment = Schemas["Assignment"];
export type Officer = Schemas["Officer"];

export const KIND_LABELS: Record<OrganizationKind, string> = {
  AGENCY: "Law enforcement agency",
  DISTRICT: "School district",
  CHARTER_SCHOOL: "Charter school",
};

/** The three policies an organization may adopt, each in one sentence (law.md §1, §10). */
export const POLICIES: Record<SroPolicy, { name: string; summary: string }> = {
  POST: {
    name: "POST Board model policy",
    summary:
      "The Peace Officer Standards and Training Board's model SRO policy, adopted by a law enforcement agency: duties, de-escalation, use of force and arrests, data practices, and SRO training including a refresher every three years.",
  },
  MSBA: {
    name: "MSBA/MASA Model Policy 507.5",
    summary: "The Minnesota School Boards Association's model policy for a school board, restating the statute's SRO duties and training rules nearly word for word.",
  },
  EDINA: {
    name: "Edina ISD 273 policy",
    summary: "Edina Public Schools' 2024 board policy, used as a district policy: it narrows some statutory duties and words the substitute and certificate rules differently, which the engine flags for review.",
  },
};

export const ROLE_LABELS: Record<Assignment["role"], string> = { REGULAR: "Regular", SUBSTITUTE: "Substitute" };

export function officerName(officer: Officer | undefined, id: string): string {
  return officer === undefined ? `Officer ${id.slice(0, 8)}` : `${officer.lastName}, ${officer.firstName}`;
}

/** "" from a text box means "no value" for the API's nullable fields. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}
