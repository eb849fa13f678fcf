import { useEffect, useId, useState } from "react";
import { query } from "../../api/client.ts";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading, Success } from "../../components/Notices.tsx";
import { COURSE_TYPE_LABELS, formatDay, PURPOSE, type Course, type Page } from "./model.ts";
import { RestoreRecordButton } from "./RemoveRecordButton.tsx";
import { useWrite } from "./use-records.ts";

/** A removed course as the API answers it: when and by whom, and `restore` among its actions when the caller may. */
type RemovedCourse = Omit<Course, "actions"> & { removedAt: string | null; removedBy: string | null; actions: string[] };

/**
 * The officer's removed courses, on request: training evidence stays in the history (issue 11 item 6,
 * docs/decisions/0017), shown to whoever may read the courses, each restorable where its `actions` say.
 * `version` changes whenever the page's courses change, so the list follows a removal or a restore.
 */
export function RemovedCourses({ officerId, version, onRestored }: { officerId: string; version: number; onRestored: () => void }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const removed = useApi<Page<RemovedCourse>>(open ? `/api/v1/courses${query({ officerId, removed: "only", limit: 10_000 })}` : null, { purpose: PURPOSE });
  const restore = useWrite();
  const { reload } = removed;
  useEffect(() => {
    if (open) reload();
  }, [version, open, reload]);
  const items = removed.status === "ok" ? removed.data.items : [];

  return (
    <div className="removed-records">
      <button type="button" className="secondary" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open ? "Hide removed courses" : "Show removed courses"}
      </button>
      <div id={listId} hidden={!open}>
        {open && removed.status === "loading" ? <Loading what="the removed courses" /> : null}
        {removed.status === "error" ? <ErrorNotice error={removed.error} what="The removed courses could not be shown" /> : null}
        {restore.error === null ? null : <ErrorNotice error={restore.error} what="Not restored" />}
        {restore.done === null ? null : <Success>{restore.done}</Success>}
        {open && removed.status === "ok" && items.length === 0 ? <p>No removed course.</p> : null}
        {items.length === 0 ? null : (
          <div className="table-scroll">
            <table>
              <caption>Removed courses: they no longer count for the officer's training</caption>
              <thead>
                <tr>
                  <th scope="col">Course</th>
                  <th scope="col">Completed</th>
                  <th scope="col">Removed</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => {
                  const what = `${COURSE_TYPE_LABELS[c.type]} of ${formatDay(c.completedOn)}`;
                  return (
                    <tr key={c.id}>
                      <th scope="row">{COURSE_TYPE_LABELS[c.type]}</th>
                      <td>{formatDay(c.completedOn)}</td>
                      <td>{c.removedAt === null ? "—" : `${formatDay(c.removedAt.slice(0, 10))}${c.removedBy === null ? "" : `, by ${c.removedBy}`}`}</td>
                      <td className="row-actions">
                        <RestoreRecordButton plural="courses" record={c} what={what} writer={restore} onRestored={onRestored} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
