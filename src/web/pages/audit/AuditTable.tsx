import { concerning, sentence, when, type AuditPage, type Vocabulary } from "./model.ts";

/**
 * A page of events as a real table: its number (the one verification names), when, what happened
 * in a sentence, what it concerned, the organization, and the purpose the person gave. On a narrow
 * screen the table scrolls sideways inside its own region, which the keyboard can reach.
 */
export function AuditTable({ page, vocabulary, first, order, busy }: { page: AuditPage; vocabulary: Vocabulary; first: number; order: "newest" | "oldest"; busy: boolean }) {
  const names = new Map([...vocabulary.organizations, ...page.organizations].map((o) => [o.id, o.name]));
  return (
    <div className="table-scroll audit-table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="audit-table" aria-busy={busy || undefined}>
        <caption id="audit-caption">
          Events {first.toLocaleString("en-US")} to {(first + page.items.length - 1).toLocaleString("en-US")} of {page.total.toLocaleString("en-US")}, {order} first
        </caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">When</th>
            <th scope="col">What happened</th>
            <th scope="col">Concerning</th>
            <th scope="col">Organization</th>
            <th scope="col">Purpose given</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((e) => (
            <tr key={e.seq}>
              <th scope="row">#{e.seq}</th>
              <td className="audit-when">{when(e.at)}</td>
              <td>
                <strong>{e.actor.name}</strong> {sentence(e, vocabulary)}
              </td>
              <td>{concerning(e, vocabulary)}</td>
              <td>{e.organizationId === null ? "" : (names.get(e.organizationId) ?? "another organization")}</td>
              <td>{e.purpose ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
