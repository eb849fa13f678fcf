import { marksByDate, schoolYearMonths, WEEKDAYS } from "./calendar.ts";
import { formatDay } from "./model.ts";

/** The words and signs of a marked day: never the color alone (WCAG 1.4.1). */
function DayCell({ dayOfMonth, date, mark, inYear, isThreshold }: { dayOfMonth: number; date: string; mark: { withStudents: boolean; staffOnly: boolean } | undefined; inYear: boolean; isThreshold: boolean }) {
  const kind = mark?.withStudents === true ? "with-students" : mark?.staffOnly === true ? "staff-only" : "none";
  const words = [kind === "with-students" ? "contact day with students" : kind === "staff-only" ? "served, no students (not counted)" : null, isThreshold ? "duties assumed" : null, inYear ? null : "outside the school year"]
    .filter((w) => w !== null)
    .join(", ");
  return (
    <td className={`cal-day cal-${kind}${inYear ? "" : " cal-outside"}${isThreshold ? " cal-threshold" : ""}`}>
      <span aria-hidden="true">{dayOfMonth}</span>
      {kind === "with-students" ? <span aria-hidden="true" className="cal-mark">✓</span> : null}
      {kind === "staff-only" ? <span aria-hidden="true" className="cal-mark">–</span> : null}
      {isThreshold ? <span aria-hidden="true" className="cal-mark">★</span> : null}
      <span className="visually-hidden">
        {formatDay(date)}
        {words === "" ? "" : `: ${words}`}
      </span>
    </td>
  );
}

/**
 * A school year's months as calendars, the recorded contact days marked with a sign and in words.
 * `thresholdDay` is the date the API says the duties were assumed (the 60th day, or the first day of
 * a planned 60-day assignment), when it falls in this year.
 */
export function SchoolYearCalendar({ startsOn, endsOn, days, thresholdDay }: { startsOn: string; endsOn: string; days: readonly { day: string; studentsPresent: boolean }[]; thresholdDay: string | null }) {
  const marks = marksByDate(days);
  return (
    <div className="calendar">
      <ul className="cal-legend" aria-label="Legend">
        <li>
          <span aria-hidden="true" className="cal-mark cal-with-students">✓</span> contact day with students present (counts toward 60)
        </li>
        <li>
          <span aria-hidden="true" className="cal-mark cal-staff-only">–</span> served without students (does not count)
        </li>
        <li>
          <span aria-hidden="true" className="cal-mark">★</span> duties assumed (the 60th day, or a planned 60-day assignment began)
        </li>
      </ul>
      <div className="cal-months">
        {schoolYearMonths(startsOn, endsOn).map((m) => (
          <table key={m.key} className="cal-month">
            <caption>{m.label}</caption>
            <thead>
              <tr>
                {WEEKDAYS.map((w) => (
                  <th key={w.short} scope="col">
                    <abbr title={w.long}>{w.short}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.weeks.map((week, i) => (
                <tr key={i}>
                  {week.map((cell, j) =>
                    cell === null ? (
                      <td key={`blank-${j}`} className="cal-blank" />
                    ) : (
                      <DayCell key={cell.date} dayOfMonth={cell.dayOfMonth} date={cell.date} mark={marks.get(cell.date)} inYear={cell.inYear} isThreshold={cell.date === thresholdDay} />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}
