import { useId, useRef, useState, type DragEvent, type SubmitEvent } from "react";
import { request } from "../../api/client.ts";
import { errorAt, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice, Success } from "../../components/Notices.tsx";
import { COURSE_TYPE_LABELS, formatDay, type Course } from "./model.ts";
import { useWrite } from "./use-records.ts";

/**
 * A certificate for a course (multipart POST /api/v1/certificates): dropped on the zone or chosen with
 * the file input — the same input a keyboard reaches by Tab and opens with Enter or Space. The server
 * judges the file by its content (PDF, PNG or JPEG, at most 10 MB).
 */
export function CertificateUpload({ courses, courseId, onCourse, onUploaded }: { courses: readonly Course[]; courseId: string; onCourse: (id: string) => void; onUploaded: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const write = useWrite();
  const ids = { course: useId(), file: useId(), hint: useId(), chosen: useId(), error: useId() };

  const choose = (f: File | null) => {
    write.clear();
    setFile(f);
  };
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    choose(e.dataTransfer.files[0] ?? null);
  };
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (file === null) return;
    const body = new FormData();
    body.set("courseId", courseId);
    body.set("file", file, file.name);
    const ok = await write.run(() => request("POST", "/api/v1/certificates", body), `Certificate ${file.name} uploaded.`);
    if (ok) {
      setFile(null);
      if (input.current !== null) input.current.value = "";
      onUploaded();
    }
  };

  const fileError = errorAt(write.error, "/file");
  const courseError = errorAt(write.error, "/courseId");
  const general = unplacedError(write.error, ["/file", "/courseId"]);
  return (
    <form className="record-form" onSubmit={(e) => void submit(e)} aria-label="Upload a certificate">
      <fieldset>
        <legend>Upload a certificate</legend>
        <div className="field">
          <label htmlFor={ids.course}>For the course</label>
          <select id={ids.course} value={courseId} onChange={(e) => onCourse(e.target.value)} {...(courseError === undefined ? {} : { "aria-invalid": true, "aria-describedby": ids.error })}>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {COURSE_TYPE_LABELS[c.type]}, {formatDay(c.completedOn)}
              </option>
            ))}
          </select>
          {courseError === undefined ? null : (
            <p id={ids.error} className="field-error" role="alert">
              {courseError}
            </p>
          )}
        </div>
        <div
          className={`drop-zone${dragging ? " drop-zone-active" : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <label htmlFor={ids.file}>Certificate file</label>
          <p id={ids.hint} className="hint">
            Drop a PDF, PNG or JPEG file (at most 10 MB) here, or choose one.
          </p>
          <input
            ref={input}
            id={ids.file}
            type="file"
            accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
            aria-describedby={[ids.hint, file === null ? null : ids.chosen, fileError === undefined ? null : `${ids.file}-error`].filter((x) => x !== null).join(" ")}
            {...(fileError === undefined ? {} : { "aria-invalid": true })}
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
          />
          {file === null ? null : (
            <p id={ids.chosen} className="chosen-file">
              Chosen: {file.name} ({Math.max(1, Math.round(file.size / 1024))} KB)
            </p>
          )}
          {fileError === undefined ? null : (
            <p id={`${ids.file}-error`} className="field-error" role="alert">
              {fileError}
            </p>
          )}
        </div>
        {general === null ? null : <ErrorNotice error={general} what="Not uploaded" />}
        {write.done === null ? null : <Success>{write.done}</Success>}
        <div className="form-buttons">
          <button type="submit" disabled={file === null || write.busy}>
            Upload certificate
          </button>
        </div>
      </fieldset>
    </form>
  );
}
