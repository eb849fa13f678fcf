import { useId, useState, type SubmitEvent } from "react";
import { sendJson } from "../../api/client.ts";
import { errorAt, FormField, unplacedError } from "../../components/FormField.tsx";
import { ErrorNotice, Loading, Success } from "../../components/Notices.tsx";
import { formatDay, type Assignment, type ContactDay, type OfficerStatus } from "./model.ts";
import { SchoolYearCalendar } from "./SchoolYearCalendar.tsx";
import { RemoveRecordButton } from "./RemoveRecordButton.tsx";
import { useOfficerRecords, useWrite } from "./use-records.ts";
import { useSchoolNames } from "./use-schools.ts";

/**
 * A substitute's student contact days (subd. 3(d)) in the school year of the status's date: the
 * calendar, the count toward 60 and the day the duties were assumed as the API computed them, the
 * days recorded (removable where the API allows), and a form to record one.
 */
export function ContactDaysSection({ officerId, status, mayAdd, onChanged }: { officerId: string; status: OfficerStatus; mayAdd: boolean; onChanged: () => void }) {
  const days = useOfficerRecords<ContactDay>("contact-days", officerId);
  const assignments = useOfficerRecords<Assignment>("assignments", officerId);
  const schoolIds = assignments.status === "ok" ? assignments.data.items.map((a) => a.schoolId) : [];
  const names = useSchoolNames(schoolIds);
  const remove = useWrite();
  const { startsOn, endsOn, label } = status.schoolYear;
  const count = status.answer.substituteContactDays;
  const thresholdDay = status.answer.path === "SUBSTITUTE" ? status.answer.assumedDutiesOn : null;
  const inYear = days.status === "ok" ? days.data.items.filter((d) => d.day >= startsOn && d.day <= endsOn) : [];
  const changed = () => {
    days.reload();
    onChanged();
  };

  return (
    <section aria-labelledby="contact-days-heading" className="officer-section">
      <h2 id="contact-days-heading">Substitute student contact days, school year {label}</h2>
      <p className="count-toward-60">
        {count === null
          ? "The rules count contact days toward 60 only while the officer serves as a substitute: no count applies on this date."
          : `${count.count} of 60 student contact days in school year ${count.schoolYear}, as the rules count them.`}
        {thresholdDay === null ? null : ` The duties were assumed on ${formatDay(thresholdDay)}.`}
      </p>
      {days.status === "loading" ? <Loading what="the contact days" /> : null}
      {days.status === "error" ? <ErrorNotice error={days.error} what="The contact days could not be shown" /> : null}
      {days.status === "ok" ? <SchoolYearCalendar startsOn={startsOn} endsOn={endsOn} days={inYear} thresholdDay={thresholdDay} /> : null}
      {remove.error === null ? null : <ErrorNotice error={remove.error} what="Not removed" />}
      {remove.done === null ? null : <Success>{remove.done}</Success>}
      {inYear.length === 0 ? null : (
        <details className="recorded-days">
          <summary>{inYear.length === 1 ? "The day recorded this school year" : `The ${inYear.length} days recorded this school year`}</summary>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Contact days recorded in school year {label}</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">School</th>
                  <th scope="col">Students present</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {inYear.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{formatDay(d.day)}</th>
                    <td>{names.get(d.schoolId) ?? "a school"}</td>
                    <td>{d.studentsPresent ? "Yes" : "No (not counted)"}</td>
                    <td>
                      <RemoveRecordButton plural="contact-days" record={d} what={`the contact day of ${formatDay(d.day)}`} remover={remove} onRemoved={changed} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      {mayAdd && schoolIds.length > 0 ? <ContactDayForm officerId={officerId} schools={[...new Set(schoolIds)].map((id) => ({ id, name: names.get(id) ?? "a school" }))} onSaved={changed} /> : null}
    </section>
  );
}

const FIELDS = ["/day", "/schoolId", "/studentsPresent"];

function ContactDayForm({ officerId, schools, onSaved }: { officerId: string; schools: readonly { id: string; name: string }[]; onSaved: () => void }) {
  const [day, setDay] = useState("");
  const [schoolId, setSchoolId] = useState(schools[0]?.id ?? "");
  const [studentsPresent, setStudentsPresent] = useState(true);
  const write = useWrite();
  const checkId = useId();
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const ok = await write.run(() => sendJson("POST", "/api/v1/contact-days", { officerId, schoolId, day, studentsPresent }), `The contact day of ${formatDay(day)} recorded.`);
    if (ok) onSaved();
  };
  const general = unplacedError(write.error, FIELDS);
  return (
    <form className="record-form" onSubmit={(e) => void submit(e)} aria-label="Record a contact day">
      <fieldset>
        <legend>Record a contact day</legend>
        {general === null ? null : <ErrorNotice error={general} what="Not recorded" />}
        {write.done === null ? null : <Success>{write.done}</Success>}
        <FormField label="Date served" error={errorAt(write.error, "/day")}>
          {(control) => <input {...control} type="date" required value={day} onChange={(e) => setDay(e.target.value)} />}
        </FormField>
        <FormField label="School" error={errorAt(write.error, "/schoolId")}>
          {(control) => (
            <select {...control} value={schoolId} onChange={(e) => setSchoolId(e.target.value)}>
              {schools.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="field field-check">
          <input id={checkId} type="checkbox" checked={studentsPresent} onChange={(e) => setStudentsPresent(e.target.checked)} />
          <label htmlFor={checkId}>Students were present for instruction (only such days count toward 60)</label>
        </div>
        <div className="form-buttons">
          <button type="submit" disabled={write.busy}>
            Record contact day
          </button>
        </div>
      </fieldset>
    </form>
  );
}
