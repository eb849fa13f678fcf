import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { withNamedComponents } from "./openapi.ts";
import { generatedSchema, lintDocument, SCHEMA_FILE, servedDocument } from "./openapi.test-support.ts";

/**
 * Issue 11: the served OpenAPI document passes a linter nobody here wrote — `redocly lint` with its
 * recommended rules, no error and no warning (`npm run lint:api` prints the same report) — and the
 * web's types generated from it (src/web/api/schema.d.ts, `npm run generate:api`) are up to date.
 */
describe("the served OpenAPI document", () => {
  let document: Record<string, unknown>;
  beforeAll(async () => {
    document = await servedDocument();
  });

  it("passes redocly lint (recommended rules) with no error and no warning", async () => {
    const result = await lintDocument(document);
    expect(result.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location}: ${p.message}`)).toEqual([]);
    expect([result.errors, result.warnings]).toEqual([0, 0]);
  }, 60_000);

  it("is what the web's committed API types were generated from (else: npm run generate:api)", async () => {
    const committed = readFileSync(SCHEMA_FILE, "utf8");
    const fresh = await generatedSchema(document);
    expect(fresh === committed, "src/web/api/schema.d.ts is stale: run `npm run generate:api` and commit it").toBe(true);
  });

  it("names the titled schemas as components, and refuses two different schemas under one name", () => {
    const schema = (title: string, type: string) => ({ title, type: "object", properties: { a: { type } } });
    const doc = (second: object) => ({
      paths: {
        "/a": { get: { responses: { 200: { content: { "application/json": { schema: schema("Thing", "string") } } } } } },
        "/b": { get: { responses: { 200: { content: { "application/json": { schema: { type: "array", items: second } } } } } } },
      },
    });
    const named = withNamedComponents(doc({ ...schema("Thing", "string"), description: "Said where it is used." }));
    expect(named.paths["/b"].get.responses[200].content["application/json"].schema).toEqual({ type: "array", items: { $ref: "#/components/schemas/Thing", description: "Said where it is used." } });
    expect((named as unknown as { components: { schemas: object } }).components.schemas).toEqual({ Thing: schema("Thing", "string") });
    expect(() => withNamedComponents(doc(schema("Thing", "number")))).toThrow(/two different schemas are named Thing/);
  });
});
