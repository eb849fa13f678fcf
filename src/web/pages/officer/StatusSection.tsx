import { StatusBadge } from "../../components/StatusBadge.tsx";
import { LawPassage } from "./LawPassage.tsx";
import { formatDay, NOT_SHOWN, type CitedPassage, type OfficerStatus } from "./model.ts";
import { TraceSteps } from "./TraceSteps.tsx";
import { WhatIfDate } from "./WhatIfDate.tsx";
import { PATH_WORDS, policyLine, statuteLine, wordsFor } from "./words.ts";

/** The severity of a flag in words (never by color alone). */
const SEVERITY_WORDS: Record<string, string> = {
  VIOLATION: "Violation of the statute",
  POLICY_VIOLATION: "Violation of the adopted policy",
  ADVISORY: "Advisory",
  REVIEW: "For review",
  INFO: "Note",
};

/** The duties of subd. 2(a) an untrained officer is not yet to perform (subd. 3(c) and (d)). */
const DUTY_WORDS: Record<number, string> = { 4: "clause (4), advice on safety drills", 5: "clause (5), identifying vulnerabilities in facilities and safety protocols" };

function Fact({ term, value }: { term: string; value: string | null }) {
  if (value === null) return null;
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

const day = (d: string | null) => (d === null ? null : formatDay(d));

/**
 * The officer's headline status on a date and why: the engine's answer as the API gave it — the key
 * dates, the flags with their citations, and the trace as readable steps with the words of the law.
 * The summary is in words (words.ts) and restates itself where a flag would contradict it; until when
 * the engine's answer holds is the application's date, not the law's, and is said so under "Why".
 */
export function StatusSection({ status, isWhatIf, onAsOf }: { status: OfficerStatus; isWhatIf: boolean; onAsOf: (asOf: string | null) => void }) {
  const a = status.answer;
  const law = new Map<string, CitedPassage>(status.law.map((p) => [p.cite, p]));
  return (
    <section aria-labelledby="status-heading" className="officer-section">
      <h2 id="status-heading">Status</h2>
      <WhatIfDate shownAsOf={status.asOf} isWhatIf={isWhatIf} onChange={onAsOf} />
      <p className="headline" role="status" aria-live="polite">
        {isWhatIf ? "As of " : "Today, "}
        {formatDay(status.asOf)}: <StatusBadge headline={status.headline} />
        {isWhatIf ? <span className="what-if-note"> (what if: a date other than today)</span> : null}
      </p>
      {status.headlineExplanation === null ? null : <p className="headline-explanation">{status.headlineExplanation}</p>}
      <dl className="facts">
        <Fact term="Training required by the statute" value={statuteLine(a)} />
        <Fact term="POST refresher (the agency's adopted policy)" value={policyLine(a)} />
        <Fact term="Which rule sets the deadline" value={a.path === null ? null : wordsFor(PATH_WORDS, a.path)} />
        <Fact term="Took up the duties on" value={day(a.assumedDutiesOn)} />
        <Fact term="Training deadline" value={day(a.deadlineEffective ?? a.deadline)} />
        <Fact term="Refresher due" value={day(a.refresherDue)} />
        <Fact
          term="Duties not yet to be relied on"
          value={a.notRequiredDuties.length === 0 ? null : a.notRequiredDuties.map((c) => DUTY_WORDS[c] ?? `clause (${c})`).join("; ")}
        />
        <Fact term="Law version applied" value={a.lawVersion} />
      </dl>

      <h3>Flags</h3>
      {a.flags.length === 0 ? (
        <p>No flags: nothing needs attention on this date.</p>
      ) : (
        <ul className="flags">
          {a.flags.map((f) => (
            <li key={f.code} className={`flag flag-${f.severity.toLowerCase()}`}>
              <strong>{SEVERITY_WORDS[f.severity] ?? "Note"}:</strong> {f.message}
              <div className="trace-citations">
                {f.citations.map((c) => (
                  <LawPassage key={c} cite={c} law={law} />
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}

      <h3>Why: the engine's steps</h3>
      <TraceSteps trace={a.trace ?? []} law={law} />
      <p className="hint answer-note">
        {status.validUntil === null
          ? `This answer is recomputed when a record changes, or on a date that is ${NOT_SHOWN.toLowerCase()}. That is this application's date, not a date in the law.`
          : `This answer is recomputed when a record changes, and otherwise on ${formatDay(status.validUntil)}. That is this application's date, not a date in the law.`}
      </p>
    </section>
  );
}
