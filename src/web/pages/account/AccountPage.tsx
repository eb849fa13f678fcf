import { PageHeading } from "../../components/PageHeading.tsx";

// BUILDING: replaced by the page itself before this lands.
export default function AccountPage() {
  return <PageHeading title="AccountPage">AccountPage</PageHeading>;
}
