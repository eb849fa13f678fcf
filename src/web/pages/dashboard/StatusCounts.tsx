import { Link } from "wouter";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading } from "../../components/Notices.tsx";
import { HEADLINES, StatusBadge, type Headline } from "../../components/StatusBadge.tsx";
import { formatDay } from "./chart.ts";
import { officersLink, type Viewpoint } from "./viewpoint.ts";

interface SummaryGroup {
  id: string | null;
  name: string;
  total: number;
  byHeadline: Record<Headline, number>;
}

interface Summaries {
  asOf: string;
  groups: SummaryGroup[];
}

function officers(n: number): string {
  return `${n.toLocaleString("en-US")} officer${n === 1 ? "" : "s"}`;
}

/**
 * How many officers stand at each headline status (GET /api/v1/summaries), each count a link to the
 * Officers page filtered by it. In a district's view, the district's own group of the summaries.
 */
export function StatusCounts({ viewpoint }: { viewpoint: Viewpoint }) {
  const path = viewpoint.districtId === null ? "/api/v1/summaries" : "/api/v1/summaries?level=district";
  const summaries = useApi<Summaries>(path, { purpose: "training compliance overview" });
  if (summaries.status === "loading") return <Loading what="the counts" />;
  if (summaries.status === "error") return <ErrorNotice error={summaries.error} what="The counts could not be loaded" />;
  const group = viewpoint.districtId === null ? summaries.data.groups[0] : summaries.data.groups.find((g) => g.id === viewpoint.districtId);
  const total = group?.total ?? 0;
  return (
    <>
      <p className="dashboard-lead">
        {officers(total)} as of {formatDay(summaries.data.asOf)}
        {group !== undefined && viewpoint.districtId !== null ? `, as ${group.name} sees them (its policy applied)` : ""}.
      </p>
      <ul className="status-counts" aria-label="Officers by status">
        {HEADLINES.map((headline) => {
          const count = group?.byHeadline[headline] ?? 0;
          return (
            <li key={headline} className={count === 0 ? "status-count status-count-none" : "status-count"}>
              <Link href={officersLink(viewpoint, headline)} data-headline={headline}>
                <span className="status-count-number">{count.toLocaleString("en-US")}</span>
                <StatusBadge headline={headline} />
                <span className="visually-hidden"> — show these officers</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
