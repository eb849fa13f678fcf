import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { toCsv, toXlsxBuffer } from "../../importer/write.ts";
import { exportStatusList } from "../../services/status-export.ts";
import { HEADLINES } from "../../status/headline.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses } from "../errors.ts";

/**
 * The officers list as a file (issue 5: "CSV/XLSX export of what is shown"): the filters and the
 * order of GET /api/v1/statuses, every matching row, as CSV or XLSX. The spreadsheet is written here
 * with exceljs so that the web application's bundle never carries it.
 */
const Uuid = Type.String({ format: "uuid" });

const ExportQuery = Type.Object(
  {
    format: Type.Enum(["csv", "xlsx"], { description: "The file's format." }),
    headline: Type.Optional(Type.Enum([...HEADLINES])),
    statuteStatus: Type.Optional(Type.String({ maxLength: 60 })),
    path: Type.Optional(Type.String({ maxLength: 60 })),
    agencyId: Type.Optional(Uuid),
    districtId: Type.Optional(Uuid),
    schoolId: Type.Optional(Uuid),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    sort: Type.Optional(Type.Enum(["action", "name", "dueOn"])), order: Type.Optional(Type.Enum(["asc", "desc"], { description: "Ascending (default) or descending." })),
  },
  { additionalProperties: false },
);

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function officersExportRoutes(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/api/v1/statuses/export",
    {
      schema: {
        operationId: "exportOfficerStatuses",
        tags: ["status"],
        summary: "The officers list as CSV or XLSX",
        description: "Every officer of GET /api/v1/statuses with the same filters and order (no paging), within the caller's reach, with the schools each serves.",
        querystring: ExportQuery,
        produces: ["text/csv", XLSX_TYPE],
        response: {
          // A CSV's text or a workbook's bytes: both a string in OpenAPI's terms (the workbook's "binary").
          200: Type.Union([Type.String(), Type.Unsafe<Buffer>({ type: "string", format: "binary" })], { description: "The officers as CSV (a header row, then one row each) or as an XLSX workbook of one sheet." }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const ctx = contextOf(deps, request);
      const table = await exportStatusList(ctx, filters);
      const name = `officers-${ctx.today()}.${format}`;
      reply.header("content-disposition", `attachment; filename="${name}"`).header("cache-control", "no-store");
      if (format === "csv") return reply.type("text/csv; charset=utf-8").send(toCsv(table));
      return reply.type(XLSX_TYPE).send(await toXlsxBuffer(table));
    },
  );
}
