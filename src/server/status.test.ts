import { describe, expect, it } from "vitest";
import { backends, basicSetup, TODAY, withApi, type Client } from "./test-app.test-support.ts";

/** Statuses computed by the engine on the stored records, kept current by every write. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

async function upload(api: Client, courseId: string, content: Buffer, fileName: string) {
  const boundary = "----sroc-test";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="courseId"\r\n\r\n${courseId}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await api.inject({ method: "POST", url: "/api/v1/certificates", payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
  return { status: res.statusCode, body: JSON.parse(res.body) as Record<string, unknown> & { error?: { code: string; path?: string } } };
}

async function headline(api: Client, officerId: string): Promise<{ headline: string; statuteStatus: string; flags: string[] }> {
  const s = await api.call("GET", `/api/v1/officers/${officerId}/status`);
  const answer = s.body["answer"] as { statuteStatus: string; flags: { code: string }[] };
  return { headline: String(s.body["headline"]), statuteStatus: answer.statuteStatus, flags: answer.flags.map((f) => f.code) };
}

for (const backend of backends()) {
  describe(`statuses on ${backend.name}`, () => {
    it("follow the records: untrained → course → certificate", async () => {
      await withApi(backend, async (api) => {
        const { officerId, schoolId, coordinator } = await basicSetup(api);
        expect(await headline(api, officerId)).toMatchObject({ headline: "NOT_AN_SRO", statuteStatus: "NOT_APPLICABLE" });

        await coordinator.create("assignments", { officerId, schoolId, role: "REGULAR", startOn: "2026-09-08" });
        expect(await headline(api, officerId)).toMatchObject({ headline: "OVERDUE", statuteStatus: "NON_COMPLIANT", flags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION"] });

        const courseId = await coordinator.create("courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2026-08-20", postApproved: true });
        expect(await headline(api, officerId)).toMatchObject({ headline: "NEEDS_ATTENTION", statuteStatus: "COMPLIANT", flags: ["CERTIFICATE_MISSING"] });

        const up = await upload(coordinator, courseId, PDF, "basic-course.pdf");
        expect(up.status).toBe(201);
        expect(up.body).toMatchObject({ officerId, courseId, mediaType: "application/pdf", sizeBytes: PDF.length, uploadedBy: "coordinator@breitung.example" });
        expect(await headline(api, officerId)).toMatchObject({ headline: "COMPLIANT", statuteStatus: "COMPLIANT", flags: [] });

        // The cached list says the same as the officer's own page.
        const list = await api.call("GET", "/api/v1/statuses");
        expect(list.body["items"]).toEqual([expect.objectContaining({ officerId, headline: "COMPLIANT", statuteStatus: "COMPLIANT", refresherDue: "2029-08-20" })]);
      });
    });

    it("explains itself, as of any date, and says until when it holds", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, officerId, schoolId, coordinator } = await basicSetup(api);
        await coordinator.create("assignments", { officerId, schoolId, role: "REGULAR", startOn: "2026-10-01" });
        await coordinator.create("employer-unable-decisions", { officerId, decidedOn: "2026-09-20", reason: "no seat in an approved course" });
        await coordinator.create("policy-reviews", { officerId, reviewedOn: "2026-09-25" });
        const now = await api.call("GET", `/api/v1/officers/${officerId}/status`);
        expect(now.body).toMatchObject({ asOf: TODAY, headline: "IN_GRACE", validUntil: "2027-01-31" }); // the due-soon window opens 60 days before 2027-04-01
        expect(now.body["answer"]).toMatchObject({ statuteStatus: "IN_GRACE", deadline: "2027-04-01", deadlineEffective: "2027-04-01", notRequiredDuties: [4, 5] });
        expect((now.body["answer"] as { trace: unknown[] }).trace.length).toBeGreaterThan(5);
        // The words of every passage cited come with the answer, and the school year the substitute count uses.
        const cited = (now.body["answer"] as { trace: { citations: string[] }[] }).trace.flatMap((t) => t.citations);
        const law = now.body["law"] as { cite: string; words: string }[];
        expect(cited.filter((c) => !law.some((p) => p.cite === c))).toEqual([]);
        expect(law.every((p) => p.words.length > 0)).toBe(true);
        expect(law.find((p) => p.cite === "Minn. Stat. § 626.8482, subd. 3(c)")?.words).toContain("unable to provide");
        expect(now.body["schoolYear"]).toEqual({ label: "2026-2027", startsOn: "2026-07-01", endsOn: "2027-06-30" });
        // What the caller may add for the officer, by the policies: the agency's coordinator all of it, an auditor nothing.
        const asCoordinator = await coordinator.call("GET", `/api/v1/officers/${officerId}/status`);
        expect(asCoordinator.body["mayRecord"]).toEqual(["courses", "certificates", "contact-days", "policy-reviews", "employer-unable-decisions"]);
        const auditor = await api.as({ email: "auditor@breitung.example", memberships: [{ organizationId: agencyId, role: "AUDITOR" }] });
        expect((await auditor.call("GET", `/api/v1/officers/${officerId}/status`)).body["mayRecord"]).toEqual([]);
        const later = await api.call("GET", `/api/v1/officers/${officerId}/status?asOf=2027-04-02`);
        expect(later.body).toMatchObject({ asOf: "2027-04-02", headline: "OVERDUE" });
        expect((await api.call("GET", `/api/v1/officers/${officerId}/status?asOf=2027-02-30`)).body.error?.path).toBe("/asOf");
      });
    });

    it("summarises statewide, per agency, district and school, and lists upcoming deadlines", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, districtId, officerId, schoolId, coordinator } = await basicSetup(api);
        await coordinator.create("assignments", { officerId, schoolId, role: "REGULAR", startOn: "2026-10-01" });
        await coordinator.create("employer-unable-decisions", { officerId, decidedOn: "2026-09-20", reason: "no seat" });
        await coordinator.create("policy-reviews", { officerId, reviewedOn: "2026-09-25" });
        const other = await coordinator.create("officers", { postLicense: "777", firstName: "Bo", lastName: "Berg", agencyId });
        await coordinator.create("assignments", { officerId: other, schoolId, role: "REGULAR", startOn: "2026-09-08" });
        for (const level of ["state", "agency", "district", "school"]) {
          const s = await api.call("GET", `/api/v1/summaries?level=${level}`);
          const [group] = s.body["groups"] as { id: string | null; total: number; byHeadline: Record<string, number> }[];
          expect(group).toMatchObject({ total: 2, byHeadline: expect.objectContaining({ IN_GRACE: 1, OVERDUE: 1 }) as unknown });
          expect(group?.id).toBe({ state: null, agency: agencyId, district: districtId, school: schoolId }[level]);
        }
        // The same counts on another date, evaluated on the spot.
        const later = await api.call("GET", "/api/v1/summaries?level=state&asOf=2027-04-02");
        expect((later.body["groups"] as { byHeadline: Record<string, number> }[])[0]?.byHeadline["OVERDUE"]).toBe(2);
        const deadlines = await api.call("GET", "/api/v1/deadlines?within=180");
        expect(deadlines.body["items"]).toEqual([expect.objectContaining({ officerId, dueOn: "2027-04-01", what: "TRAINING" })]);
      });
    });

    it("certificates: checked by content, kept with their SHA-256, downloaded byte for byte", async () => {
      await withApi(backend, async (api) => {
        const { officerId, coordinator } = await basicSetup(api);
        const courseId = await coordinator.create("courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2025-09-19", postApproved: true });
        const fake = await upload(coordinator, courseId, Buffer.from("this is a text file named like a PDF"), "certificate.pdf");
        expect(fake).toMatchObject({ status: 415, body: { error: { code: "UNSUPPORTED_MEDIA_TYPE", path: "/file" } } });
        const big = await upload(coordinator, courseId, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), "big.pdf");
        expect(big.status).toBe(413);
        const noCourse = await upload(coordinator, "00000000-0000-4000-8000-000000000000", PDF, "c.pdf");
        expect(noCourse).toMatchObject({ status: 400, body: { error: { path: "/courseId" } } });
        const ok = await upload(coordinator, courseId, PDF, "../../etc/passwd.pdf");
        expect(ok.body["fileName"]).toBe("passwd.pdf");
        const download = await coordinator.inject({ method: "GET", url: `/api/v1/certificates/${String(ok.body["id"])}/content`, headers: { "x-purpose": "checking the course certificate" } });
        expect(download.headers["content-type"]).toBe("application/pdf");
        expect(download.rawPayload.equals(PDF)).toBe(true);
        const { createHash } = await import("node:crypto");
        expect(ok.body["sha256"]).toBe(createHash("sha256").update(PDF).digest("hex"));
        expect((await api.call("GET", `/api/v1/certificates?officerId=${officerId}`)).body["items"]).toHaveLength(1);
      });
    });

    it("applies new readings of the law to every status at once", async () => {
      await withApi(backend, async (api) => {
        const { officerId, schoolId, coordinator } = await basicSetup(api);
        await coordinator.create("assignments", { officerId, schoolId, role: "REGULAR", startOn: "2026-08-31" });
        await coordinator.create("employer-unable-decisions", { officerId, decidedOn: "2026-08-20", reason: "no seat" });
        await coordinator.create("policy-reviews", { officerId, reviewedOn: "2026-08-25" });
        // A0 2026-08-31 + 6 months = 2027-02-28 (Sunday) → rolled to 2027-03-01; without the roll, 2027-02-28.
        expect((await api.call("GET", "/api/v1/statuses")).body["items"]).toEqual([expect.objectContaining({ deadlineEffective: "2027-03-01" })]);
        expect((await api.call("PUT", "/api/v1/settings/readings", { roll645_15: false })).status).toBe(200);
        expect((await api.call("GET", "/api/v1/statuses")).body["items"]).toEqual([expect.objectContaining({ deadlineEffective: "2027-02-28" })]);
        expect((await api.call("PUT", "/api/v1/settings/readings", { schoolYearStartMonthDay: "02-30" })).body.error?.path).toBe("/schoolYearStartMonthDay");
      });
    });

    it("evaluates engine requests over HTTP like sroc evaluate", async () => {
      await withApi(backend, async (api) => {
        const request = { kind: "contract", policies: { agency: "POST", district: "MSBA" }, contract: { duties: [] } };
        const one = await api.call("POST", "/api/v1/evaluate", request);
        expect(one.status).toBe(200);
        expect((one.body["flags"] as { code: string }[]).map((f) => f.code)).toContain("CONTRACT_DUTIES_INCOMPLETE");
        const bad = await api.call("POST", "/api/v1/evaluate", { kind: "training", asOf: "2025-02-30", officer: { assignments: [] } });
        expect({ status: bad.status, body: bad.body }).toEqual({ status: 400, body: { error: { code: "INVALID_REQUEST", message: "/asOf: must be a real calendar date written YYYY-MM-DD", path: "/asOf" } } });
        const many = await api.inject({ method: "POST", url: "/api/v1/evaluate?trace=false", payload: JSON.stringify([request, { kind: "nope" }]), headers: { "content-type": "application/json" } });
        expect(many.statusCode).toBe(400);
        const answers = JSON.parse(many.body) as Record<string, unknown>[];
        expect(answers[0]).not.toHaveProperty("trace");
        expect(answers[1]).toHaveProperty("error.path", "/kind");
      });
    });
  });
}
