import type { FastifyInstance, FastifyRequest } from "fastify";
import Type from "typebox";
import { IMPORT_KINDS, type ImportKind } from "../../importer/kinds.ts";
import { invalidField } from "../../services/errors.ts";
import { checkImport, commitImport, IMPORT_LIMIT_BYTES, ImportColumns as Columns, ImportReport as Report, importColumns, type UploadedFile } from "../../services/import/upload.ts";
import { contextOf, type AppDeps } from "../context.ts";
import { errorResponses, uploadErrors } from "../errors.ts";
import { readUpload } from "../multipart.ts";

/**
 * Importing a roster, courses or contact days from an uploaded CSV or XLSX file: a check that writes
 * nothing, then the commit of the same file, sent again (services/import/upload.ts says why nothing is
 * kept between the two). Both take multipart/form-data: `kind`, `file`, and for the commit optionally
 * `checkedSha256`. Who may: policies/imports.ts. Decision: docs/decisions/0009-web-application.md.
 */
const MULTIPART_DESCRIPTION =
  "multipart/form-data with `kind` (roster, courses or contact-days) and `file` (CSV or XLSX by content; at most 10 MB).";

interface ImportForm {
  kind: ImportKind;
  file: UploadedFile;
  checkedSha256?: string;
}

function isKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

async function readForm(request: FastifyRequest): Promise<ImportForm> {
  const { fields, file } = await readUpload(request, ["kind", "checkedSha256"], IMPORT_LIMIT_BYTES);
  const { kind, checkedSha256 } = fields;
  if (kind === undefined || kind === "") throw invalidField("/kind", `is required: one of ${IMPORT_KINDS.join(", ")}`);
  if (!isKind(kind)) throw invalidField("/kind", `must be one of ${IMPORT_KINDS.join(", ")}`);
  if (file === undefined) throw invalidField("/file", "is required: the CSV or XLSX file to import");
  if (checkedSha256 !== undefined && !/^[0-9a-f]{64}$/i.test(checkedSha256)) throw invalidField("/checkedSha256", "must be the SHA-256 the check returned (64 hexadecimal digits)");
  return { kind, file, ...(checkedSha256 === undefined ? {} : { checkedSha256 }) };
}

const ImportColumns = Type.With(Columns, { title: "ImportColumns" });
const ImportReport = Type.With(Report, { title: "ImportReport" });
const uploadAnswers = { ...uploadErrors, ...errorResponses };

export function importRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ["imports"];

  app.get(
    "/api/v1/imports/columns",
    { schema: { operationId: "getImportColumns", tags, summary: "The columns of each kind of import file, and the largest file accepted", response: { 200: ImportColumns, ...errorResponses } } },
    (request) => importColumns(contextOf(deps, request)),
  );

  app.post(
    "/api/v1/imports/check",
    {
      schema: {
        operationId: "checkImport",
        tags,
        summary: "Check a file to import: the validation report row by row and what a commit would create or update; writes nothing",
        description: MULTIPART_DESCRIPTION,
        consumes: ["multipart/form-data"],
        response: { 200: ImportReport, ...uploadAnswers },
      },
    },
    async (request) => {
      const form = await readForm(request);
      return checkImport(contextOf(deps, request), form.kind, form.file);
    },
  );

  app.post(
    "/api/v1/imports",
    {
      schema: {
        operationId: "commitImport",
        tags,
        summary: "Import a file: checked again, then written all or nothing (400 at /file when any row is invalid), with an audit event",
        description: `${MULTIPART_DESCRIPTION} Optionally \`checkedSha256\`: the sha256 the check returned; a different file is refused (409).`,
        consumes: ["multipart/form-data"],
        response: { 201: ImportReport, ...uploadAnswers },
      },
    },
    async (request, reply) => {
      const form = await readForm(request);
      return reply.code(201).send(await commitImport(contextOf(deps, request), form.kind, form.file, form.checkedSha256));
    },
  );
}
