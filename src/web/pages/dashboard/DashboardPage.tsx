import { Link } from "wouter";
import { useUser } from "../../app/session.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { ActionList } from "./ActionList.tsx";
import { DeadlineChart } from "./DeadlineChart.tsx";
import { RelievedDutiesPanel } from "./RelievedDutiesPanel.tsx";
import { StatusCounts } from "./StatusCounts.tsx";
import { SubstitutesPanel } from "./SubstitutesPanel.tsx";
import { viewpointOf } from "./viewpoint.ts";
import "./dashboard.css";

/**
 * Compliance at a glance for the officers the signed-in person may see: counts by headline status,
 * deadlines over the coming year, who needs action first, substitutes nearing the contact-day
 * threshold and, for a district's safety coordinator or superintendent, the SROs not yet required to
 * perform clauses (4) and (5). Every number is the API's; each section loads on its own.
 */
export default function DashboardPage() {
  const user = useUser();
  const viewpoint = viewpointOf(user);
  return (
    <>
      <PageHeading title="Dashboard">Dashboard</PageHeading>
      <div className="dashboard">
        <section aria-labelledby="counts-heading" className="dashboard-wide">
          <h2 id="counts-heading">Officers by status</h2>
          <StatusCounts viewpoint={viewpoint} />
        </section>
        {viewpoint.reliesOnDistrictId === null ? null : (
          <section aria-labelledby="relieved-heading" className="dashboard-wide dashboard-relieved">
            <h2 id="relieved-heading">SROs you cannot yet rely on for safety drills and vulnerability assessments</h2>
            <RelievedDutiesPanel districtId={viewpoint.reliesOnDistrictId} />
          </section>
        )}
        <section aria-labelledby="action-heading" className="dashboard-wide">
          <h2 id="action-heading">Who needs action first</h2>
          <ActionList viewpoint={viewpoint} />
          <p>
            <Link href={viewpoint.districtId === null ? "/officers" : `/officers?district=${viewpoint.districtId}`}>All officers, in this order</Link>
          </p>
        </section>
        <section aria-labelledby="deadlines-heading">
          <h2 id="deadlines-heading">Deadlines over the coming 12 months</h2>
          <DeadlineChart viewpoint={viewpoint} />
        </section>
        <section aria-labelledby="substitutes-heading">
          <h2 id="substitutes-heading">Substitutes nearing 60 student contact days</h2>
          <SubstitutesPanel viewpoint={viewpoint} />
        </section>
      </div>
    </>
  );
}
