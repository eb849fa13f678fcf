import { HEADLINE_LABELS, type Headline } from "../../status/headline.ts";

/**
 * A headline status as words, a shape and a color — never the color alone (WCAG 1.4.1). The
 * colors keep 4.5:1 against their background (WCAG 1.4.3).
 */
const SHAPES: Record<Headline, string> = {
  OVERDUE: "■",
  NEEDS_ATTENTION: "▲",
  STARTS_UNTRAINED: "▶",
  DUE_SOON: "◆",
  IN_GRACE: "◐",
  COMPLIANT: "●",
  EXEMPT: "○",
  NOT_AN_SRO: "–",
};

export function StatusBadge({ headline }: { headline: Headline }) {
  return (
    <span className={`badge badge-${headline.toLowerCase().replaceAll("_", "-")}`}>
      <span aria-hidden="true">{SHAPES[headline]} </span>
      {HEADLINE_LABELS[headline]}
    </span>
  );
}

export { HEADLINE_LABELS, type Headline };
export { HEADLINES } from "../../status/headline.ts";
