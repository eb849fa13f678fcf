import Type from "typebox";
import { AGENCY_POLICIES, DISTRICT_POLICIES } from "../rules/request/schema.ts";
import { closed, Day, Id, nullable, stamps, Text } from "./fields.ts";

/** Organizations (agencies, school districts, charter schools) and their schools. */
export const ORGANIZATION_KINDS = ["AGENCY", "DISTRICT", "CHARTER_SCHOOL"] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** The kind that employs officers; every other kind runs schools. */
export const AGENCY: OrganizationKind = "AGENCY";

/**
 * The SRO policies an organization may adopt, as the engine contract names them: an agency's (the
 * POST Board's model policy) and a district's or charter school's (MSBA 507.5 or Edina's text).
 */
export { AGENCY_POLICIES, DISTRICT_POLICIES };
export const SRO_POLICIES = [...AGENCY_POLICIES, ...DISTRICT_POLICIES] as const;
export type SroPolicy = (typeof SRO_POLICIES)[number];

export const OrganizationKindField = Type.Enum(ORGANIZATION_KINDS, { description: "A law enforcement agency, a school district or a charter school." });
const AdoptedPolicy = nullable(Type.Enum(SRO_POLICIES, { description: "The SRO policy adopted: POST (agencies); MSBA 507.5 or EDINA (districts, charter schools)." }));

/** What a person may set on an organization (its kind is set once, at creation). */
export const organizationFields = {
  name: Text(),
  sroPolicy: Type.Optional(AdoptedPolicy),
  policyVersion: Type.Optional(nullable(Text(100))),
  policyAdoptedOn: Type.Optional(nullable(Day)),
};
export const OrganizationCreate = Type.Object({ kind: OrganizationKindField, ...organizationFields }, closed);
export const Organization = Type.Object({
  id: Id,
  kind: OrganizationKindField,
  name: Type.String(),
  sroPolicy: AdoptedPolicy,
  policyVersion: nullable(Type.String()),
  policyAdoptedOn: nullable(Day),
  ...stamps,
});

export const schoolFields = { organizationId: Id, name: Text() };
export const SchoolCreate = Type.Object(schoolFields, closed);
export const School = Type.Object({ id: Id, organizationId: Id, name: Type.String(), ...stamps });
