import { Link, useLocation, useParams, useSearch } from "wouter";
import { query } from "../../api/client.ts";
import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading } from "../../components/Notices.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { AssignmentsPanel } from "./AssignmentsPanel.tsx";
import { ContactDaysSection } from "./ContactDaysSection.tsx";
import { CoursesSection } from "./CoursesSection.tsx";
import { EmployerUnableSection } from "./EmployerUnableSection.tsx";
import { PURPOSE, type OfficerStatus } from "./model.ts";
import { NextStepsSection } from "./NextStepsSection.tsx";
import { NotShownSection } from "./NotShownSection.tsx";
import { PolicyReviewsSection } from "./PolicyReviewsSection.tsx";
import { StatusSection } from "./StatusSection.tsx";
import "./officer.css";

interface OfficerRecord {
  id: string;
  postLicense: string;
  firstName: string;
  lastName: string;
}

/**
 * One officer: the status with its explanation on any date, and the records behind it — courses and
 * certificates, substitute contact days, policy reviews, employer-unable decisions — each editable
 * where the API says the caller may. Whoever may not see the officer sees a refusal and nothing else.
 */
export default function OfficerPage() {
  const { id } = useParams<{ id: string }>();
  const asOf = new URLSearchParams(useSearch()).get("asOf");
  const [, navigate] = useLocation();
  const status = useApi<OfficerStatus>(`/api/v1/officers/${id}/status${query({ asOf })}`, { purpose: PURPOSE });
  const record = useApi<OfficerRecord>(status.status === "ok" ? `/api/v1/officers/${id}` : null, { purpose: PURPOSE });

  if (status.status === "error") {
    const refused = status.error.status === 403;
    const missing = status.error.status === 404 || (status.error.status === 400 && status.error.path === "/id");
    if (refused || missing) {
      return (
        <>
          <PageHeading title={refused ? "Officer not open to you" : "No such officer"}>{refused ? "This officer's record is not open to you" : "No such officer"}</PageHeading>
          <p className="notice notice-info">{refused ? `The server refused: ${status.error.message}.` : "There is no officer at this address."}</p>
          <p>
            <Link href="/officers">Back to the officers you may see</Link>
          </p>
        </>
      );
    }
    return (
      <>
        <PageHeading title="Officer">Officer</PageHeading>
        <ErrorNotice error={status.error} what="The officer's status could not be shown" />
      </>
    );
  }
  if (status.status === "loading") {
    return (
      <>
        <PageHeading title="Officer">Officer</PageHeading>
        <Loading what="the officer's status" />
      </>
    );
  }

  const s = status.data;
  const may = (kind: OfficerStatus["mayRecord"][number]) => s.mayRecord.includes(kind);
  // Records the reader's role may not read: the page says "not shown to your role", never "no record".
  const hidden = (kind: OfficerStatus["notShown"][number]) => s.notShown.includes(kind);
  const setAsOf = (date: string | null) => navigate(`/officers/${id}${query({ asOf: date })}`);
  return (
    <div className="officer-page">
      <PageHeading title={s.name}>{s.name}</PageHeading>
      <p className="officer-meta">
        {record.status === "ok" ? <>POST license {record.data.postLicense}. </> : null}
        <Link href="/officers">All officers</Link>
      </p>
      {/* What to do next leads the page (issue 11 item 4); the status and its reasons follow. */}
      <NextStepsSection status={s} />
      <StatusSection status={s} isWhatIf={asOf !== null} onAsOf={setAsOf} />
      <AssignmentsPanel
        officerId={id}
        asOf={s.asOf}
        onChanged={() => {
          status.reload();
          record.reload();
        }}
      />
      {hidden("courses") ? (
        <NotShownSection id="courses-heading" heading="Courses and certificates" what="the officer's courses and certificates" />
      ) : (
        <CoursesSection officerId={id} mayAdd={may("courses")} mayUpload={may("certificates")} onChanged={status.reload} />
      )}
      {hidden("contact-days") ? (
        <NotShownSection id="contact-days-heading" heading="Substitute student contact days" what="the days the officer served" />
      ) : (
        <ContactDaysSection officerId={id} status={s} mayAdd={may("contact-days")} onChanged={status.reload} />
      )}
      {hidden("policy-reviews") ? (
        <NotShownSection id="reviews-heading" heading="Policy reviews" what="the officer's policy reviews and their dates" />
      ) : (
        <PolicyReviewsSection officerId={id} mayAdd={may("policy-reviews")} onChanged={status.reload} />
      )}
      {hidden("employer-unable-decisions") ? (
        <NotShownSection id="unable-heading" heading="Employer-unable decisions" what="the employer's decisions and their dates" />
      ) : (
        <EmployerUnableSection officerId={id} mayAdd={may("employer-unable-decisions")} onChanged={status.reload} />
      )}
    </div>
  );
}
