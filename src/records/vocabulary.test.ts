import { getTableConfig, PgDialect, type PgTable } from "drizzle-orm/pg-core";
import type { TSchema } from "typebox";
import { describe, expect, it } from "vitest";
import { COLUMNS } from "../importer/kinds.ts";
import { Assignment as ContractAssignment, CourseType as ContractCourseType, Policies as ContractPolicies } from "../rules/request/schema.ts";
import { ImportReport } from "../services/import/upload.ts";
import { assignmentKind } from "../services/records/assignments.ts";
import { courseKind } from "../services/records/courses.ts";
import { organizationKind } from "../services/records/organizations.ts";
import { policyReviewKind } from "../services/records/policy-reviews.ts";
import { assignments, courses, memberships, organizations } from "../store/schema.ts";
import { ASSIGNMENT_ROLES } from "./assignments.ts";
import { COURSE_TYPES } from "./courses.ts";
import { IMPORT_KINDS, ImportCounts } from "./imports.ts";
import { AGENCY_POLICIES, DISTRICT_POLICIES, ORGANIZATION_KINDS, SRO_POLICIES } from "./organizations.ts";
import { ROLES } from "./roles.ts";

/**
 * One vocabulary: every place that states an enumeration — the store's CHECK constraint, the engine
 * contract, the API's request and answer schemas, the importer's columns — states the list of
 * src/records, value for value and in the same order.
 */
const dialect = new PgDialect();

/** The quoted values of a table's CHECK constraint, as drizzle-kit writes it into the migrations. */
function checkValues(table: PgTable, name: string): string[] {
  const check = getTableConfig(table).checks.find((c) => c.name === name);
  if (check === undefined) throw new Error(`no check ${name}`);
  const text = dialect.sqlToQuery(check.value).sql;
  return [...text.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? "");
}

/** The values of an enumeration schema, through Optional/nullable unions and arrays. */
function enumOf(s: { enum?: unknown[]; anyOf?: TSchema[]; items?: TSchema } | undefined): unknown[] {
  if (s === undefined) return [];
  if (Array.isArray(s.enum)) return s.enum;
  if (s.items !== undefined) return enumOf(s.items);
  return (s.anyOf ?? []).flatMap(enumOf);
}

function property(schema: TSchema, key: string): TSchema | undefined {
  return (schema as { properties?: Record<string, TSchema> }).properties?.[key];
}

function column(kind: keyof typeof COLUMNS, name: string): TSchema | undefined {
  return COLUMNS[kind].find((c) => c.name === name)?.schema;
}

describe("one vocabulary", () => {
  it("course types: the store's CHECK, the engine contract, the API and the importer", () => {
    const list = [...COURSE_TYPES];
    expect(checkValues(courses, "courses_type")).toEqual(list);
    expect(enumOf(ContractCourseType)).toEqual(list);
    expect(enumOf(property(courseKind.schemas.create, "type"))).toEqual(list);
    expect(enumOf(property(courseKind.schemas.output, "type"))).toEqual(list);
    expect(enumOf(property(courseKind.schemas.filters, "type"))).toEqual(list);
    expect(enumOf(column("courses", "type"))).toEqual(list);
  });

  it("assignment roles: the store's CHECK, the engine contract, the API and the importer", () => {
    const list = [...ASSIGNMENT_ROLES];
    expect(checkValues(assignments, "assignments_role")).toEqual(list);
    expect(enumOf(property(ContractAssignment, "role"))).toEqual(list);
    expect(enumOf(property(assignmentKind.schemas.create, "role"))).toEqual(list);
    expect(enumOf(property(assignmentKind.schemas.output, "role"))).toEqual(list);
    expect(enumOf(column("roster", "role"))).toEqual(list);
  });

  it("organization kinds and SRO policies: the store's CHECKs, the engine contract and the API", () => {
    expect(checkValues(organizations, "organizations_kind")).toEqual([...ORGANIZATION_KINDS]);
    expect(enumOf(property(organizationKind.schemas.create, "kind"))).toEqual([...ORGANIZATION_KINDS]);
    // sro_policy is null, or (kind = AGENCY and an agency's policy), or (kind <> AGENCY and a district's).
    expect(checkValues(organizations, "organizations_policy_fits_kind")).toEqual(["AGENCY", ...AGENCY_POLICIES, "AGENCY", ...DISTRICT_POLICIES]);
    expect(enumOf(property(ContractPolicies, "agency"))).toEqual([...AGENCY_POLICIES]);
    expect(enumOf(property(ContractPolicies, "district"))).toEqual([...DISTRICT_POLICIES]);
    expect(enumOf(property(organizationKind.schemas.create, "sroPolicy"))).toEqual([...SRO_POLICIES]);
    expect(enumOf(property(policyReviewKind.schemas.output, "policy"))).toEqual([...SRO_POLICIES]);
  });

  it("roles: the store's CHECK", () => {
    expect(checkValues(memberships, "memberships_role")).toEqual([...ROLES]);
  });

  it("import kinds and counts: the importer and the API's report", () => {
    expect(Object.keys(COLUMNS)).toEqual([...IMPORT_KINDS]);
    expect(enumOf(property(ImportReport, "kind"))).toEqual([...IMPORT_KINDS]);
    expect(property(ImportReport, "counts")).toBe(ImportCounts);
  });
});
