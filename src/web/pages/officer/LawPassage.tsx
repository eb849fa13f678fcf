import type { CitedPassage } from "./model.ts";

/** How sure the words are, said to the reader (not every text was retrieved verbatim). */
const TEXT_NOTES: Record<CitedPassage["text"], string> = {
  verbatim: "The words as retrieved from the official or adopted text.",
  restated: "The statute's words as restated by the adopted policies (the statute's own text was not retrieved).",
  secondary: "A summary from a secondary source, not official text.",
  reading: "How this application reads the law where its words leave a choice: not a text of law. The administrator may change some readings on counsel's advice (Settings).",
};

/** A citation the API has no words for: shown as it is when it is the law's, never the engine's internal reference. */
function bareCitation(cite: string): string {
  return /law\.md|^Reading\s|\bA\d+\b/.test(cite) ? "How this application reads the law" : cite;
}

/**
 * A citation, opening onto the words of the law it names (a native disclosure: keyboard and screen
 * readers work with it as they are). The name shown is the API's plain title: the law's own
 * citation, or a reading with the law it interprets.
 */
export function LawPassage({ cite, law }: { cite: string; law: ReadonlyMap<string, CitedPassage> }) {
  const passage = law.get(cite);
  if (passage === undefined) return <span className="citation">{bareCitation(cite)}</span>;
  return (
    <details className="law-passage">
      <summary>
        <span className="citation">{passage.title}</span> <span className="visually-hidden">— show the words</span>
      </summary>
      <blockquote>{passage.words}</blockquote>
      <p className="hint">{TEXT_NOTES[passage.text]}</p>
    </details>
  );
}
