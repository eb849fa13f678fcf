/**
 * The demo's organizations: fictional, Minnesota-like, and clearly demo. Two law enforcement
 * agencies — a city police department that adopted the POST Board's model SRO policy (as Breitung
 * Police Department did, law.md §0) and a county sheriff's office with no SRO policy on file (a
 * realistic gap, which the engine flags as AGENCY_SRO_POLICY_MISSING for each of its SROs); three
 * school districts, two on MSBA/MASA model policy 507.5 and one on Edina's policy text; one charter
 * school. The police department serves its own district, the neighbouring Edina-policy district and
 * the charter school; the sheriff's office serves the rural district.
 */
export type AgencyKey = "prpd" | "tcso";
export type OwnerKey = "pras" | "nbps" | "tvps" | "nlsa";
export type SchoolKey =
  | "pr-high" | "pr-lakeview" | "pr-riverside" | "pr-cottonwood"
  | "nb-high" | "nb-middle" | "nb-meadowlark"
  | "tv-secondary" | "tv-pinegrove" | "tv-cedar"
  | "nl-upper" | "nl-lower";

export interface DemoOrganization {
  key: AgencyKey | OwnerKey;
  kind: "AGENCY" | "DISTRICT" | "CHARTER_SCHOOL";
  name: string;
  sroPolicy: "POST" | "MSBA" | "EDINA" | null;
  policyVersion: string | null;
  policyAdoptedOn: string | null;
}

export const ORGANIZATIONS: readonly DemoOrganization[] = [
  { key: "prpd", kind: "AGENCY", name: "Prairie River Police Department", sroPolicy: "POST", policyVersion: "POST Board model SRO policy (2024), adopted as written", policyAdoptedOn: "2024-11-19" },
  { key: "tcso", kind: "AGENCY", name: "Tamarack County Sheriff's Office", sroPolicy: null, policyVersion: null, policyAdoptedOn: null },
  { key: "pras", kind: "DISTRICT", name: "Prairie River Area Schools", sroPolicy: "MSBA", policyVersion: "MSBA/MASA Model Policy 507.5 (Orig. 2024, Rev. 2025)", policyAdoptedOn: "2025-06-16" },
  { key: "tvps", kind: "DISTRICT", name: "Tamarack Valley Public Schools", sroPolicy: "MSBA", policyVersion: "MSBA/MASA Model Policy 507.5 (Orig. 2024)", policyAdoptedOn: "2024-10-14" },
  { key: "nbps", kind: "DISTRICT", name: "North Birch Public Schools", sroPolicy: "EDINA", policyVersion: "School Resource Officers (text of ISD 273 Edina's 2024 policy)", policyAdoptedOn: "2024-12-09" },
  { key: "nlsa", kind: "CHARTER_SCHOOL", name: "Northern Lights STEM Academy", sroPolicy: "MSBA", policyVersion: "MSBA/MASA Model Policy 507.5 (Rev. 2025)", policyAdoptedOn: "2025-07-21" },
];

export const SCHOOLS: readonly { key: SchoolKey; owner: OwnerKey; name: string }[] = [
  { key: "pr-high", owner: "pras", name: "Prairie River High School" },
  { key: "pr-lakeview", owner: "pras", name: "Lakeview Middle School" },
  { key: "pr-riverside", owner: "pras", name: "Riverside Elementary School" },
  { key: "pr-cottonwood", owner: "pras", name: "Cottonwood Elementary School" },
  { key: "nb-high", owner: "nbps", name: "North Birch Senior High School" },
  { key: "nb-middle", owner: "nbps", name: "Birch Hollow Middle School" },
  { key: "nb-meadowlark", owner: "nbps", name: "Meadowlark Elementary School" },
  { key: "tv-secondary", owner: "tvps", name: "Tamarack Valley Secondary School" },
  { key: "tv-pinegrove", owner: "tvps", name: "Pine Grove Elementary School" },
  { key: "tv-cedar", owner: "tvps", name: "Cedar Ridge Elementary School" },
  { key: "nl-upper", owner: "nlsa", name: "Northern Lights STEM Academy Upper School" },
  { key: "nl-lower", owner: "nlsa", name: "Northern Lights STEM Academy Lower School" },
];

/** The SRO contract each assignment is made under (agency and district or charter school). */
export const CONTRACTS: Readonly<Record<string, string>> = {
  "prpd/pras": "PRPD-PRAS school resource officer agreement",
  "prpd/nbps": "PRPD-NBPS school resource officer agreement",
  "prpd/nlsa": "PRPD-NLSA school resource officer agreement",
  "tcso/tvps": "TCSO-TVPS school resource officer agreement",
  "tcso/nlsa": "TCSO-NLSA substitute coverage letter",
};

export function ownerOf(school: SchoolKey): OwnerKey {
  const s = SCHOOLS.find((x) => x.key === school);
  if (s === undefined) throw new Error(`unknown demo school ${school}`);
  return s.owner;
}
