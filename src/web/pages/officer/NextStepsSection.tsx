import { formatDay, type NextStep, type OfficerStatus } from "./model.ts";

/** Where on the page each kind of record is recorded (the sections' headings). */
const RECORD_ANCHORS: Record<NonNullable<NextStep["record"]>, { href: string; words: string }> = {
  courses: { href: "#courses-heading", words: "Record the course below" },
  certificates: { href: "#courses-heading", words: "Upload the certificate below" },
  "policy-reviews": { href: "#reviews-heading", words: "Record the review below" },
};

function byWhen(step: NextStep, asOf: string): string {
  if (step.by === null) return "No date";
  if (!step.dueNow) return formatDay(step.by);
  return step.by < asOf ? `Now: it was due ${formatDay(step.by)}` : "Now";
}

/**
 * The first thing on the officer page (issue 11 item 4): what to do next, by when and who can do it,
 * with the law that asks it — the API's `nextSteps`, most urgent first. Where the reader may record
 * the step here (the answer's `mayRecord`), a link leads to the form.
 */
export function NextStepsSection({ status }: { status: OfficerStatus }) {
  const steps = status.nextSteps;
  return (
    <section aria-labelledby="next-heading" className="officer-section next-steps">
      <h2 id="next-heading">What to do next</h2>
      {steps.length === 0 ? (
        <p>Nothing is asked of this officer on {formatDay(status.asOf)}.</p>
      ) : (
        <ol className="next-steps-list">
          {steps.map((step) => {
            const anchor = step.record !== null && status.mayRecord.includes(step.record) ? RECORD_ANCHORS[step.record] : null;
            return (
              <li key={`${step.what}-${step.by ?? ""}`} className={step.dueNow ? "next-step next-step-now" : "next-step"}>
                <p className="next-step-what">{step.what}</p>
                <dl className="next-step-facts">
                  <div>
                    <dt>By when</dt>
                    <dd>{byWhen(step, status.asOf)}</dd>
                  </div>
                  <div>
                    <dt>Who</dt>
                    <dd>{step.who}</dd>
                  </div>
                  <div>
                    <dt>The law</dt>
                    <dd>{step.cite}</dd>
                  </div>
                </dl>
                {anchor === null ? null : (
                  <p>
                    <a href={anchor.href}>{anchor.words}</a>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
