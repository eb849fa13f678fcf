import { useId, useRef, useState, type SubmitEvent } from "react";
import { Link } from "wouter";
import { request, type ApiError } from "../../api/client.ts";
import { useUser } from "../../app/session.tsx";
import { useApi } from "../../app/use-api.ts";
import { asApiError, errorAt, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice } from "../../components/Notices.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { FilePicker } from "./FilePicker.tsx";
import { columnsHint, countLines, IMPORT_KINDS, KIND_LABELS, reportSummary, type ImportColumns, type ImportKind, type ImportReport } from "./model.ts";
import { ProblemTable } from "./ProblemTable.tsx";
import "./import.css";

/**
 * Import a roster, courses or contact days from a CSV or XLSX file, in two steps: "Check file" sends
 * it to POST /api/v1/imports/check, which writes nothing and answers with every problem by row and
 * column and what an import would create or update; "Import", offered only after a check with no
 * errors, sends the same file to POST /api/v1/imports with the SHA-256 the check returned — the
 * server checks it again and writes all of it or nothing. Results are announced in a live region.
 */
type Stage =
  | { step: "choosing" }
  | { step: "checked"; report: ImportReport }
  | { step: "imported"; report: ImportReport };

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export default function ImportPage() {
  const user = useUser();
  const mayImport = user.may.importRecords;
  return (
    <div className="import-page">
      <PageHeading title="Import">Import records</PageHeading>
      {mayImport ? (
        <Importer />
      ) : (
        <p className="notice notice-info">
          Only an agency&rsquo;s chief or training coordinator imports records, for the officers of their own agency. Your roles do not include either.
        </p>
      )}
    </div>
  );
}

function Importer() {
  const columns = useApi<ImportColumns>("/api/v1/imports/columns");
  const [kind, setKind] = useState<ImportKind>("roster");
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ step: "choosing" });
  const [busy, setBusy] = useState<"checking" | "importing" | null>(null);
  // A check's error lands beside the field it names; an import's, beside the Import button.
  const [error, setError] = useState<{ from: "check" | "import"; error: ApiError } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const ids = { file: useId(), kindError: useId(), importHint: useId() };
  const maxBytes = columns.data?.maxBytes ?? DEFAULT_MAX_BYTES;

  const restart = () => {
    setStage({ step: "choosing" });
    setError(null);
    setAnnouncement("");
  };
  const send = async (path: string, chosen: File, extra: Record<string, string>): Promise<ImportReport> => {
    const body = new FormData();
    body.set("kind", kind);
    for (const [name, value] of Object.entries(extra)) body.set(name, value);
    body.set("file", chosen, chosen.name);
    return (await (await request("POST", path, body)).json()) as ImportReport;
  };

  // Busy buttons stay enabled (a disabled button drops the keyboard's focus); a second press waits.
  const check = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy !== null) return;
    if (file === null) {
      setError(null);
      setAnnouncement("Choose a file to check first.");
      input.current?.focus();
      return;
    }
    setBusy("checking");
    setError(null);
    setAnnouncement(`Checking ${file.name}…`);
    try {
      const report = await send("/api/v1/imports/check", file, {});
      setStage({ step: "checked", report });
      setAnnouncement(reportSummary(report));
    } catch (err) {
      setStage({ step: "choosing" });
      setError({ from: "check", error: asApiError(err) });
      setAnnouncement("");
    } finally {
      setBusy(null);
    }
  };

  const commit = async (checked: ImportReport) => {
    if (busy !== null || file === null) return;
    setBusy("importing");
    setError(null);
    setAnnouncement(`Importing ${file.name}…`);
    try {
      const report = await send("/api/v1/imports", file, { checkedSha256: checked.sha256 });
      setStage({ step: "imported", report });
      setAnnouncement(reportSummary(report));
      if (input.current !== null) input.current.value = "";
      setFile(null);
      // The Import button is gone: the focus goes to what replaced it.
      requestAnimationFrame(() => resultHeading.current?.focus());
    } catch (err) {
      setError({ from: "import", error: asApiError(err) });
      setAnnouncement("");
    } finally {
      setBusy(null);
    }
  };

  const checkError = error?.from === "check" ? error.error : null;
  const fileError = errorAt(checkError, "/file");
  const kindError = errorAt(checkError, "/kind");
  const general = unplacedError(checkError, ["/file", "/kind"]);
  const report = stage.step === "choosing" ? null : stage.report;

  return (
    <>
      <p>
        Add or update many records at once from a spreadsheet. First check the file: nothing is written until you import it, and a file with any error is not imported at
        all.
      </p>
      <form className="import-form" onSubmit={(e) => void check(e)} aria-label="Choose and check a file">
        <fieldset className="import-kinds" {...(kindError === undefined ? {} : { "aria-describedby": ids.kindError })}>
          <legend>Kind of file</legend>
          {IMPORT_KINDS.map((k) => {
            const hint = columnsHint(columns.data ?? null, k);
            const id = `import-kind-${k}`;
            return (
              <div className="import-kind" key={k}>
                <input
                  type="radio"
                  id={id}
                  name="import-kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => {
                    setKind(k);
                    restart();
                  }}
                  {...(hint === undefined ? {} : { "aria-describedby": `${id}-hint` })}
                />
                <div>
                  <label htmlFor={id}>{KIND_LABELS[k]}</label>
                  {hint === undefined ? null : (
                    <p id={`${id}-hint`} className="hint">
                      {hint}
                    </p>
                  )}
                </div>
              </div>
            );
          })}
          {kindError === undefined ? null : (
            <p id={ids.kindError} className="field-error" role="alert">
              {kindError}
            </p>
          )}
        </fieldset>
        <FilePicker
          id={ids.file}
          inputRef={input}
          file={file}
          error={fileError}
          maxBytes={maxBytes}
          onChoose={(f) => {
            setFile(f);
            restart();
          }}
        />
        {general === null ? null : <ErrorNotice error={general} what="Not checked" />}
        <div className="import-buttons">
          <button type="submit" aria-busy={busy === "checking"}>
            {busy === "checking" ? "Checking…" : "Check file"}
          </button>
        </div>
      </form>

      <div role="status" aria-live="polite" className="import-announcement">
        {announcement === "" ? null : <p className={report?.committed === true ? "notice notice-ok" : report !== null && report.problems.length > 0 ? "notice notice-error" : "notice notice-info"}>{announcement}</p>}
      </div>

      {report === null ? null : (
        <section className="import-report" aria-labelledby="import-result-heading">
          <h2 id="import-result-heading" ref={resultHeading} tabIndex={-1}>
            {report.committed ? `Imported: ${report.fileName}` : `Check of ${report.fileName}`}
          </h2>
          {report.problems.length > 0 ? (
            <ProblemTable problems={report.problems} fileName={report.fileName} />
          ) : (
            <>
              <p>{report.committed ? "What the import did:" : "Importing this file will make these changes:"}</p>
              <ul className="import-counts">
                {countLines(report).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {report.committed ? (
            <div className="import-buttons">
              <Link href="/officers">See the officers</Link>
              <button type="button" className="secondary" onClick={restart}>
                Import another file
              </button>
            </div>
          ) : (
            <>
              <p id={ids.importHint} className="hint">
                {report.problems.length > 0
                  ? "Import is available once a check of the file finds no errors: correct the file, choose it again and check it."
                  : "Importing writes every row in one step, all or nothing, and is recorded in the audit trail."}
              </p>
              <div className="import-buttons">
                <button type="button" disabled={report.problems.length > 0} aria-describedby={ids.importHint} aria-busy={busy === "importing"} onClick={() => void commit(report)}>
                  {busy === "importing" ? "Importing…" : "Import"}
                </button>
              </div>
              {error?.from === "import" ? <ErrorNotice error={error.error} what="Not imported" /> : null}
            </>
          )}
        </section>
      )}
    </>
  );
}
