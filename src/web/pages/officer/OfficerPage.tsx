import { PageHeading } from "../../components/PageHeading.tsx";

// BUILDING: replaced by the page itself before this lands.
export default function OfficerPage() {
  return <PageHeading title="OfficerPage">OfficerPage</PageHeading>;
}
