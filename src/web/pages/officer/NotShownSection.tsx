import { NOT_SHOWN } from "./model.ts";

/**
 * A section of the officer page whose records the reader's role may not read (the status answer's
 * `notShown`, decided by the server's policies): it says so, and never "no record" — an empty list
 * would tell a superintendent that there is no decision or review when there may well be one.
 */
export function NotShownSection({ id, heading, what }: { id: string; heading: string; what: string }) {
  return (
    <section aria-labelledby={id} className="officer-section">
      <h2 id={id}>{heading}</h2>
      <p className="notice notice-info">
        {NOT_SHOWN}: {what} are kept by the officer's agency. The status above says what they mean for the officer.
      </p>
    </section>
  );
}
