import { Link, useSearch } from "wouter";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading } from "../../components/Notices.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { OrganizationDetail } from "./OrganizationDetail.tsx";
import { OrganizationList } from "./OrganizationList.tsx";
import type { Organization, Page, School } from "./model.ts";
import "./organizations.css";

/**
 * Organizations, their schools and the assignments of officers to those schools. The list is
 * /organizations; one organization is /organizations?org=<id> (App.tsx has the one route). What the
 * person may change follows each record's `actions` from the API.
 */
export default function OrganizationsPage() {
  const selected = new URLSearchParams(useSearch()).get("org");
  const organizations = useApi<Page<Organization>>("/api/v1/organizations?limit=10000");
  const schools = useApi<Page<School>>("/api/v1/schools?limit=10000");

  if (organizations.status === "error" || schools.status === "error") {
    return (
      <>
        <PageHeading title="Organizations">Organizations</PageHeading>
        <ErrorNotice error={organizations.error ?? schools.error ?? new Error("the organizations could not be read")} what="The organizations could not be read" />
      </>
    );
  }
  if (organizations.status === "loading" || schools.status === "loading") {
    return (
      <>
        <PageHeading title="Organizations">Organizations</PageHeading>
        <Loading what="the organizations" />
      </>
    );
  }
  const reload = () => {
    organizations.reload();
    schools.reload();
  };
  if (selected !== null) {
    const org = organizations.data.items.find((o) => o.id === selected);
    if (org === undefined) {
      return (
        <>
          <PageHeading title="Organization not found">Organization not found</PageHeading>
          <p>
            No organization you may see has this address. <Link href="/organizations">See all organizations</Link>.
          </p>
        </>
      );
    }
    return <OrganizationDetail key={org.id} organization={org} organizations={organizations.data.items} schools={schools.data.items} onChanged={reload} />;
  }
  return (
    <>
      <PageHeading title="Organizations">Organizations</PageHeading>
      <OrganizationList organizations={organizations.data.items} schools={schools.data.items} onChanged={reload} />
    </>
  );
}
