import { lazy, Suspense, type ComponentType } from "react";
import { Route, Switch } from "wouter";
import { Loading } from "../components/Notices.tsx";
import { SignInPage } from "../pages/sign-in/SignInPage.tsx";
import { Layout } from "./Layout.tsx";
import { SessionProvider, useSession } from "./session.tsx";

/**
 * The application: sign-in until someone is signed in, then the pages. Each page is its own chunk
 * (loaded when first opened), so the first load carries only the shell (issue 5: ≤ 200 KB gzipped).
 */
const page = (load: () => Promise<{ default: ComponentType }>) => lazy(load);
const DashboardPage = page(() => import("../pages/dashboard/DashboardPage.tsx"));
const OfficersPage = page(() => import("../pages/officers/OfficersPage.tsx"));
const OfficerPage = page(() => import("../pages/officer/OfficerPage.tsx"));
const OrganizationsPage = page(() => import("../pages/organizations/OrganizationsPage.tsx"));
const ImportPage = page(() => import("../pages/import/ImportPage.tsx"));
const SettingsPage = page(() => import("../pages/settings/SettingsPage.tsx"));
const AccountPage = page(() => import("../pages/account/AccountPage.tsx"));
const UsersPage = page(() => import("../pages/users/UsersPage.tsx"));
const AuditPage = page(() => import("../pages/audit/AuditPage.tsx"));

function Pages() {
  const { state } = useSession();
  if (state === null) return <Loading what="your session" />;
  if (!state.signedIn) return <SignInPage />;
  // A temporary password or a second factor the role requires: only one's account until done (decision 0019).
  if (state.user?.mustFirst?.changePassword === true || state.user?.mustFirst?.setUpSecondFactor === true) {
    return (
      <Layout>
        <Suspense fallback={<Loading what="the page" />}>
          <AccountPage />
        </Suspense>
      </Layout>
    );
  }
  return (
    <Layout>
      <Suspense fallback={<Loading what="the page" />}>
        <Switch>
          <Route path="/" component={DashboardPage} />
          <Route path="/officers" component={OfficersPage} />
          <Route path="/officers/:id">{(params) => <OfficerPage key={params.id} />}</Route>
          <Route path="/organizations" component={OrganizationsPage} />
          <Route path="/import" component={ImportPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route path="/account" component={AccountPage} />
          <Route path="/users" component={UsersPage} />
          <Route path="/audit" component={AuditPage} />
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </Suspense>
    </Layout>
  );
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <a href="/">Go to the dashboard</a>.
      </p>
    </>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Pages />
    </SessionProvider>
  );
}
