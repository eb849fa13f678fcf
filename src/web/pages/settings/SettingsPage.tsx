import { PageHeading } from "../../components/PageHeading.tsx";

// BUILDING: replaced by the page itself before this lands.
export default function SettingsPage() {
  return <PageHeading title="SettingsPage">SettingsPage</PageHeading>;
}
