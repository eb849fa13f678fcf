import { PageHeading } from "../../components/PageHeading.tsx";

// BUILDING: replaced by the page itself before this lands.
export default function OfficersPage() {
  return <PageHeading title="OfficersPage">OfficersPage</PageHeading>;
}
