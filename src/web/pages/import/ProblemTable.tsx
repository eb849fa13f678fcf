import { headerWords, rowLabel, type Problem } from "./model.ts";

/** Rows of the table drawn at once: beyond it the person corrects what is shown and checks again. */
export const SHOWN_PROBLEMS = 500;

/** The validation report, row by row: where each problem is (row, column) and what it is, in words. */
export function ProblemTable({ problems, fileName }: { problems: readonly Problem[]; fileName: string }) {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  return (
    <>
      <div className="table-scroll import-table-scroll" role="region" aria-labelledby="import-problems-caption" tabIndex={0}>
        <table className="import-problems">
          <caption id="import-problems-caption">
            Errors in {fileName}, row by row (rows numbered as in the spreadsheet; each must be corrected before importing)
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Error</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => (
              <tr key={`${p.row}-${p.column}-${i}`}>
                <td>{rowLabel(p.row)}</td>
                <td>
                  <code>{headerWords(p.column)}</code>
                </td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > shown.length ? (
        <p className="hint">
          Showing the first {shown.length.toLocaleString("en-US")} of {problems.length.toLocaleString("en-US")} errors: correct these and check the file again to see the rest.
        </p>
      ) : null}
    </>
  );
}
