import { formatIsoDate } from "../calendar/day.ts";
import type { Context } from "../context.ts";
import type { IncidentActor, IncidentFacts } from "./facts.ts";
import type { Findings } from "./findings.ts";

/**
 * Which rules can reach an incident at all: who acted, which law was in force on the incident's date,
 * and whether the employing agency's POST policy was in force then. Every later module reads these
 * answers instead of re-deriving them, so the date boundaries live in one place.
 */
export interface Applicability {
  /** Actor SRO or SUBSTITUTE_SRO: the subject of § 626.8482, subd. 2(c) and of the POST policy. */
  sro: boolean;
  /** Actor SRO, SUBSTITUTE_SRO or OTHER_OFFICER: bound by §§ 609.06 subd. 3, 609.066 and 626.8475. */
  peaceOfficer: boolean;
  /** Laws 2024, ch. 78 in force on the incident date (on or after ctx.law.schoolRuleLimitFrom). */
  schoolRuleLimit: boolean;
  /** § 121A.58, subd. 2a (2023 amendment) in force on the incident date (on or after ctx.law.staffRestraintBanFrom). */
  staffRestraintBan: boolean;
  /** The POST agency policy was adopted and in force on the incident date. */
  postInForce: boolean;
}

/**
 * Minn. Stat. § 626.8482, subd. 1(c): a school resource officer is "a peace officer who is assigned to
 * work in [a school] … through the terms of a contract". The incident record names the actor's role;
 * a substitute SRO is an SRO while serving (law.md §14: "SRO" means SRO or SUBSTITUTE_SRO).
 */
export function isSro(actor: IncidentActor): boolean {
  return actor === "SRO" || actor === "SUBSTITUTE_SRO";
}

/** Minn. Stat. §§ 609.06 subd. 3, 609.066 and 626.8475 speak of peace officers, whatever their assignment. */
export function isPeaceOfficer(actor: IncidentActor): boolean {
  return isSro(actor) || actor === "OTHER_OFFICER";
}

/**
 * Reading A19 (law.md §12) and law.md §13: "Under the POST agency policy" means `policies.agency` is
 * "POST" and the policy was in force on the incident date (`policies.agencyAdoptedOn` absent, or on
 * or before it) — an agency is not held to guidance it had not yet adopted.
 */
export function postInForceOn(incident: IncidentFacts, ctx: Context): boolean {
  const { agency, agencyAdoptedOn } = ctx.policies;
  return agency === "POST" && (agencyAdoptedOn === null || agencyAdoptedOn <= incident.date);
}

export function assessApplicability(incident: IncidentFacts, ctx: Context, f: Findings): Applicability {
  const { law } = ctx;
  const date = formatIsoDate(incident.date);

  // Reading A19 (law.md §12): incident rules are keyed by the incident date, not the as-of date.
  // Laws 2024, ch. 78 ("went into effect March 15", 2024) brought subd. 2(c) and took SROs out of
  // § 121A.58 subd. 2a; the 2023 amendment of § 121A.58 is assumed in force from August 1, 2023.
  const schoolRuleLimit = incident.date >= law.schoolRuleLimitFrom;
  const staffRestraintBan = incident.date >= law.staffRestraintBanFrom;
  const regime = schoolRuleLimit ? "LAWS_2024_CH78" : staffRestraintBan ? "121A58_2023" : "BEFORE_2023_AMENDMENT";
  const regimeBecause = schoolRuleLimit
    ? `the incident (${date}) is on or after ${formatIsoDate(law.schoolRuleLimitFrom)}: subd. 2(c) applies and SROs are outside § 121A.58 subd. 2a`
    : staffRestraintBan
      ? `the incident (${date}) is before ${formatIsoDate(law.schoolRuleLimitFrom)} and on or after ${formatIsoDate(law.staffRestraintBanFrom)}: § 121A.58 subd. 2a (2023 text) named SROs; subd. 2(c) was not yet in force`
      : `the incident (${date}) is before ${formatIsoDate(law.staffRestraintBanFrom)}: neither § 121A.58 subd. 2a (2023 text) nor subd. 2(c) was in force`;
  f.note("lawRegime", regime, regimeBecause, ["laws-2024-ch78", "121A.58/2a", "A19"]);

  const sro = isSro(incident.actor);
  const peaceOfficer = isPeaceOfficer(incident.actor);
  const actorBecause = sro
    ? "the actor served as a school resource officer, so subd. 2(c) and the agency's SRO policy reach the conduct"
    : peaceOfficer
      ? "the actor is a peace officer but not the SRO: the SRO rules do not apply, the peace-officer limits on force do"
      : "the actor is district staff, not a peace officer: § 121A.58 subd. 2a governs restraint, the SRO rules do not apply";
  f.note("actor", incident.actor, actorBecause, ["626.8482/1(c)", "121A.58/2a"]);

  const postInForce = postInForceOn(incident, ctx);
  const adopted = ctx.policies.agencyAdoptedOn;
  const postBecause =
    ctx.policies.agency !== "POST"
      ? "the employing agency has not adopted the POST model policy, so its force, arrest and referral guidance is not applied"
      : postInForce
        ? adopted === null
          ? "the agency adopted the POST model policy (no adoption date given: treated as always in force)"
          : `the agency adopted the POST model policy on ${formatIsoDate(adopted)}, on or before the incident`
        : `the agency adopted the POST model policy on ${formatIsoDate(adopted ?? incident.date)}, after the incident`;
  f.note("postPolicyInForce", postInForce, postBecause, ["POST/IV.E.1", "A19", "A24", "S13"]);

  return { sro, peaceOfficer, schoolRuleLimit, staffRestraintBan, postInForce };
}
