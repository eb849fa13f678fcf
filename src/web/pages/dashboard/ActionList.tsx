import { Link } from "wouter";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading } from "../../components/Notices.tsx";
import { HEADLINES, StatusBadge, type Headline } from "../../components/StatusBadge.tsx";
import { formatDay } from "./chart.ts";
import { apiPath, type Viewpoint } from "./viewpoint.ts";

interface StatusItem {
  officerId: string;
  name: string;
  agencyName: string;
  headline: Headline;
  actionDueOn: string | null;
}

const SHOWN = 10;

/**
 * The date of the action needed, as the API computed it (status/headline.ts): a missed deadline is
 * "overdue since" it; an action due on the date asked (a missing certificate) is due "now".
 */
export function actionWhen(headline: Headline, dueOn: string | null, asOf: string): string {
  if (dueOn === null) return "—";
  if (dueOn > asOf) return formatDay(dueOn);
  return dueOn < asOf ? `Overdue since ${formatDay(dueOn)}` : headline === "OVERDUE" ? `Overdue since ${formatDay(dueOn)}` : "Now";
}
/** The headlines that ask someone to act: every one before "Compliant" in the API's order. */
const ACTING = new Set<Headline>(HEADLINES.slice(0, HEADLINES.indexOf("COMPLIANT")));

/** The officers who need action first, in the API's order (GET /api/v1/statuses, sort "action"). */
export function ActionList({ viewpoint }: { viewpoint: Viewpoint }) {
  const statuses = useApi<{ asOf: string; total: number; items: StatusItem[] }>(apiPath("/api/v1/statuses", viewpoint, { limit: SHOWN }), { purpose: "training compliance overview" });
  if (statuses.status === "loading") return <Loading what="the officers who need action" />;
  if (statuses.status === "error") return <ErrorNotice error={statuses.error} what="The officers who need action could not be loaded" />;
  const acting = statuses.data.items.filter((s) => ACTING.has(s.headline));
  if (acting.length === 0) return <p className="notice notice-ok">No officer needs action: none is overdue, needs attention, starts untrained, is due soon or is in grace.</p>;
  return (
    <div className="table-scroll">
      <table className="dashboard-table">
        <caption>The {acting.length === 1 ? "officer" : `${acting.length} officers`} to act on first, most urgent first</caption>
        <thead>
          <tr>
            <th scope="col">Officer</th>
            <th scope="col">Status</th>
            <th scope="col">Action due</th>
            <th scope="col">Agency</th>
          </tr>
        </thead>
        <tbody>
          {acting.map((s) => (
            <tr key={s.officerId}>
              <th scope="row">
                <Link href={`/officers/${s.officerId}`}>{s.name}</Link>
              </th>
              <td>
                <StatusBadge headline={s.headline} />
              </td>
              <td>{actionWhen(s.headline, s.actionDueOn, statuses.data.asOf)}</td>
              <td>{s.agencyName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
