import type { CitedPassage } from "./model.ts";

/** How sure the words are, said to the reader (law.md §0–§1: not every text was retrieved verbatim). */
const TEXT_NOTES: Record<CitedPassage["text"], string> = {
  verbatim: "The words as retrieved from the official or adopted text.",
  restated: "The statute's words as restated by the adopted policies (the statute's own text was not retrieved).",
  secondary: "A summary from a secondary source, not official text.",
  reading: "A reading this project adopted where the law is ambiguous, not a text of law.",
};

/**
 * A citation, opening onto the words of the law it names (a native disclosure: keyboard and screen
 * readers work with it as they are). A citation the API has no words for is shown as it is.
 */
export function LawPassage({ cite, law }: { cite: string; law: ReadonlyMap<string, CitedPassage> }) {
  const passage = law.get(cite);
  if (passage === undefined) return <span className="citation">{cite}</span>;
  return (
    <details className="law-passage">
      <summary>
        <span className="citation">{cite}</span> <span className="visually-hidden">— show the words of the law</span>
      </summary>
      <blockquote>{passage.words}</blockquote>
      <p className="hint">{TEXT_NOTES[passage.text]}</p>
    </details>
  );
}
