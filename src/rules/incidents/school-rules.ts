import { formatIsoDate } from "../calendar/day.ts";
import type { Context } from "../context.ts";
import type { Applicability } from "./applicability.ts";
import type { IncidentFacts } from "./facts.ts";
import type { Findings } from "./findings.ts";

/** The bases the record gives for acting (A18, R-UOF-3). */
export interface Basis {
  criminal: boolean;
  safety: boolean;
  schoolRule: boolean;
}

export function basisOf(incident: IncidentFacts): Basis {
  return { criminal: incident.basis.criminal !== null, safety: incident.basis.safety, schoolRule: incident.basis.schoolRule !== null };
}

function describe(b: Basis): string {
  const parts = [b.criminal ? "criminal" : null, b.safety ? "safety" : null, b.schoolRule ? "school rule" : null].filter((p) => p !== null);
  return parts.length === 0 ? "none" : parts.join(", ");
}

/**
 * R-UOF-1, R-UOF-2, R-UOF-3 — the school-rule limit on SROs.
 *
 * Minn. Stat. § 626.8482, subd. 2(c) (also MSBA 507.5 IV.C, Edina IV.B): "A school resource officer
 * must not use force or the authority of their office solely to enforce school rules or policies or
 * participate in the enforcement of discipline for violations of school rules."
 */
export function applySchoolRuleLimit(incident: IncidentFacts, app: Applicability, ctx: Context, f: Findings): void {
  if (!app.sro) {
    f.note("schoolRuleLimit", false, "subd. 2(c) binds school resource officers, and the actor was not one", ["626.8482/2(c)"]);
    return;
  }
  const basis = basisOf(incident);
  const lawfulBasis = basis.criminal || basis.safety;
  f.note("basis", describe(basis), lawfulBasis
    ? "a criminal-law or safety basis is recorded, so force or authority was not used solely for a school rule"
    : basis.schoolRule ? "only a school-rule basis is recorded" : "no basis is recorded", ["626.8482/2(c)", "A18"]);

  // R-UOF-3 — Minn. Stat. § 626.8482, subd. 2(c) and law.md §13: "force used by an SRO with no
  // criminal, safety or school-rule basis recorded" — the record does not show what the force was for.
  // Not tied to subd. 2(c)'s date: it questions the record, not the conduct, and §13 gives it no date.
  if (incident.force !== null && !lawfulBasis && !basis.schoolRule) {
    f.raise("FORCE_BASIS_MISSING", incident.force.type === null ? null : `force: ${incident.force.type}`);
  }

  // Reading A19 (law.md §12) and law.md §13: subd. 2(c) reaches incidents from March 15, 2024; an
  // earlier SRO incident is reported for review instead of being judged by a rule not yet in force.
  if (!app.schoolRuleLimit) {
    f.raise("PRE_STATUTE_INCIDENT", `SRO incident dated ${formatIsoDate(incident.date)}, before ${formatIsoDate(ctx.law.schoolRuleLimitFrom)}: subd. 2(c) not applied`);
    f.note("schoolRuleLimit", false, `subd. 2(c) took effect ${formatIsoDate(ctx.law.schoolRuleLimitFrom)}, after the incident`, ["626.8482/2(c)", "laws-2024-ch78", "A19"]);
    return;
  }
  f.note("schoolRuleLimit", true, "an SRO incident on or after the day subd. 2(c) took effect", ["626.8482/2(c)", "laws-2024-ch78", "A19"]);

  // R-UOF-1 — Minn. Stat. § 626.8482, subd. 2(c): "must not use force … solely to enforce school rules
  // or policies". Reading A18 (law.md §12): "solely" fails when a criminal-law or safety basis is recorded.
  if (incident.force !== null && basis.schoolRule && !lawfulBasis) {
    f.raise("SCHOOL_RULE_FORCE", `school rule: ${incident.basis.schoolRule ?? ""}`);
  }

  // R-UOF-1 — Minn. Stat. § 626.8482, subd. 2(c): "must not use … the authority of their office solely
  // to enforce school rules or policies". Reading A18 (law.md §12): the same "solely" test as for force.
  if (incident.conduct.authorityUsedForSchoolRule && !lawfulBasis) {
    f.raise("SCHOOL_RULE_AUTHORITY", incident.basis.schoolRule === null ? null : `school rule: ${incident.basis.schoolRule}`);
  }

  // R-UOF-2 — Minn. Stat. § 626.8482, subd. 2(c): "or participate in the enforcement of discipline for
  // violations of school rules". Reading A18 (law.md §12): "solely" does not qualify this bar, so it
  // is raised whatever the basis — as REVIEW rather than VIOLATION when a criminal or safety basis is
  // also recorded.
  if (incident.conduct.disciplineParticipation) {
    f.raise("DISCIPLINE_PARTICIPATION", lawfulBasis ? `also recorded: ${describe({ ...basis, schoolRule: false })} basis` : null, lawfulBasis);
  }
}
