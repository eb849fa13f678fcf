import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { backends, withDatabase, type Backend } from "../store/test-database.test-support.ts";
import { buildApp } from "./app.ts";

/** The API on a fresh database of a backend, "today" pinned, for tests through app.inject. */
export const TODAY = "2026-11-30";

export interface TestApi {
  app: FastifyInstance;
  call(method: string, url: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> & { error?: { code: string; path?: string; message: string } } }>;
  /** Creates a record and returns its id (fails the test on anything but 201). */
  create(plural: string, body: Record<string, unknown>): Promise<string>;
}

export async function withApi<T>(backend: Backend, fn: (api: TestApi) => Promise<T>, today = TODAY): Promise<T> {
  return withDatabase(backend, async (database) => {
    const app = await buildApp({ database, zone: "America/Chicago", today: () => today });
    try {
      const call: TestApi["call"] = async (method, url, body) => {
        const res: LightMyRequestResponse = await app.inject({ method: method as "GET", url, ...(body === undefined ? {} : { payload: body as object }) });
        return { status: res.statusCode, body: res.body === "" ? {} : (JSON.parse(res.body) as Record<string, unknown>) };
      };
      const create: TestApi["create"] = async (plural, body) => {
        const res = await call("POST", `/api/v1/${plural}`, body);
        if (res.status !== 201) throw new Error(`creating ${plural} gave ${res.status}: ${JSON.stringify(res.body)}`);
        return String(res.body["id"]);
      };
      return await fn({ app, call, create });
    } finally {
      await app.close();
    }
  });
}

export { backends };

/** An agency on POST, an MSBA district with a school, and an officer of the agency. */
export async function basicSetup(api: TestApi): Promise<{ agencyId: string; districtId: string; schoolId: string; officerId: string }> {
  const agencyId = await api.create("organizations", { kind: "AGENCY", name: "Breitung Police Department", sroPolicy: "POST", policyVersion: "2024", policyAdoptedOn: "2024-11-19" });
  const districtId = await api.create("organizations", { kind: "DISTRICT", name: "Lakeview ISD", sroPolicy: "MSBA" });
  const schoolId = await api.create("schools", { organizationId: districtId, name: "Lakeview High School" });
  const officerId = await api.create("officers", { postLicense: "12345", firstName: "Ana", lastName: "Alvarez", agencyId });
  return { agencyId, districtId, schoolId, officerId };
}
