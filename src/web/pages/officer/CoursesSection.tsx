import { useState } from "react";
import { query } from "../../api/client.ts";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading, Success } from "../../components/Notices.tsx";
import { CertificateUpload } from "./CertificateUpload.tsx";
import { CourseForm } from "./CourseForm.tsx";
import { COURSE_TYPE_LABELS, formatDay, PURPOSE, type Certificate, type Course } from "./model.ts";
import { RemovedCourses } from "./RemovedCourses.tsx";
import { RemoveRecordButton, RestoreRecordButton } from "./RemoveRecordButton.tsx";
import { useOfficerRecords, useWrite } from "./use-records.ts";

function downloadHref(c: Certificate): string {
  return `/api/v1/certificates/${c.id}/content${query({ purpose: PURPOSE })}`;
}

/**
 * The officer's courses with their certificates: listed; added, corrected and removed where the API
 * says the caller may (the record's `actions`, and the status answer's `mayRecord` for new ones);
 * certificates uploaded by drag and drop or the file input, and downloaded.
 */
export function CoursesSection({ officerId, mayAdd, mayUpload, onChanged }: { officerId: string; mayAdd: boolean; mayUpload: boolean; onChanged: () => void }) {
  const courses = useOfficerRecords<Course>("courses", officerId);
  const certificates = useApi<{ items: Certificate[] }>(`/api/v1/certificates${query({ officerId })}`, { purpose: PURPOSE });
  const [editing, setEditing] = useState<string | null>(null);
  const [uploadFor, setUploadFor] = useState<string | null>(null);
  const remove = useWrite();
  const undo = useWrite();
  const [saved, setSaved] = useState<string | null>(null);
  // The course just removed, for its "Undo"; `version` tells the removed courses' list to follow.
  const [lastRemoved, setLastRemoved] = useState<{ id: string; what: string } | null>(null);
  const [version, setVersion] = useState(0);

  const changed = () => {
    courses.reload();
    certificates.reload();
    setVersion((v) => v + 1);
    onChanged();
  };
  const restored = () => {
    setLastRemoved(null);
    remove.clear();
    changed();
  };
  const list = courses.status === "ok" ? [...courses.data.items].sort((a, b) => b.completedOn.localeCompare(a.completedOn)) : [];
  const certsOf = (courseId: string) => (certificates.status === "ok" ? certificates.data.items.filter((c) => c.courseId === courseId) : []);
  const uploadCourse = uploadFor !== null && list.some((c) => c.id === uploadFor) ? uploadFor : (list[0]?.id ?? null);

  return (
    <section aria-labelledby="courses-heading" className="officer-section">
      <h2 id="courses-heading">Courses and certificates</h2>
      {courses.status === "loading" ? <Loading what="the courses" /> : null}
      {courses.status === "error" ? <ErrorNotice error={courses.error} what="The courses could not be shown" /> : null}
      {certificates.status === "error" ? <ErrorNotice error={certificates.error} what="The certificates could not be shown" /> : null}
      {remove.error === null ? null : <ErrorNotice error={remove.error} what="Not removed" />}
      {remove.done === null ? null : (
        <div className="undo-removal">
          <Success>{remove.done}</Success>
          {lastRemoved === null ? null : <RestoreRecordButton plural="courses" record={{ id: lastRemoved.id, actions: ["restore"] }} what={lastRemoved.what} writer={undo} onRestored={restored} label="Undo" />}
        </div>
      )}
      {undo.error === null ? null : <ErrorNotice error={undo.error} what="Not restored" />}
      {undo.done === null ? null : <Success>{undo.done}</Success>}
      {saved === null ? null : <Success>{saved}</Success>}
      {courses.status === "ok" && list.length === 0 ? <p>No course on record.</p> : null}
      {list.length === 0 ? null : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Courses completed, newest first, with their certificates</caption>
            <thead>
              <tr>
                <th scope="col">Course</th>
                <th scope="col">Completed</th>
                <th scope="col">POST-approved</th>
                <th scope="col">Provider</th>
                <th scope="col">Certificates</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{COURSE_TYPE_LABELS[c.type]}</th>
                  <td>{formatDay(c.completedOn)}</td>
                  <td>{c.postApproved ? "Yes" : "No"}</td>
                  <td>{c.provider ?? "—"}</td>
                  <td>
                    {certsOf(c.id).length === 0 ? (
                      "None on file"
                    ) : (
                      <ul className="plain-list">
                        {certsOf(c.id).map((f) => (
                          <li key={f.id}>
                            <a href={downloadHref(f)} download={f.fileName}>
                              Download {f.fileName}
                            </a>{" "}
                            <span className="hint">
                              ({Math.max(1, Math.round(f.sizeBytes / 1024))} KB, by {f.uploadedBy})
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="row-actions">
                    {c.actions.includes("update") ? (
                      <button type="button" className="secondary" aria-label={`Edit ${COURSE_TYPE_LABELS[c.type]} of ${formatDay(c.completedOn)}`} onClick={() => setEditing(c.id)}>
                        Edit
                      </button>
                    ) : null}
                    <RemoveRecordButton
                      plural="courses"
                      record={c}
                      what={`${COURSE_TYPE_LABELS[c.type]} of ${formatDay(c.completedOn)}`}
                      remover={remove}
                      reversible
                      onRemoved={() => {
                        undo.clear();
                        setLastRemoved({ id: c.id, what: `${COURSE_TYPE_LABELS[c.type]} of ${formatDay(c.completedOn)}` });
                        changed();
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list
        .filter((c) => c.id === editing)
        .map((c) => (
          <CourseForm
            key={c.id}
            officerId={officerId}
            course={c}
            onCancel={() => setEditing(null)}
            onSaved={(s) => {
              setEditing(null);
              setSaved(`${COURSE_TYPE_LABELS[s.type]} of ${formatDay(s.completedOn)} saved.`);
              changed();
            }}
          />
        ))}
      {mayAdd ? (
        <CourseForm
          officerId={officerId}
          course={null}
          onSaved={(s) => {
            setSaved(`${COURSE_TYPE_LABELS[s.type]} of ${formatDay(s.completedOn)} added.`);
            setUploadFor(s.id);
            changed();
          }}
        />
      ) : null}
      <RemovedCourses officerId={officerId} version={version} onRestored={changed} />
      {mayUpload && uploadCourse !== null ? <CertificateUpload courses={list} courseId={uploadCourse} onCourse={setUploadFor} onUploaded={changed} /> : null}
    </section>
  );
}
