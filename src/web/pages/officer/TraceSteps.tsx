import { LawPassage } from "./LawPassage.tsx";
import { formatDay, type CitedPassage, type TraceStep } from "./model.ts";
import { STEP_WORDS, valueWords } from "./words.ts";

/** A step's value as words: the engine's codes, dates and booleans, read aloud sensibly. */
function valueText(step: string, value: TraceStep["value"]): string {
  if (value === null) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  return valueWords(step, value);
}

/** The engine's reasoning as numbered steps, each with why, its citations and the words of the law. */
export function TraceSteps({ trace, law }: { trace: readonly TraceStep[]; law: ReadonlyMap<string, CitedPassage> }) {
  if (trace.length === 0) return <p>The engine gave no steps for this answer.</p>;
  return (
    <ol className="trace">
      {trace.map((s, i) => (
        <li key={`${s.step}-${i}`}>
          <p className="trace-step">
            <strong>{STEP_WORDS[s.step] ?? s.step}:</strong> {valueText(s.step, s.value)}
          </p>
          <p>{s.because}</p>
          {s.citations.length === 0 ? null : (
            <div className="trace-citations">
              <span className="visually-hidden">Rests on: </span>
              {s.citations.map((c) => (
                <LawPassage key={c} cite={c} law={law} />
              ))}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
