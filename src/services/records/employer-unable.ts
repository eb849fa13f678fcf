import { employerUnablePolicy } from "../../policies/employer-unable.ts";
import { officerBound } from "./access.ts";
import Type from "typebox";
import { employerUnableDecisions } from "../../store/schema.ts";
import type { RecordKind } from "./define.ts";
import { closed, Day, Id, listQuery, patchOf, presentStamps, stamps, Text } from "./fields.ts";

const editable = {
  decidedOn: Day,
  reason: Type.String({ minLength: 1, maxLength: 2000, description: "Why the employer could not provide the course before the officer assumed duties (subd. 3(c); A16)." }),
  decidedBy: Type.Optional(Text(200)),
};

export const EmployerUnableDecision = Type.Object({ id: Id, officerId: Id, decidedOn: Day, reason: Type.String(), decidedBy: Type.String(), ...stamps });

const create = Type.Object({ officerId: Id, ...editable }, closed);

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
