import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { HEADLINES } from "../../status/headline.ts";
import { relievedDuties, substitutesNearingThreshold } from "../../services/dashboard/attention.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses } from "../errors.ts";

/**
 * The dashboard's lists that no general route gives cheaply: exempt substitutes nearest the contact-day
 * threshold, and the SROs of whom clauses (4) and (5) are not yet required. Both read statuses within
 * the caller's reach (policies/reach.ts), as GET /api/v1/statuses does.
 */
const closed = { additionalProperties: false } as const;
const Day = Type.String({ format: "date" });
const Uuid = Type.String({ format: "uuid" });
const Headline = Type.Enum([...HEADLINES]);
const Filter = Type.Object(
  {
    districtId: Type.Optional(Type.String({ format: "uuid", description: "Read the district's view of each officer (its policy applied); by default the agency's." })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: "How many to list (default 10)." })),
  },
  closed,
);
const Officer = { officerId: Uuid, name: Type.String(), agencyName: Type.String(), headline: Headline, headlineLabel: Type.String() };

export function dashboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    "/api/v1/dashboard/substitutes",
    {
      schema: {
        operationId: "listSubstitutesNearingThreshold",
        tags: ["status"],
        summary: "Exempt substitutes nearest the contact-day threshold",
        description: "Substitutes still exempt (SUBSTITUTE_EXEMPT) with their distinct student contact days in the current school year, most days first; `threshold` is the statute's number of days (subd. 3(d)) in the law version applied today.",
        querystring: Filter,
        response: {
          200: Type.Object({ asOf: Day, threshold: Type.Integer(), total: Type.Integer({ description: "All exempt substitutes, listed or not." }), items: Type.Array(Type.Object({ ...Officer, substituteCount: Type.Integer() }, { title: "SubstituteNearingThreshold" })) }, { title: "SubstitutesNearingThreshold" }),
          ...errorResponses,
        },
      },
    },
    async (request) => substitutesNearingThreshold(contextOf(deps, request), request.query),
  );

  r.get(
    "/api/v1/dashboard/relieved-duties",
    {
      schema: {
        operationId: "listRelievedDuties",
        tags: ["status"],
        summary: "SROs not yet required to perform clauses (4) and (5)",
        description: "Officers whose answer today lists duties of subd. 2(a) as not required (`notRequiredDuties`): while the six months of subd. 3(c) run untrained, or a substitute is exempt (subd. 3(d)). Safety-drill advice (4) and vulnerability assessments (5) cannot yet be relied on from them. Ordered by name; `limit` does not apply.",
        querystring: Filter,
        response: {
          200: Type.Object({
            asOf: Day,
            clauses: Type.Array(Type.Integer(), { description: "The clauses the relief covers in the law version applied today." }),
            items: Type.Array(
              Type.Object({
                ...Officer, notRequiredDuties: Type.Array(Type.Integer()), statuteStatus: Type.String(), path: Type.Union([Type.String(), Type.Null()]),
                deadlineEffective: Type.Union([Day, Type.Null()]), reason: Type.Union([Type.String(), Type.Null()]),
              }, { title: "RelievedOfficer" }),
            ),
          }, { title: "RelievedDuties" }),
          ...errorResponses,
        },
      },
    },
    async (request) => relievedDuties(contextOf(deps, request), request.query),
  );
}
