import { organizationAccess } from "./access.ts";
import Type from "typebox";
import { Organization, OrganizationCreate as create, OrganizationKindField as Kind } from "../../records/organizations.ts";
import { organizations } from "../../store/schema.ts";
import type { RecordKind } from "./define.ts";
import { listQuery, patchOf, presentStamps } from "./fields.ts";
import { officersOfOrganization } from "./lookups.ts";

export const organizationKind: RecordKind = {
  name: "organization",
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
