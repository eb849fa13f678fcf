import { organizationAccess } from "./access.ts";
import Type from "typebox";
import { organizations } from "../../store/schema.ts";
import type { RecordKind } from "./define.ts";
import { closed, Day, Id, listQuery, nullable, patchOf, presentStamps, stamps, Text } from "./fields.ts";
import { officersOfOrganization } from "./lookups.ts";

const Kind = Type.Enum(["AGENCY", "DISTRICT", "CHARTER_SCHOOL"], { description: "A law enforcement agency, a school district or a charter school." });
const Policy = nullable(Type.Enum(["POST", "MSBA", "EDINA"], { description: "The SRO policy adopted: POST (agencies); MSBA 507.5 or EDINA (districts, charter schools)." }));

const editable = {
  name: Text(),
  sroPolicy: Type.Optional(Policy),
  policyVersion: Type.Optional(nullable(Text(100))),
  policyAdoptedOn: Type.Optional(nullable(Day)),
};

export const Organization = Type.Object({
  id: Id,
  kind: Kind,
  name: Type.String(),
  sroPolicy: Policy,
  policyVersion: nullable(Type.String()),
  policyAdoptedOn: nullable(Day),
  ...stamps,
});

const create = Type.Object({ kind: Kind, ...editable }, closed);

export const organizationKind: RecordKind = {
  name: "organisation",
  plural: "organizations",
  description: "Law enforcement agencies, school districts and charter schools, with the SRO policy each has adopted.",
  table: organizations,
  schemas: {
    create,
    update: patchOf(create, Organization, ["kind"]),
    output: Organization,
    filters: listQuery({ kind: Type.Optional(Kind) }),
  },
  filterColumns: { kind: organizations.kind },
  orderBy: organizations.name,
  access: organizationAccess,
  removable: false,
  affectedOfficers: (db, row) => officersOfOrganization(db, row.id),
  present: (r) => ({ id: r.id, kind: r["kind"], name: r["name"], sroPolicy: r["sroPolicy"], policyVersion: r["policyVersion"], policyAdoptedOn: r["policyAdoptedOn"], ...presentStamps(r) }),
};
