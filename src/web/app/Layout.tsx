import type { ReactNode } from "react";
import { Link, useLocation } from "wouter";
import { useSession, useUser } from "./session.tsx";

/**
 * Every signed-in page: a skip link, the header with the navigation (the current page marked with
 * aria-current), the signed-in person and sign-out, and the page in <main>. Which items show is the
 * session answer's `may` (the server's policies), never a role named here.
 */
interface NavItem {
  href: string;
  label: string;
  shown: (user: ReturnType<typeof useUser>) => boolean;
}

const NAV: NavItem[] = [
  { href: "/", label: "Dashboard", shown: () => true },
  { href: "/officers", label: "Officers", shown: () => true },
  { href: "/organizations", label: "Organizations", shown: () => true },
  { href: "/import", label: "Import", shown: (u) => u.may.importRecords },
  { href: "/settings", label: "Settings", shown: () => true },
  { href: "/users", label: "People and access", shown: (u) => u.may.administerUsers },
  { href: "/audit", label: "Audit trail", shown: (u) => u.may.readAuditTrail },
];

export function Layout({ children }: { children: ReactNode }) {
  const user = useUser();
  const { signOut } = useSession();
  const [location] = useLocation();
  const current = (href: string) => (href === "/" ? location === "/" : location === href || location.startsWith(`${href}/`));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          SRO Compliance
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.filter((item) => item.shown(user)).map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={current(item.href) ? "page" : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <Link href="/account" aria-current={current("/account") ? "page" : undefined}>
            {user.name}
          </Link>
          <button type="button" className="link-button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Minn. Stat. § 626.8482 (2024) and the POST Board's model policy, as adopted. <a href="/api/docs">API</a>
        </p>
      </footer>
    </>
  );
}
