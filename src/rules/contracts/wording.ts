/**
 * Whole-word matching for contract wording (law.md §13, STATUTORY_DUTY_NARROWED: "as whole words,
 * case-insensitive; … ignoring punctuation and '&' for 'and'"): case-insensitive, punctuation ignored,
 * "&" read as the word "and", apostrophes dropped ("officer's" = "officers"), so that
 * "Safety\nCoordinator", "school-owned" or "staff & visitors" match as words do.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['\u2019]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

interface Part {
  word: string;
  optional: boolean;
}

/** "under (the) supervision (of)" → under, the?, supervision, of? (law.md §13's notation). */
function parts(term: string): Part[] {
  const out: Part[] = [];
  for (const m of term.matchAll(/\(([^)]*)\)|[^\s()]+/g)) {
    const optional = m[1] !== undefined;
    for (const word of words(m[1] ?? m[0])) out.push({ word, optional });
  }
  return out;
}

/** The longest run of words at `at` that matches parts[j..], or null. */
function matchAt(haystack: readonly string[], at: number, ps: readonly Part[], j: number): string[] | null {
  const p = ps[j];
  if (p === undefined) return [];
  if (haystack[at] === p.word) {
    const rest = matchAt(haystack, at + 1, ps, j + 1);
    if (rest !== null) return [p.word, ...rest];
  }
  return p.optional ? matchAt(haystack, at, ps, j + 1) : null;
}

/**
 * A term is one or more words that must appear consecutively; a word in parentheses is optional
 * ("under (the) supervision (of)" matches "under supervision", "under the supervision of", …). Returns
 * the words matched (optional words included when present), or null.
 */
export function findTerm(haystack: readonly string[], term: string): string | null {
  const ps = parts(term);
  if (ps.every((p) => p.optional)) return null; // a term of optional words only would match anywhere
  for (let i = 0; i < haystack.length; i += 1) {
    const found = matchAt(haystack, i, ps, 0);
    if (found !== null) return found.join(" ");
  }
  return null;
}
