/**
 * Whole-word matching for contract wording: case-insensitive, punctuation ignored, apostrophes dropped
 * ("officer's" = "officers"), so that "Safety\nCoordinator" or "school-owned" match as words do.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/**
 * A term is one or more words that must appear consecutively; a final `*` makes the last word a
 * prefix ("collaborat*" matches "collaborating", "collaboration"). Returns the words matched, or null.
 */
export function findTerm(haystack: readonly string[], term: string): string | null {
  const parts = words(term.replace(/\*$/, ""));
  const prefix = term.endsWith("*");
  if (parts.length === 0) return null;
  for (let i = 0; i + parts.length <= haystack.length; i += 1) {
    let ok = true;
    for (let j = 0; j < parts.length && ok; j += 1) {
      const w = haystack[i + j] ?? "";
      const p = parts[j] ?? "";
      ok = prefix && j === parts.length - 1 ? w.startsWith(p) : w === p;
    }
    if (ok) return haystack.slice(i, i + parts.length).join(" ");
  }
  return null;
}
