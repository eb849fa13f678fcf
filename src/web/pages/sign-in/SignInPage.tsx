import type { Answer } from "../../api/typed.ts";
import { useEffect, useId, useState, type SubmitEvent } from "react";
import { ApiError, getJson, sendJson, setCsrfToken } from "../../api/client.ts";
import { useSession } from "../../app/session.tsx";
import { ErrorNotice } from "../../components/Notices.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";

/**
 * Signing in: email and password, then the authenticator's code when the account has a second
 * factor; or single sign-on when the installation has it (its refusals come back as ?signInError=).
 */
type OidcInfo = Answer<"/api/v1/session/oidc", "get">;

/** The sentence for a single sign-on refusal the server named in ?signInError=. */
function refusalOf(oidc: OidcInfo, code: string): string | undefined {
  const refusals: Record<string, string | undefined> = oidc.refusals;
  return refusals[code];
}

export function SignInPage() {
  const { refresh, state } = useSession();
  const [step, setStep] = useState<"password" | "code">(state?.secondFactorPending === true ? "code" : "password");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [oidc, setOidc] = useState<OidcInfo | null>(null);
  const ids = { email: useId(), password: useId(), code: useId(), codeHint: useId() };

  useEffect(() => {
    getJson<OidcInfo>("/api/v1/session/oidc").then(setOidc, () => setOidc(null));
  }, []);
  const ssoError = new URLSearchParams(window.location.search).get("signInError");

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (step === "password") {
        const answer = await sendJson<Answer<"/api/v1/session", "post">>("POST", "/api/v1/session", { email, password });
        setCsrfToken(answer?.csrfToken ?? null);
        if (answer?.secondFactorRequired === true) {
          setStep("code");
          return;
        }
      } else {
        const answer = await sendJson<Answer<"/api/v1/session/second-factor", "post">>("POST", "/api/v1/session/second-factor", { code });
        setCsrfToken(answer?.csrfToken ?? null);
      }
      if (ssoError !== null) window.history.replaceState(null, "", window.location.pathname);
      await refresh();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, "NETWORK", String(err), undefined));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <PageHeading title="Sign in">Sign in to SRO Compliance</PageHeading>
      <p>School resource officers' training and duties under Minn. Stat. § 626.8482, for the agency, the district and the public.</p>
      {ssoError !== null && oidc !== null ? <ErrorNotice error={new Error(refusalOf(oidc, ssoError) ?? "Single sign-on did not complete.")} what="Single sign-on" /> : null}
      {error === null ? null : <ErrorNotice error={error} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        {step === "password" ? (
          <>
            <div className="field">
              <label htmlFor={ids.email}>Email</label>
              <input id={ids.email} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={ids.password}>Password</label>
              <input id={ids.password} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
            </div>
          </>
        ) : (
          <div className="field">
            <label htmlFor={ids.code}>Code from your authenticator app</label>
            <input
              id={ids.code}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              required
              aria-describedby={ids.codeHint}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
            <p id={ids.codeHint} className="hint">
              Six digits; a code is good once.
            </p>
          </div>
        )}
        <button type="submit" disabled={busy}>
          {step === "password" ? "Sign in" : "Confirm the code"}
        </button>
      </form>
      {oidc?.enabled === true && oidc.startUrl !== null && step === "password" ? (
        <p>
          <a className="button secondary" href={oidc.startUrl}>
            Sign in with {oidc.label ?? "single sign-on"}
          </a>
        </p>
      ) : null}
    </main>
  );
}
