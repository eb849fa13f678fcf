import { PageHeading } from "../../components/PageHeading.tsx";

// BUILDING: replaced by the page itself before this lands.
export default function ImportPage() {
  return <PageHeading title="ImportPage">ImportPage</PageHeading>;
}
