import { officerPolicy } from "../../policies/officers.ts";
import { officerBound } from "./access.ts";
import { sql } from "drizzle-orm";
import Type from "typebox";
import { officers } from "../../store/schema.ts";
import type { RecordKind } from "./define.ts";
import { Officer, OfficerCreate as create } from "../../records/officers.ts";
import { Id, listQuery, patchOf, presentStamps } from "./fields.ts";
import { requireAgency } from "./lookups.ts";

export const officerKind: RecordKind = {
  name: "officer",
  plural: "officers",
  description: "Peace officers, each employed by one agency; one officer may serve several districts.",
  table: officers,
  schemas: {
    create,
    update: patchOf(create, Officer, []),
    output: Officer,
    filters: listQuery({
      agencyId: Type.Optional(Id), postLicense: Type.Optional(Type.String()),
      districtId: Type.Optional(Type.String({ format: "uuid", description: "Officers with an assignment (past or present) at this district's (or charter school's) schools." })),
    }),
  },
  filterColumns: { agencyId: officers.agencyId, postLicense: officers.postLicense },
  filterConditions: {
    districtId: (id) => sql`${officers.id} in (select x.officer_id from assignments x join schools s on s.id = x.school_id where s.organization_id = ${id})`,
  },
  orderBy: officers.lastName,
  access: officerBound(officerPolicy, officers.id, (r) => String(r["id"]), { agencyIdOf: (r) => String(r["agencyId"]) }),
  removable: false,
  check: (db, v) => requireAgency(db, String(v["agencyId"]), "/agencyId"),
  affectedOfficers: (_db, row) => Promise.resolve([row.id]),
  present: (r) => ({ id: r.id, postLicense: r["postLicense"], firstName: r["firstName"], lastName: r["lastName"], agencyId: r["agencyId"], ...presentStamps(r) }),
};
