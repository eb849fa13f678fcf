import { DISTRICT } from "./district.ts";
import { POST } from "./post.ts";
import { READINGS } from "./readings.ts";
import type { Authority, Source } from "./source.ts";
import { STATUTE } from "./statute.ts";

export type { Authority, Source, TextStatus } from "./source.ts";

/** Every passage the engine cites, by a stable id ("626.8482/3(c)", "POST/IV.G.3", "A7", …). */
export const SOURCES = { ...STATUTE, ...POST, ...DISTRICT, ...READINGS } as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** The policies a request says are adopted; statute, federal law and readings always apply. */
export interface AdoptedPolicies {
  agency: "POST" | null;
  district: "MSBA" | "EDINA" | null;
}

function applies(authority: Authority, adopted: AdoptedPolicies): boolean {
  switch (authority) {
    case "POST":
      return adopted.agency === "POST";
    case "MSBA":
    case "EDINA":
      return adopted.district === authority;
    default:
      return true;
  }
}

/**
 * The citation strings for a list of sources, keeping only the adopted policies' paragraphs (a
 * district that adopted MSBA 507.5 is not told what Edina's policy says). If nothing would remain,
 * all are kept: every flag and trace step carries at least one citation.
 */
export function citationsFor(ids: readonly SourceId[], adopted: AdoptedPolicies): string[] {
  const kept: string[] = [];
  for (const id of ids) {
    const s: Source = SOURCES[id];
    if (applies(s.authority, adopted)) kept.push(s.cite);
  }
  return kept.length > 0 ? kept : ids.map((id) => SOURCES[id].cite);
}

/** Looks up a source by the citation string a response printed (for a reader who wants the words). */
export function sourceByCitation(cite: string): Source | undefined {
  for (const s of Object.values(SOURCES) as Source[]) if (s.cite === cite) return s;
  return undefined;
}
export { PLAIN_READINGS, plainPassage, plainReading, type PlainReading } from "./plain.ts";
