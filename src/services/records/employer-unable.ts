import { employerUnablePolicy } from "../../policies/employer-unable.ts";
import { officerBound } from "./access.ts";
import Type from "typebox";
import { employerUnableDecisions } from "../../store/schema.ts";
import type { RecordKind } from "./define.ts";
import { EmployerUnableCreate as create, EmployerUnableDecision } from "../../records/officer-records.ts";
import { Id, listQuery, patchOf, presentStamps } from "./fields.ts";

export const employerUnableKind: RecordKind = {
  name: "employer-unable decision",
  plural: "employer-unable-decisions",
  description: "The employer's documented decisions that it could not provide the training course before the officer assumed duties (subd. 3(c)).",
  table: employerUnableDecisions,
  schemas: {
    create,
    update: patchOf(create, EmployerUnableDecision, ["officerId"]),
    output: EmployerUnableDecision,
    filters: listQuery({ officerId: Type.Optional(Id) }),
  },
  filterColumns: { officerId: employerUnableDecisions.officerId },
  orderBy: employerUnableDecisions.decidedOn,
  access: officerBound(employerUnablePolicy, employerUnableDecisions.officerId, (r) => String(r["officerId"])),
  removable: true,
  complete: (_db, v, ctx) => Promise.resolve({ ...v, decidedBy: v["decidedBy"] ?? ctx.actor.name }),
  affectedOfficers: (_db, row) => Promise.resolve([String(row["officerId"])]),
  present: (r) => ({ id: r.id, officerId: r["officerId"], decidedOn: r["decidedOn"], reason: r["reason"], decidedBy: r["decidedBy"], ...presentStamps(r) }),
};
