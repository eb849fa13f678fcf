import { useState } from "react";
import { useUser } from "../../app/session.tsx";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading, Success } from "../../components/Notices.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { KIND_LABELS, POLICIES, type Organization, type Page } from "../organizations/model.ts";
import { ReadingsForm } from "./ReadingsForm.tsx";
import { describeValue, valueInForce, type LawAnswer } from "./readings.ts";
import "./settings.css";

/**
 * What every user may know about how statuses are computed: the law version the engine applies and
 * what is not yet verified about it, the readings of the law's ambiguities in force — each by its
 * plain title and the law it interprets (the API's words, never the engine's internal numbers) — with
 * their defaults (the administrator may change them), and the SRO policies the organizations adopted.
 */
export default function SettingsPage() {
  const user = useUser();
  const law = useApi<LawAnswer>("/api/v1/law");
  const organizations = useApi<Page<Organization>>("/api/v1/organizations?limit=10000");
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <>
      <PageHeading title="Settings">Settings</PageHeading>
      <p>How this installation reads the law. Every status in the application is computed by the rules engine with these settings.</p>
      {law.status === "error" ? <ErrorNotice error={law.error} what="The law's settings could not be read" /> : null}
      {law.status === "loading" ? <Loading what="the law's settings" /> : null}
      {law.status === "ok" ? (
        <>
          <section aria-labelledby="law-version">
            <h2 id="law-version">The law applied</h2>
            <p>
              Today the engine applies Minn. Stat. § 626.8482 in the version <strong className="law-version">{law.data.applied}</strong>; every status names the version it was computed under.
            </p>
            {law.data.versions.map((v) => (
              <div key={v.id} className="version">
                <h3>
                  {v.id}, in force from {v.inForceFrom}
                </h3>
                {v.notVerified.length === 0 ? (
                  <p>Nothing is recorded as unverified about this text.</p>
                ) : (
                  <>
                    <p>Not yet verified about this text:</p>
                    <ul>
                      {v.notVerified.map((note) => (
                        <li key={note}>{note}</li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            ))}
          </section>
          <section aria-labelledby="readings">
            <h2 id="readings">Readings of the law's ambiguities</h2>
            <p>Where the law can be read more than one way, the engine follows the reading in force here. Each has a default, used unless the administrator changes it on counsel's advice.</p>
            {saved === null ? null : <Success>{saved}</Success>}
            <div className="table-scroll">
              <table className="settings-stack">
                <caption>Readings in force</caption>
                <thead>
                  <tr>
                    <th scope="col">Reading</th>
                    <th scope="col">The law it reads</th>
                    <th scope="col">What it decides</th>
                    <th scope="col">Default</th>
                    <th scope="col">In force</th>
                  </tr>
                </thead>
                <tbody>
                  {law.data.readingOptions.map((o) => {
                    const inForce = valueInForce(o, law.data.readingsInForce);
                    return (
                      <tr key={o.option}>
                        <th scope="row">{o.title}</th>
                        <td data-label="The law it reads">{o.interprets}</td>
                        <td data-label="What it decides">{o.explanation}</td>
                        <td data-label="Default">{describeValue(o.option, o.default)}</td>
                        <td data-label="In force">
                          {describeValue(o.option, inForce.value)}
                          <span className={inForce.isDefault ? "hint" : "changed"}>{inForce.isDefault ? " (the default)" : " (changed from the default)"}</span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {user.may.changeReadings ? (
              <ReadingsForm
                key={JSON.stringify(law.data.readingsInForce)}
                law={law.data}
                onSaved={(message) => {
                  setSaved(message);
                  law.reload();
                }}
              />
            ) : (
              <p className="hint">Only the system administrator changes the readings.</p>
            )}
          </section>
        </>
      ) : null}
      <section aria-labelledby="policies">
        <h2 id="policies">Adopted SRO policies</h2>
        <p>
          The training, use-of-force and arrest rules come from the employing agency's policy; the contract's duty list from the district's or charter school's. The statute applies
          whatever is adopted.
        </p>
        <dl className="policy-list">
          {Object.entries(POLICIES).map(([code, p]) => (
            <div key={code}>
              <dt>{p.name}</dt>
              <dd>{p.summary}</dd>
            </div>
          ))}
        </dl>
        {organizations.status === "error" ? <ErrorNotice error={organizations.error} what="The organizations could not be read" /> : null}
        {organizations.status === "loading" ? <Loading what="the adopted policies" /> : null}
        {organizations.status === "ok" ? (
          <div className="table-scroll">
            <table className="settings-stack">
              <caption>Policies adopted by the organizations you see</caption>
              <thead>
                <tr>
                  <th scope="col">Organization</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Policy</th>
                  <th scope="col">Version</th>
                  <th scope="col">Adopted on</th>
                </tr>
              </thead>
              <tbody>
                {organizations.data.items.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    <td data-label="Kind">{KIND_LABELS[o.kind]}</td>
                    <td data-label="Policy">{o.sroPolicy === null ? "None recorded" : POLICIES[o.sroPolicy].name}</td>
                    <td data-label="Version">{o.policyVersion ?? "—"}</td>
                    <td data-label="Adopted on">{o.policyAdoptedOn ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}
