import Type, { type Static } from "typebox";
import type { ContractResponse, FlagJson, IncidentResponse, RequestError, TraceStepJson, TrainingResponse } from "../rules/response.ts";
import type { UpcomingDeadline as UpcomingDeadlineType } from "../services/deadlines.ts";
import type { SummaryGroup as SummaryGroupType } from "../services/summaries.ts";
import { HEADLINES } from "../status/headline.ts";

/**
 * Response schemas of answers whose shapes are TypeScript types elsewhere (the engine's answer in
 * rules/response.ts, the status services' rows): declared here for the OpenAPI document and the
 * web's generated types, and held to those types by the compiler — each `Same<…>` below fails to
 * compile when a field is added to one side only (a field missing here would be dropped from the
 * answer by the serializer without a word).
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const Day = Type.String({ format: "date" });
const Uuid = Type.String({ format: "uuid" });
const closed = { additionalProperties: false } as const;

export const Headline = Type.Enum([...HEADLINES], { title: "Headline", description: "Where the officer stands, in one word; `headlineLabel` says it in words." });

export const Flag = Type.Object(
  {
    code: Type.String(),
    severity: Type.Enum(["VIOLATION", "POLICY_VIOLATION", "ADVISORY", "REVIEW", "INFO"]),
    message: Type.String(),
    citations: Type.Array(Type.String(), { description: "The passages it turns on, as the answer's `law` names them." }),
  },
  { title: "Flag", additionalProperties: false },
);

export const TraceStep = Type.Object(
  {
    step: Type.String({ description: "The engine's internal name of the step, for developers." }),
    value: Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
    because: Type.String(),
    citations: Type.Array(Type.String()),
  },
  { title: "TraceStep", additionalProperties: false },
);

const answerBase = { lawVersion: Type.String({ description: "The version of § 626.8482 applied." }), flags: Type.Array(Flag), trace: Type.Optional(Type.Array(TraceStep, { description: "Each step of the reasoning (left out with `trace=false`)." })) };

export const TrainingAnswer = Type.Object(
  {
    kind: Type.Literal("training"),
    ...answerBase,
    statuteStatus: Type.Enum(["NOT_APPLICABLE", "PRE_MANDATE", "DUE_TODAY", "COMPLIANT", "COMPLIANT_LEGACY_WINDOW", "IN_GRACE", "SUBSTITUTE_EXEMPT", "NON_COMPLIANT"]),
    policyStatus: Type.Enum(["COMPLIANT", "NON_COMPLIANT", "N/A"]),
    path: Type.Union([Type.Enum(["STANDARD", "GRACE", "LEGACY", "INCUMBENT", "SUBSTITUTE"]), Type.Null()]),
    assumedDutiesOn: Type.Union([Day, Type.Null()]),
    deadline: Type.Union([Day, Type.Null()]),
    deadlineEffective: Type.Union([Day, Type.Null()]),
    refresherDue: Type.Union([Day, Type.Null()]),
    notRequiredDuties: Type.Array(Type.Integer(), { description: "Clauses of subd. 2(a) not yet required of the officer." }),
    substituteContactDays: Type.Union([Type.Object({ schoolYear: Type.String(), count: Type.Integer() }, closed), Type.Null()]),
  },
  { title: "TrainingAnswer", additionalProperties: false },
);

export const IncidentAnswer = Type.Object({ kind: Type.Literal("incident"), ...answerBase }, { title: "IncidentAnswer", additionalProperties: false });
export const ContractAnswer = Type.Object({ kind: Type.Literal("contract"), ...answerBase }, { title: "ContractAnswer", additionalProperties: false });
export const EngineError = Type.Object(
  { error: Type.Object({ code: Type.Literal("INVALID_REQUEST"), message: Type.String(), path: Type.String({ description: "JSON Pointer to the offending value; \"\" is the whole request." }) }, closed) },
  { title: "EngineError", additionalProperties: false },
);
export const EngineAnswer = Type.Union([TrainingAnswer, IncidentAnswer, ContractAnswer], { title: "EngineAnswer" });

export const SummaryGroup = Type.Object(
  {
    id: Type.Union([Uuid, Type.Null()], { description: "The agency, district or school; null statewide." }),
    name: Type.String(),
    total: Type.Integer(),
    byHeadline: Type.Record(Headline, Type.Integer()),
    byStatuteStatus: Type.Record(Type.String(), Type.Integer()),
  },
  { title: "SummaryGroup", additionalProperties: false },
);

export const UpcomingDeadline = Type.Object(
  {
    officerId: Uuid,
    name: Type.String(),
    agencyId: Uuid,
    agencyName: Type.String(),
    dueOn: Day,
    what: Type.Enum(["TRAINING", "REFRESHER"]),
    path: Type.Union([Type.String(), Type.Null()]),
    headline: Headline,
    headlineLabel: Type.String(),
  },
  { title: "UpcomingDeadline", additionalProperties: false },
);

export const sameShapes: [
  Same<Static<typeof Flag>, FlagJson>,
  Same<Static<typeof TraceStep>, TraceStepJson>,
  Same<Static<typeof TrainingAnswer>, TrainingResponse>,
  Same<Static<typeof IncidentAnswer>, IncidentResponse>,
  Same<Static<typeof ContractAnswer>, ContractResponse>,
  Same<Static<typeof EngineError>["error"], RequestError>,
  Same<Static<typeof SummaryGroup>, SummaryGroupType>,
  Same<Static<typeof UpcomingDeadline>, UpcomingDeadlineType>,
] = [true, true, true, true, true, true, true, true];
