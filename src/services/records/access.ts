import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Actor } from "../../policies/actor.ts";
import { DATA_PRACTICES, type DataKind } from "../../policies/data-practices.ts";
import type { Decision } from "../../policies/decision.ts";
import { organizationPolicy, schoolPolicy } from "../../policies/organizations.ts";
import { fullOnly, officerScope, type OfficerRelations, type OfficerScope } from "../../policies/reach.ts";
import { publicReachSees, type Action, type OfficerRecordPolicy } from "../../policies/records.ts";
import { arrayLiteral, type Db } from "../../store/database.ts";
import { officerRelations } from "../../store/officer-relations.ts";
import { invalidField } from "../errors.ts";

/**
 * How a kind of record meets the policies (src/policies/, the one place that says who may do what):
 * the decision for one row, the actions for a page of rows, the condition that keeps a list to what
 * the caller may see, and the organization an audit event is filed under.
 */
type Row = Record<string, unknown>;

export interface KindAccess {
  data: DataKind;
  decide(db: Db, actor: Actor, action: "read" | "write", row: Row, isNew: boolean): Promise<Decision>;
  actions(db: Db, actor: Actor, rows: readonly Row[]): Promise<Action[][]>;
  /** The condition a list adds for this actor; undefined = every row. */
  listScope(actor: Actor): SQL | undefined;
  organizationOf(db: Db, row: Row): Promise<string | null>;
}

const NONE = sql`false`;

/** The officers an OfficerScope covers, as a condition on an officer id expression. */
export function officerCondition(scope: OfficerScope, officerId: SQL | AnyPgColumn): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.fullAgencies.length > 0) parts.push(sql`${officerId} in (select id from officers where agency_id = any(${arrayLiteral(scope.fullAgencies)}::uuid[]))`);
  if (scope.fullOfficers.length > 0) parts.push(sql`${officerId} = any(${arrayLiteral(scope.fullOfficers)}::uuid[])`);
  if (scope.publicDistricts.length > 0 || scope.publicSchools.length > 0) {
    parts.push(sql`${officerId} in (select x.officer_id from assignments x join schools s on s.id = x.school_id
                   where x.under_contract and (s.organization_id = any(${arrayLiteral(scope.publicDistricts)}::uuid[]) or x.school_id = any(${arrayLiteral(scope.publicSchools)}::uuid[])))`);
  }
  return parts.length === 0 ? NONE : sql`(${sql.join(parts, sql` or `)})`;
}

export function officerBound(
  policy: OfficerRecordPolicy,
  officerColumn: AnyPgColumn,
  officerIdOf: (row: Row) => string,
  options: {
    schoolIdOf?: (row: Row) => string | null;
    schoolColumn?: AnyPgColumn;
    extraScope?: (actor: Actor) => SQL | undefined;
    /** The row is the officer itself: judge it by the agency it names (a new officer has no id yet; a transfer must be allowed by the new agency too). */
    agencyIdOf?: (row: Row) => string;
  } = {},
): KindAccess {
  const schoolOf = (row: Row): string | null => options.schoolIdOf?.(row) ?? null;
  const relationsOf = async (db: Db, row: Row): Promise<OfficerRelations> => {
    const officerId = row["id"] === undefined && options.agencyIdOf !== undefined ? undefined : officerIdOf(row);
    const stored = officerId === undefined ? undefined : (await officerRelations(db, [officerId])).get(officerId);
    if (options.agencyIdOf !== undefined) return { officerId: officerId ?? "", agencyId: options.agencyIdOf(row), placements: stored?.placements ?? [] };
    if (stored === undefined) throw invalidField("/officerId", `no officer with id ${String(officerId)}`);
    return stored;
  };
  return {
    data: policy.kind,
    async decide(db, actor, action, row) {
      const rel = await relationsOf(db, row);
      return action === "read" ? policy.read(actor, rel, schoolOf(row)) : policy.write(actor, rel, schoolOf(row));
    },
    async actions(db, actor, rows) {
      const rels = await officerRelations(db, rows.map(officerIdOf));
      return rows.map((row) => {
        const rel = rels.get(officerIdOf(row));
        return rel === undefined ? [] : policy.actions(actor, rel, schoolOf(row));
      });
    },
    listScope(actor) {
      const scope = publicReachSees(policy.kind) ? officerScope(actor) : fullOnly(officerScope(actor));
      const base = officerCondition(scope, officerColumn);
      const extra = options.extraScope?.(actor);
      if (base === undefined) return undefined;
      return extra === undefined ? base : sql`(${base} or ${extra})`;
    },
    async organizationOf(db, row) {
      const officerId = officerIdOf(row);
      return (await officerRelations(db, [officerId])).get(officerId)?.agencyId ?? null;
    },
  };
}

export const organizationAccess: KindAccess = {
  data: "organizations",
  decide(_db, actor, action, row, isNew) {
    if (action === "read") return Promise.resolve(organizationPolicy.read(actor));
    return Promise.resolve(isNew ? organizationPolicy.create(actor) : organizationPolicy.update(actor, { id: String(row["id"]), kind: String(row["kind"]) }));
  },
  actions: (_db, actor, rows) => Promise.resolve(rows.map((r) => organizationPolicy.actions(actor, { id: String(r["id"]), kind: String(r["kind"]) }))),
  listScope: (actor) => (organizationPolicy.read(actor).allowed ? undefined : NONE),
  organizationOf: (_db, row) => Promise.resolve(typeof row["id"] === "string" ? row["id"] : null),
};

export const schoolAccess: KindAccess = {
  data: "schools",
  decide(_db, actor, action, row) {
    return Promise.resolve(action === "read" ? schoolPolicy.read(actor) : schoolPolicy.write(actor, String(row["organizationId"])));
  },
  actions: (_db, actor, rows) => Promise.resolve(rows.map((r) => schoolPolicy.actions(actor, String(r["organizationId"])))),
  listScope: (actor) => (schoolPolicy.read(actor).allowed ? undefined : NONE),
  organizationOf: (_db, row) => Promise.resolve(typeof row["organizationId"] === "string" ? row["organizationId"] : null),
};

export function basisOf(data: DataKind): string {
  return DATA_PRACTICES[data].basis;
}
