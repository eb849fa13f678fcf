import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import Type, { type Static } from "typebox";
import { upcomingDeadlines } from "../../services/deadlines.ts";
import { officerStatus, RECORDABLE_KINDS, type OfficerStatus as OfficerStatusType } from "../../services/officer-status.ts";
import { listStatuses, type StatusListItem as StatusListItemType } from "../../services/status-list.ts";
import { summaries } from "../../services/summaries.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses } from "../errors.ts";
import { Headline, SummaryGroup, TrainingAnswer, UpcomingDeadline, type Same } from "../openapi-schemas.ts";
import { IdParams } from "./records.ts";

/** Statuses: one officer's (explained, any date), the list by who needs action first, summaries, deadlines. */
const closed = { additionalProperties: false } as const;
const Day = Type.String({ format: "date" });
const Uuid = Type.String({ format: "uuid" });
const CitedPassage = Type.Object({
  cite: Type.String({ description: "The citation as the answer prints it (the key its flags and trace steps cite it by)." }),
  title: Type.String({ description: "What a person reads as its name: the law's own citation, or a reading's plain title with the law it interprets." }),
  authority: Type.Enum(["statute", "POST", "MSBA", "EDINA", "board", "federal", "reading"]),
  text: Type.Enum(["verbatim", "restated", "secondary", "reading"], { description: "How sure the words are (law.md §0–§1)." }),
  words: Type.String({ description: "The words of the passage the rule turns on." }),
}, { title: "CitedPassage" });
/** A school the officer serves (a current assignment; an upcoming one for an officer who starts untrained). */
const SchoolServed = Type.Object({ id: Uuid, name: Type.String(), districtId: Uuid, districtName: Type.String({ description: "The school's district or charter school." }) }, { ...closed, title: "SchoolServed" });
/** One row of the officers list. */
const StatusListItem = Type.Object(
  {
    officerId: Uuid, name: Type.String({ description: "Last name, first name." }), postLicense: Type.String(), agencyId: Uuid, agencyName: Type.String(),
    districtId: Type.Union([Uuid, Type.Null()]), headline: Headline, headlineLabel: Type.String(), statuteStatus: Type.String(), policyStatus: Type.String(), path: Type.Union([Type.String(), Type.Null()]),
    actionDueOn: Type.Union([Day, Type.Null()]), deadlineEffective: Type.Union([Day, Type.Null()]), refresherDue: Type.Union([Day, Type.Null()]), substituteCount: Type.Union([Type.Integer(), Type.Null()]),
    flags: Type.Array(Type.Object({ code: Type.String(), severity: Type.String() }, closed)),
    schools: Type.Array(SchoolServed, { description: "The schools the officer serves, by name." }),
  },
  { ...closed, title: "StatusListItem" },
);
const SchoolYear = Type.Object({ label: Type.String(), startsOn: Day, endsOn: Day }, { title: "SchoolYear", description: "The school year containing asOf, in which substitute contact days are counted (reading A1)." });

/** The officer page's answer (GET /api/v1/officers/:id/status). */
const OfficerStatus = Type.Object({
  officerId: Uuid, name: Type.String(), asOf: Day, districtId: Type.Union([Uuid, Type.Null()]), headline: Headline, headlineLabel: Type.String(),
  headlineExplanation: Type.Union([Type.String(), Type.Null()], { description: "A sentence when the headline needs one: an officer not yet an SRO whose assignment starts later." }),
  actionDueOn: Type.Union([Day, Type.Null()]), validUntil: Type.Union([Day, Type.Null()], { description: "Until when the answer holds; null when that date would tell the date of a private record the caller may not read." }), answer: TrainingAnswer,
  law: Type.Array(CitedPassage, { description: "The words of every passage the answer's flags and trace cite." }), schoolYear: SchoolYear,
  mayRecord: Type.Array(Type.Enum([...RECORDABLE_KINDS]), { description: "The kinds of record the caller may add for this officer, by the policies." }),
  nextSteps: Type.Array(
    Type.Object({
      what: Type.String({ description: "What is to be done, in plain words." }), by: Type.Union([Day, Type.Null()], { description: "Due by this date; the date asked when it is due now." }),
      dueNow: Type.Boolean({ description: "Due on the date asked or earlier." }), who: Type.String({ description: "Who can do it, as the law gives the duty." }),
      cite: Type.String({ description: "The law that asks it." }), record: Type.Union([Type.Enum(["courses", "certificates", "policy-reviews"]), Type.Null()], { description: "The kind of record that shows it done." }),
    }, { ...closed, title: "NextStep" }),
    { description: "What to do next, the most urgent first (src/status/next-steps.ts); empty when nothing is asked." },
  ),
  notShown: Type.Array(Type.Enum([...RECORDABLE_KINDS]), { description: "The kinds of record behind the status the caller's role may not read (private data, or the agency's training file): their dates are left out of the answer, and a page says \"not shown to your role\"." }),
}, { title: "OfficerStatus" });

/** Fails to compile when a service adds a field its route's schema lacks (the serializer would drop it). */
export const sameShapes: [Same<Static<typeof OfficerStatus>, OfficerStatusType>, Same<Static<typeof StatusListItem>, StatusListItemType>] = [true, true];

export function statusRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    "/api/v1/officers/:id/status",
    {
      schema: {
        operationId: "getOfficerStatus",
        tags: ["status"],
        summary: "An officer's status, explained",
        description: "The rules engine's answer on the stored records as of `asOf` (default today, America/Chicago), with its trace, the headline status and the date until which it holds, the words of every passage it cites, and the school year in which substitute contact days are counted. `districtId` applies that district's policy.",
        params: IdParams,
        querystring: Type.Object({ asOf: Type.Optional(Day), districtId: Type.Optional(Uuid) }, closed),
        response: {
          200: OfficerStatus,
          ...errorResponses,
        },
      },
    },
    async (request) => officerStatus(contextOf(deps, request), request.params.id, request.query.asOf, request.query.districtId),
  );

  r.get(
    "/api/v1/statuses",
    {
      schema: {
        operationId: "listOfficerStatuses",
        tags: ["status"],
        summary: "Officers by who needs action first",
        querystring: Type.Object(
          {
            headline: Type.Optional(Headline), statuteStatus: Type.Optional(Type.String()), path: Type.Optional(Type.String()), agencyId: Type.Optional(Uuid),
            districtId: Type.Optional(Uuid), schoolId: Type.Optional(Uuid), q: Type.Optional(Type.String({ maxLength: 100 })),
            sort: Type.Optional(Type.Enum(["action", "name", "dueOn"])), order: Type.Optional(Type.Enum(["asc", "desc"], { description: "Ascending (default) or descending." })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })), offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000 })),
          },
          closed,
        ),
        response: { 200: Type.Object({ asOf: Day, total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer(), items: Type.Array(StatusListItem) }, { title: "StatusList" }), ...errorResponses },
      },
    },
    async (request) => listStatuses(contextOf(deps, request), request.query),
  );

  r.get(
    "/api/v1/summaries",
    {
      schema: {
        operationId: "getSummaries",
        tags: ["status"],
        summary: "How many officers stand where",
        description: "Counts by headline and statute status, statewide or per agency, district or school. Today's come from the cache of the engine's answers; another `asOf` evaluates every officer on the spot (on the embedded database, prefer a server for large states).",
        querystring: Type.Object({ level: Type.Optional(Type.Enum(["state", "agency", "district", "school"])), asOf: Type.Optional(Day) }, closed),
        response: { 200: Type.Object({ level: Type.Enum(["state", "agency", "district", "school"]), asOf: Day, groups: Type.Array(SummaryGroup) }, { title: "Summaries" }), ...errorResponses },
      },
    },
    async (request) => summaries(contextOf(deps, request), request.query.level ?? "state", request.query.asOf),
  );

  r.get(
    "/api/v1/deadlines",
    {
      schema: {
        operationId: "listUpcomingDeadlines",
        tags: ["status"],
        summary: "Upcoming deadlines",
        querystring: Type.Object({ within: Type.Optional(Type.Integer({ minimum: 1, maximum: 1096, description: "Days ahead (default 90)." })), agencyId: Type.Optional(Uuid), districtId: Type.Optional(Uuid) }, closed),
        response: { 200: Type.Object({ asOf: Day, until: Day, items: Type.Array(UpcomingDeadline) }, { title: "UpcomingDeadlines" }), ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return upcomingDeadlines(contextOf(deps, request), q.within ?? 90, { ...(q.agencyId === undefined ? {} : { agencyId: q.agencyId }), ...(q.districtId === undefined ? {} : { districtId: q.districtId }) });
    },
  );
}
