import { Link } from "wouter";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading } from "../../components/Notices.tsx";
import { apiPath, type Viewpoint } from "./viewpoint.ts";

interface Substitutes {
  threshold: number;
  total: number;
  items: { officerId: string; name: string; agencyName: string; substituteCount: number }[];
}

/**
 * Exempt substitutes with the most student contact days this school year (GET
 * /api/v1/dashboard/substitutes): on the day that reaches the threshold, the exemption ends.
 */
export function SubstitutesPanel({ viewpoint }: { viewpoint: Viewpoint }) {
  const substitutes = useApi<Substitutes>(apiPath("/api/v1/dashboard/substitutes", viewpoint, { limit: 10 }), { purpose: "training compliance overview" });
  if (substitutes.status === "loading") return <Loading what="the substitutes" />;
  if (substitutes.status === "error") return <ErrorNotice error={substitutes.error} what="The substitutes could not be loaded" />;
  const { threshold, total, items } = substitutes.data;
  if (items.length === 0) return <p>No exempt substitute for you to see.</p>;
  return (
    <>
      <p className="hint">
        A substitute needs the training from the {threshold}th day with students in a school year. {items.length < total ? `${items.length === 1 ? "The closest" : `The ${items.length} closest`} of ${total}.` : ""}
      </p>
      <ul className="substitute-list">
        {items.map((s) => {
          const left = Math.max(0, threshold - s.substituteCount);
          return (
            <li key={s.officerId}>
              <span>
                <Link href={`/officers/${s.officerId}`}>{s.name}</Link> <span className="substitute-agency">({s.agencyName})</span>
              </span>
              <span className="substitute-count">
                {s.substituteCount} of {threshold} days — {left} left
              </span>
              <span className="substitute-bar" aria-hidden="true">
                <span style={{ width: `${Math.min(100, (s.substituteCount / threshold) * 100)}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
