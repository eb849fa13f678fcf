import Type, { type Static, type TSchema } from "typebox";

/**
 * The engine's request, exactly as ../shared/domain/engine-contract.md §1 defines it. One declaration
 * serves three readers: the TypeScript types (Static), the validator (validate.ts), and the HTTP API's
 * OpenAPI document. Unknown keys are refused everywhere (`additionalProperties: false`): a typo must
 * not pass silently.
 */
const closed = { additionalProperties: false } as const;

export const IsoDate = Type.String({ format: "date", description: "A calendar date, YYYY-MM-DD, no time zone." });

function nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}
const NullableDate = nullable(IsoDate);
const NullableString = nullable(Type.String());
const NullableBoolean = nullable(Type.Boolean());

/**
 * The contract's enumerations as plain lists, so that the records, the store's CHECKs and the API
 * (src/records) take the same values from here rather than writing them again.
 */
export const AGENCY_POLICIES = ["POST"] as const;
export const DISTRICT_POLICIES = ["MSBA", "EDINA"] as const;
export const COURSE_TYPES = ["POST_SRO_BASIC", "POST_SRO_SUPPLEMENTAL", "POST_SRO_REFRESHER", "SSC_BASIC", "NASRO_BASIC", "OTHER"] as const;
export const ASSIGNMENT_ROLES = ["REGULAR", "SUBSTITUTE"] as const;

export const Policies = Type.Object(
  {
    agency: Type.Optional(nullable(Type.Enum(AGENCY_POLICIES, { description: "The SRO policy adopted by the employing law enforcement agency: the POST Board model policy, or null for none on file." }))),
    district: Type.Optional(nullable(Type.Enum(DISTRICT_POLICIES, { description: "The district's policy: MSBA/MASA 507.5 or ISD 273 (Edina)'s text." }))),
    agencyAdoptedOn: Type.Optional(nullable(Type.String({ format: "date", description: "When the agency adopted its POST policy; POST incident rules apply from then (law.md A19)." }))),
  },
  { ...closed, description: "The adopted policies (law.md A24). Absent: none." },
);

export const Options = Type.Object(
  {
    roll645_15: Type.Optional(Type.Boolean({ description: "A7: roll the six-month deadline under § 645.15 (default true)." })),
    schoolYearStartMonthDay: Type.Optional(Type.String({ pattern: "^\\d{2}-\\d{2}$", description: "A1: first day of the school year, MM-DD (default 07-01)." })),
    incumbentGrace: Type.Optional(Type.Boolean({ description: "A5: six months from 2025-09-01 for a documented employer-unable incumbent (default false)." })),
    substituteCountScope: Type.Optional(Type.Enum(["OFFICER", "DISTRICT"], { description: "A2: count contact days per officer or per district (default OFFICER)." })),
    clockScope: Type.Optional(Type.Enum(["OFFICER", "ASSIGNMENT"], { description: "A15: one clock per officer or per assignment (default OFFICER)." })),
  },
  { ...closed, description: "Readings of the law's ambiguities (law.md §12); each field has its default." },
);

export const CourseType = Type.Enum(COURSE_TYPES);

export const Assignment = Type.Object(
  {
    district: Type.Optional(NullableString),
    role: Type.Enum(ASSIGNMENT_ROLES),
    start: Type.String({ format: "date", description: "First day served (inclusive)." }),
    end: Type.Optional(nullable(Type.String({ format: "date", description: "Last day served (inclusive); null = still assigned." }))),
    plannedContactDays: Type.Optional(nullable(Type.Integer({ minimum: 0, description: "Student contact days a substitute is scheduled to cover in the school year (A4)." }))),
    inScope: Type.Optional(Type.Boolean({ description: "False when the work is not SRO work under subd. 1(c) (outside the instructional day, or no contract). Default true." })),
  },
  closed,
);

export const Course = Type.Object(
  {
    type: CourseType,
    completedOn: IsoDate,
    postApproved: Type.Optional(Type.Boolean({ description: "On the POST Board's list of approved SRO courses (default false)." })),
  },
  closed,
);

export const EmployerUnableDecision = Type.Object(
  {
    decidedOn: Type.Optional(NullableDate),
    reason: Type.Optional(NullableString),
  },
  closed,
);

export const ContactDay = Type.Object(
  {
    date: IsoDate,
    district: Type.Optional(NullableString),
    school: Type.Optional(NullableString),
    studentsPresent: Type.Boolean({ description: "Students were present for instruction (A2)." }),
  },
  closed,
);

export const Officer = Type.Object(
  {
    assignments: Type.Array(Assignment),
    courses: Type.Optional(Type.Array(Course)),
    employerUnable: Type.Optional(Type.Union([Type.Null(), EmployerUnableDecision, Type.Array(EmployerUnableDecision)], { description: "One decision, several, or null (A16)." })),
    policyReviewedOn: Type.Optional(NullableDate),
    certificateOnFile: Type.Optional(NullableDate),
    contactDays: Type.Optional(Type.Array(ContactDay)),
  },
  closed,
);

const common = {
  policies: Type.Optional(Policies),
  options: Type.Optional(Options),
};

export const TrainingRequest = Type.Object(
  { kind: Type.Literal("training"), asOf: IsoDate, ...common, officer: Officer },
  { ...closed, title: "TrainingRequest" },
);

const Basis = Type.Object(
  { criminal: Type.Optional(NullableString), safety: Type.Optional(Type.Boolean()), schoolRule: Type.Optional(NullableString) },
  closed,
);
const Offense = Type.Object(
  {
    level: Type.Optional(nullable(Type.Enum(["PETTY_MISDEMEANOR", "MISDEMEANOR", "GROSS_MISDEMEANOR", "FELONY"]))),
    statusOffense: Type.Optional(Type.Boolean()),
    violent: Type.Optional(Type.Boolean()),
    victimRequestedAssistance: Type.Optional(Type.Boolean()),
  },
  closed,
);
const Conduct = Type.Object(
  {
    authorityUsedForSchoolRule: Type.Optional(Type.Boolean()),
    disciplineParticipation: Type.Optional(Type.Boolean()),
    citationIssued: Type.Optional(Type.Boolean()),
    adminConsulted: Type.Optional(Type.Boolean()),
  },
  closed,
);
const consideration = Type.Optional(NullableString);
export const ForceConsiderations = Type.Object(
  {
    "1": consideration, "2": consideration, "3": consideration, "4": consideration, "5": consideration,
    "6": consideration, "7": consideration, "8": consideration, "9": consideration, "10": consideration,
    "11": consideration, "12": consideration, "13": consideration, "14": consideration,
  },
  { ...closed, description: "The fourteen POST IV.E.3 considerations, by number." },
);
const Force = Type.Object(
  {
    type: Type.Optional(NullableString),
    prone: Type.Optional(Type.Boolean()),
    proneSeconds: Type.Optional(nullable(Type.Number({ minimum: 0 }))),
    restoredNonProne: Type.Optional(NullableBoolean),
    neckPressure: Type.Optional(Type.Boolean()),
    deadlyForceJustification: Type.Optional(NullableString),
    postForceAssessment: Type.Optional(NullableBoolean),
    aidRendered: Type.Optional(NullableBoolean),
    considerations: Type.Optional(ForceConsiderations),
  },
  closed,
);
const Student = Type.Object(
  { educationPlanKnown: Type.Optional(Type.Boolean()), educationPlanConsidered: Type.Optional(NullableBoolean) },
  closed,
);
const Arrest = Type.Object(
  {
    custodial: Type.Optional(Type.Boolean()),
    exigency: Type.Optional(Type.Boolean()),
    avoidable: Type.Optional(Type.Boolean()),
    location: Type.Optional(nullable(Type.Enum(["COMMUNAL", "NON_COMMUNAL"]))),
    studentsInView: Type.Optional(Type.Boolean()),
    nonCommunalPracticable: Type.Optional(Type.Boolean()),
    staffNotified: Type.Optional(Type.Boolean()),
    notifyPracticable: Type.Optional(Type.Boolean()),
  },
  closed,
);
const Observer = Type.Object(
  {
    role: Type.Enum(["SRO", "OTHER_OFFICER"]),
    observedExcessiveForce: Type.Optional(Type.Boolean()),
    intervened: Type.Optional(Type.Boolean()),
    reported: Type.Optional(Type.Boolean()),
  },
  closed,
);
export const IncidentActor = Type.Enum(["SRO", "SUBSTITUTE_SRO", "OTHER_OFFICER", "SCHOOL_STAFF"]);

export const Incident = Type.Object(
  {
    date: IsoDate,
    actor: IncidentActor,
    basis: Type.Optional(Basis),
    offense: Type.Optional(Offense),
    conduct: Type.Optional(Conduct),
    force: Type.Optional(nullable(Force)),
    student: Type.Optional(Student),
    arrest: Type.Optional(nullable(Arrest)),
    alternativesConsidered: Type.Optional(Type.Boolean()),
    schoolReferralConsidered: Type.Optional(Type.Boolean()),
    observers: Type.Optional(Type.Array(Observer)),
  },
  closed,
);

export const IncidentRequest = Type.Object(
  { kind: Type.Literal("incident"), asOf: IsoDate, ...common, incident: Incident },
  { ...closed, title: "IncidentRequest" },
);

export const Contract = Type.Object(
  {
    duties: Type.Optional(
      Type.Array(
        Type.Object(
          {
            clause: Type.Integer({ minimum: 1, maximum: 7, description: "The clause of subd. 2(a) the duty implements." }),
            text: Type.Optional(nullable(Type.String({ description: "The contract's words; absent or null = the clause incorporated by reference." }))),
          },
          closed,
        ),
      ),
    ),
    additionalDuties: Type.Optional(
      Type.Array(Type.Object({ text: Type.Optional(NullableString), enforcesSchoolDiscipline: Type.Optional(Type.Boolean()) }, closed)),
    ),
    attirePolicy: Type.Optional(NullableString),
    districtSelectionRole: Type.Optional(NullableString),
    deescalationResources: Type.Optional(NullableString),
    publicNotificationProcess: Type.Optional(NullableString),
    dataPractices: Type.Optional(
      nullable(
        Type.Object(
          {
            recordsSharedWithAgency: Type.Optional(Type.Array(Type.String())),
            recordsSharedWithSro: Type.Optional(Type.Array(Type.String())),
            purposes: Type.Optional(Type.Array(Type.String())),
          },
          closed,
        ),
      ),
    ),
  },
  closed,
);

export const ContractRequest = Type.Object(
  { kind: Type.Literal("contract"), asOf: Type.Optional(IsoDate), ...common, contract: Contract },
  { ...closed, title: "ContractRequest" },
);

/** Any request of the contract (for the HTTP API's OpenAPI document). */
export const EngineRequest = Type.Union([TrainingRequest, IncidentRequest, ContractRequest]);

export type TrainingRequestJson = Static<typeof TrainingRequest>;
export type IncidentRequestJson = Static<typeof IncidentRequest>;
export type ContractRequestJson = Static<typeof ContractRequest>;
export type EngineRequestJson = TrainingRequestJson | IncidentRequestJson | ContractRequestJson;
export type PoliciesJson = Static<typeof Policies>;
export type OptionsJson = Static<typeof Options>;
