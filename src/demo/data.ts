import { createHash } from "node:crypto";
import type { StatuteStatus, TrainingPath } from "../rules/index.ts";
import type { Headline } from "../status/headline.ts";
import type {
  assignments, certificates, contactDays, courses, employerUnableDecisions, officers, organizations, policyReviews, schools,
} from "../store/schema.ts";
import { addDays, iso, type Day } from "./calendar.ts";
import { CONTRACTS, ownerOf, type AgencyKey, type OwnerKey, type SchoolKey } from "./organizations.ts";
import { certificatePdf } from "./pdf.ts";
import type { Person } from "./people.ts";
import { demoId } from "./random.ts";

/**
 * The demo dataset as rows of the store's tables (ids included, so the same rows can be inserted and
 * evaluated in memory), and what each officer is meant to show — the situation it stands for and
 * the engine's expected answer for the officer as of `today` — which the tests hold the engine to.
 */
type WithId<T> = T & { id: string };
export type OrganizationRow = WithId<typeof organizations.$inferInsert>;
export type SchoolRow = WithId<typeof schools.$inferInsert>;
export type OfficerRow = WithId<typeof officers.$inferInsert>;
export type AssignmentRow = WithId<typeof assignments.$inferInsert>;
export type CourseRow = WithId<typeof courses.$inferInsert>;
export type CertificateRow = WithId<typeof certificates.$inferInsert>;
export type DecisionRow = WithId<typeof employerUnableDecisions.$inferInsert>;
export type ReviewRow = WithId<typeof policyReviews.$inferInsert>;
export type ContactDayRow = WithId<typeof contactDays.$inferInsert>;

export interface Expectation {
  statuteStatus: StatuteStatus;
  path: TrainingPath | null;
  headline: Headline;
}

export interface DemoSituation {
  officerId: string;
  /** "Last, First", as the status lists show it. */
  name: string;
  agency: AgencyKey;
  /** A stable key of the situation ("grace-running"); several officers may share one. */
  key: string;
  /** What the officer stands for, in a sentence. */
  situation: string;
  /** The officer-wide answer the engine is expected to give as of `today`. */
  expected: Expectation;
}

export interface DemoData {
  today: string;
  organizations: OrganizationRow[];
  schools: SchoolRow[];
  officers: OfficerRow[];
  assignments: AssignmentRow[];
  courses: CourseRow[];
  certificates: CertificateRow[];
  decisions: DecisionRow[];
  reviews: ReviewRow[];
  contactDays: ContactDayRow[];
  situations: DemoSituation[];
}

export const organizationId = (key: AgencyKey | OwnerKey): string => demoId(`organization/${key}`);
export const schoolId = (key: SchoolKey): string => demoId(`school/${key}`);

export type CourseType = CourseRow["type"];

const COURSE_DETAILS: Record<CourseType, { title: string; provider: string; credits: string; postApproved: boolean; prefix: string | null }> = {
  POST_SRO_BASIC: { title: "School Resource Officer Basic Course (POST-approved, SRO MLO)", provider: "Minnesota School Safety Center", credits: "40", postApproved: true, prefix: "SRO-B" },
  POST_SRO_SUPPLEMENTAL: { title: "School Resource Officer Supplemental Course (subd. 4(b))", provider: "Minnesota School Safety Center", credits: "16", postApproved: true, prefix: "SRO-S" },
  POST_SRO_REFRESHER: { title: "School Resource Officer Refresher (POST-approved, SRO MLO)", provider: "Prairie River Regional Training Consortium", credits: "4", postApproved: true, prefix: "SRO-R" },
  SSC_BASIC: { title: "Standardized Basic School Resource Officer Training", provider: "Minnesota School Safety Center", credits: "24", postApproved: false, prefix: null },
  NASRO_BASIC: { title: "Basic School Resource Officer Course", provider: "National Association of School Resource Officers", credits: "40", postApproved: false, prefix: null },
  OTHER: { title: "Crisis Intervention Team (CIT) Training", provider: "Tamarack Regional Training Center", credits: "40", postApproved: false, prefix: null },
};

/** Writes one officer's records into the dataset; ids are named by the officer and a counter. */
export class OfficerBuilder {
  readonly id: string;
  private seq = 0;

  constructor(
    private readonly data: DemoData,
    readonly person: Person,
    readonly agency: AgencyKey,
    private readonly today: Day,
    private readonly uploadedBy: string,
  ) {
    this.id = demoId(`officer/${person.postLicense}`);
    data.officers.push({ id: this.id, postLicense: person.postLicense, firstName: person.firstName, lastName: person.lastName, agencyId: organizationId(agency) });
  }

  private nextId(kind: string): string {
    this.seq += 1;
    return demoId(`${kind}/${this.person.postLicense}/${this.seq}`);
  }

  assign(a: {
    school: SchoolKey;
    start: Day;
    role?: "REGULAR" | "SUBSTITUTE";
    end?: Day | null;
    plannedContactDays?: number | null;
    underContract?: boolean;
    instructionalDay?: boolean;
    contractRef?: string | null;
  }): void {
    const owner = ownerOf(a.school);
    this.data.assignments.push({
      id: this.nextId("assignment"),
      officerId: this.id,
      schoolId: schoolId(a.school),
      contractRef: a.contractRef === undefined ? (CONTRACTS[`${this.agency}/${owner}`] ?? null) : a.contractRef,
      role: a.role ?? "REGULAR",
      startOn: iso(a.start),
      endOn: a.end === undefined || a.end === null ? null : iso(a.end),
      plannedContactDays: a.plannedContactDays ?? null,
      underContract: a.underContract ?? true,
      instructionalDay: a.instructionalDay ?? true,
    });
  }

  /** A course, with its certificate uploaded a few days later (never after yesterday) unless `certificate` is false. */
  course(type: CourseType, on: Day, options: { certificate?: boolean } = {}): void {
    const d = COURSE_DETAILS[type];
    const id = this.nextId("course");
    const date = iso(on);
    this.data.courses.push({
      id,
      officerId: this.id,
      type,
      completedOn: date,
      postApproved: d.postApproved,
      provider: d.provider,
      postCourseNumber: d.prefix === null ? null : `${d.prefix}-${date.slice(2, 4)}${date.slice(5, 7)}`,
      credits: d.credits,
    });
    if (options.certificate === false) return;
    const { firstName, lastName, postLicense } = this.person;
    const content = certificatePdf("Certificate of Completion", [
      `This certifies that ${firstName} ${lastName} (POST license ${postLicense})`,
      `completed ${d.title}`,
      `on ${date}, ${d.credits} credit hours. Provider: ${d.provider}.`,
      "",
      "DEMO DATA generated by SRO Compliance - not a real certificate.",
    ]);
    const uploaded = Math.max(on, Math.min(addDays(on, 4), addDays(this.today, -1)));
    this.data.certificates.push({
      id: this.nextId("certificate"),
      officerId: this.id,
      courseId: id,
      fileName: `${lastName.toLowerCase()}-${type.toLowerCase().replace(/_/g, "-")}-${date}.pdf`,
      mediaType: "application/pdf",
      sizeBytes: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
      content,
      uploadedBy: this.uploadedBy,
      uploadedAt: `${iso(uploaded)}T15:00:00.000Z`,
    });
  }

  decision(on: Day, reason: string, decidedBy: string): void {
    this.data.decisions.push({ id: this.nextId("decision"), officerId: this.id, decidedOn: iso(on), reason, decidedBy });
  }

  /** A review of an organization's SRO policy (by default the employing agency's, the one R-REC-2 requires). */
  review(on: Day, of: AgencyKey | OwnerKey = this.agency): void {
    const org = this.data.organizations.find((o) => o.id === organizationId(of));
    if (org?.sroPolicy === undefined || org.sroPolicy === null) throw new Error(`demo: ${of} has no SRO policy to review`);
    this.data.reviews.push({ id: this.nextId("review"), officerId: this.id, organizationId: org.id, policy: org.sroPolicy, policyVersion: org.policyVersion ?? null, reviewedOn: iso(on) });
  }

  contactDays(school: SchoolKey, days: readonly Day[], studentsPresent = true): void {
    for (const d of days) this.data.contactDays.push({ id: this.nextId("contact-day"), officerId: this.id, schoolId: schoolId(school), day: iso(d), studentsPresent });
  }
}
