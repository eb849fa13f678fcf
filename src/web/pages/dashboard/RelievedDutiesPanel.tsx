import { Link } from "wouter";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading } from "../../components/Notices.tsx";
import { StatusBadge, type Headline } from "../../components/StatusBadge.tsx";
import { formatDay } from "./chart.ts";

interface Relieved {
  clauses: number[];
  items: { officerId: string; name: string; agencyName: string; notRequiredDuties: number[]; deadlineEffective: string | null; headline: Headline; reason: string | null }[];
}

/** The words of subd. 2(a)'s clauses the relief covers (law.md R-CON-1), to name them to people. */
const DUTY_WORDS: Record<number, string> = {
  4: "“providing advice on safety drills” (clause 4)",
  5: "“identifying vulnerabilities in school facilities and safety protocols” (clause 5)",
};

function duties(clauses: readonly number[]): string {
  return clauses.map((c) => DUTY_WORDS[c] ?? `clause ${c}`).join(" and ");
}

/**
 * For a district's safety coordinator and superintendent: the SROs of whom the engine says clauses
 * (4) and (5) are not yet required (GET /api/v1/dashboard/relieved-duties), so that safety-drill
 * advice and vulnerability assessments are planned without them.
 */
export function RelievedDutiesPanel({ districtId }: { districtId: string }) {
  const relieved = useApi<Relieved>(`/api/v1/dashboard/relieved-duties?districtId=${districtId}`, { purpose: "school safety planning" });
  if (relieved.status === "loading") return <Loading what="the SROs not yet relied on" />;
  if (relieved.status === "error") return <ErrorNotice error={relieved.error} what="The SROs not yet relied on could not be loaded" />;
  const { clauses, items } = relieved.data;
  return (
    <>
      <p className="hint">
        Minn. Stat. § 626.8482, subd. 3(c) and 3(d): until trained, an SRO in the six months an employer was unable to train them, or a substitute under the contact-day threshold, is not required to perform {duties(clauses)}. A relief, not a prohibition: the relief lasts until the course is completed, even past the deadline.
      </p>
      {items.length === 0 ? (
        <p className="notice notice-ok">Every SRO serving your district may be relied on for these duties.</p>
      ) : (
        <ul className="relieved-list" aria-label="SROs not yet required to give safety-drill advice or vulnerability assessments">
          {items.map((o) => (
            <li key={o.officerId}>
              <p className="relieved-name">
                <Link href={`/officers/${o.officerId}`}>{o.name}</Link> <span className="relieved-agency">{o.agencyName}</span> <StatusBadge headline={o.headline} />
              </p>
              <dl>
                <dt>Not yet required</dt>
                <dd>Clauses {o.notRequiredDuties.join(" and ")}</dd>
                <dt>Training due</dt>
                <dd>{o.deadlineEffective === null ? "From the day the threshold is reached" : formatDay(o.deadlineEffective)}</dd>
                <dt>Why</dt>
                <dd>{o.reason ?? "—"}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
