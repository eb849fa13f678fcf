import { PageHeading } from "../../components/PageHeading.tsx";

// BUILDING: replaced by the page itself before this lands.
export default function DashboardPage() {
  return <PageHeading title="DashboardPage">DashboardPage</PageHeading>;
}
