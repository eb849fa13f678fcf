import { PageHeading } from "../../components/PageHeading.tsx";

// BUILDING: replaced by the page itself before this lands.
export default function OrganizationsPage() {
  return <PageHeading title="OrganizationsPage">OrganizationsPage</PageHeading>;
}
