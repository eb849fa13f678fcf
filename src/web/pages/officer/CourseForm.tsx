import { useId, useState, type SubmitEvent } from "react";
import { sendJson, type ApiError } from "../../api/client.ts";
import { errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice } from "../../components/Notices.tsx";
import { COURSE_TYPE_LABELS, COURSE_TYPES, type Course, type CourseType } from "./model.ts";

const FIELDS = ["/type", "/completedOn", "/postApproved", "/provider", "/postCourseNumber"];

/**
 * A course completed: added (POST /api/v1/courses) or corrected (PATCH). The API judges the values;
 * its error lands beside the field it names.
 */
export function CourseForm({ officerId, course, onSaved, onCancel }: { officerId: string; course: Course | null; onSaved: (saved: Course) => void; onCancel?: () => void }) {
  const [type, setType] = useState<CourseType>(course?.type ?? "POST_SRO_BASIC");
  const [completedOn, setCompletedOn] = useState(course?.completedOn ?? "");
  // Never pre-ticked (issue 11 item 6): whether the POST Board approved a course is a fact the person
  // recording it states, for every course type — an unapproved course does not count as training.
  const [postApproved, setPostApproved] = useState(course?.postApproved ?? false);
  const [provider, setProvider] = useState(course?.provider ?? "");
  const [postCourseNumber, setPostCourseNumber] = useState(course?.postCourseNumber ?? "");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const approvedId = useId();
  const approvedHintId = `${approvedId}-hint`;

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const fields = { type, completedOn, postApproved, provider: provider.trim() === "" ? null : provider.trim(), postCourseNumber: postCourseNumber.trim() === "" ? null : postCourseNumber.trim() };
    try {
      const saved = course === null ? await sendJson<Course>("POST", "/api/v1/courses", { officerId, ...fields }) : await sendJson<Course>("PATCH", `/api/v1/courses/${course.id}`, fields);
      if (saved !== null) {
        // A new course's form empties itself (focus stays put), so that pressing Add again is not a duplicate.
        if (course === null) {
          setCompletedOn("");
          setProvider("");
          setPostCourseNumber("");
        }
        onSaved(saved);
      }
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const title = course === null ? "Record a completed course" : "Correct this course";
  const general = unplacedError(error, FIELDS);
  return (
    <form className="record-form" onSubmit={(e) => void submit(e)} aria-label={title}>
      <fieldset>
        <legend>{title}</legend>
        {general === null ? null : <ErrorNotice error={general} what="Not saved" />}
        <FormField label="Course" error={errorAt(error, "/type")}>
          {(control) => (
            <select {...control} value={type} onChange={(e) => setType(e.target.value as CourseType)}>
              {COURSE_TYPES.map((t) => (
                <option key={t} value={t}>
                  {COURSE_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Completed on" error={errorAt(error, "/completedOn")}>
          {(control) => <input {...control} type="date" required value={completedOn} onChange={(e) => setCompletedOn(e.target.value)} />}
        </FormField>
        <div className="field field-check">
          <input id={approvedId} type="checkbox" checked={postApproved} aria-describedby={approvedHintId} onChange={(e) => setPostApproved(e.target.checked)} />
          <label htmlFor={approvedId}>Approved by the POST Board as an SRO course</label>
          <p id={approvedHintId} className="hint">
            Tick only when the course is on the POST Board's list of approved SRO courses (its certificate or the Board's list says so). Only an approved course meets the training
            requirement of Minn. Stat. § 626.8482, subd. 3, and starts the three-year refresher; an unapproved course is recorded but does not count.
          </p>
          {errorAt(error, "/postApproved") === undefined ? null : (
            <p className="field-error" role="alert">
              {errorAt(error, "/postApproved")}
            </p>
          )}
        </div>
        <FormField label="Provider (optional)" error={errorAt(error, "/provider")}>
          {(control) => <input {...control} type="text" maxLength={200} value={provider} onChange={(e) => setProvider(e.target.value)} />}
        </FormField>
        <FormField label="POST course number (optional)" error={errorAt(error, "/postCourseNumber")}>
          {(control) => <input {...control} type="text" maxLength={50} value={postCourseNumber} onChange={(e) => setPostCourseNumber(e.target.value)} />}
        </FormField>
        <div className="form-buttons">
          <button type="submit" disabled={busy}>
            {course === null ? "Add course" : "Save course"}
          </button>
          {onCancel === undefined ? null : (
            <button type="button" className="secondary" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
