import type { Source } from "./source.ts";

/**
 * The districts' adopted policies: MSBA/MASA model policy 507.5 (Orig. 2024, Rev. 2025) and ISD 273
 * (Edina)'s policy (../shared/domain/policies/). Edina's deviations from the statute are kept as
 * written (law.md §10–§11), never silently corrected.
 */
export const DISTRICT = {
  "MSBA/II": {
    cite: "MSBA 507.5 II",
    authority: "MSBA",
    text: "verbatim",
    words: "Any contract for the services of a school resources officer with the school district must meet the requirements of this policy.",
  },
  "MSBA/IV.A": {
    cite: "MSBA 507.5 IV.A",
    authority: "MSBA",
    text: "verbatim",
    words:
      "A school resource officer's contractual duties with the school district shall include: 1. fostering a positive school climate through relationship building and open communication; 2. protecting students, staff, and visitors to the school grounds from criminal activity; 3. serving as a liaison from law enforcement to school officials; 4. providing advice on safety drills; 5. identifying vulnerabilities in school facilities and safety protocols; 6. educating and advising students and staff on law enforcement topics; and, 7. enforcement of criminal laws.",
  },
  "MSBA/IV.B": {
    cite: "MSBA 507.5 IV.B",
    authority: "MSBA",
    text: "verbatim",
    words: "The school district may contract with a school resource officer's employer for the officer to perform additional duties to those described in Paragraph IV.A.",
  },
  "MSBA/IV.C": {
    cite: "MSBA 507.5 IV.C",
    authority: "MSBA",
    text: "verbatim",
    words:
      "A school resource officer must not use force or the authority of their office solely to enforce school rules or policies or participate in the enforcement of discipline for violations of school rules.",
  },
  "MSBA/V.A": {
    cite: "MSBA 507.5 V.A",
    authority: "MSBA",
    text: "verbatim",
    words:
      "Except as provided for in Paragraphs V.B., V.C., and V.D. below, beginning September 1, 2025, a peace officer assigned to serve as a school resource officer must complete a training course that provides instruction on the learning objectives identified in … subdivision 4 prior to assuming the duties of a school resource officer.",
  },
  "MSBA/V.B": {
    cite: "MSBA 507.5 V.B",
    authority: "MSBA",
    text: "verbatim",
    words:
      "A peace officer who has completed either the School Safety Center standardized Basic School Resource Officer Training or the National School Resource Officer Basic School Resource Officer course prior to September 1, 2025, must complete the training mandated under paragraph V.A. before June 1, 2027 …",
  },
  "MSBA/V.C": {
    cite: "MSBA 507.5 V.C",
    authority: "MSBA",
    text: "verbatim",
    words:
      "If an officer's employer is unable to provide the required training course to the officer prior to the officer assuming the duties of a school resource officer, the officer must complete the required training within six months of assuming the duties … The officer is not required to perform the duties described in … clause (4) or (5), until the officer has completed the required training course. The officer must review any policy adopted by the officer's employer pursuant to subdivision 6 before assuming the other duties of a school resource officer and must comply with that policy.",
  },
  "MSBA/V.D": {
    cite: "MSBA 507.5 V.D",
    authority: "MSBA",
    text: "verbatim",
    words:
      "An officer who is serving as a substitute school resource officer for fewer than ~~sixty~~ (60) student contact days within a school year is not obligated to complete the required training or perform the duties described in … clause (4) or (5), but must review and comply with any policy adopted pursuant to subdivision 6 by the law enforcement agency that employs the substitute school resource officer.",
  },
  "MSBA/V.E": {
    cite: "MSBA 507.5 V.E",
    authority: "MSBA",
    text: "verbatim",
    words:
      "For each school resource officer employed by an agency, the chief law enforcement officer must maintain a copy of the most recent training certificate issued to the officer for completion of the training mandated under this section.",
  },
  "EDINA/II": {
    cite: "Edina II",
    authority: "EDINA",
    text: "verbatim",
    words: "Any contract for the services of a school resource officer with the district will meet the requirements of this policy.",
  },
  "EDINA/IV.A": {
    cite: "Edina IV.A",
    authority: "EDINA",
    text: "verbatim",
    words:
      "3. serving as a liaison between the Emergency Management & Safety Coordinator and law enforcement …; 4. collaborating with the Emergency Management & Safety Coordinator to provide expertise and advice on the design and implementation of safety drills …; 5. working under supervision of the Emergency Management & Safety Coordinator to conduct comprehensive assessments to identify vulnerabilities …; 7. enforcement of criminal laws involving bodily harm or the threat of bodily harm to another, or in which a victim of a crime, or their parent or guardian, is requesting law enforcement assistance.",
  },
  "EDINA/IV.A.7": {
    cite: "Edina IV.A.7",
    authority: "EDINA",
    text: "verbatim",
    words:
      "School resource officers should collaborate with school administrators for non-violent juvenile status offenses involving petty-misdemeanor and misdemeanor infractions occurring on school-owned property or during school-sanctioned events.",
  },
  "EDINA/IV.B": {
    cite: "Edina IV.B",
    authority: "EDINA",
    text: "verbatim",
    words:
      "A school resource officer must not use force or the authority of their office solely to enforce school rules or policies or participate in the enforcement of discipline for violations of school rules.",
  },
  "EDINA/V.A": {
    cite: "Edina V.A",
    authority: "EDINA",
    text: "verbatim",
    words:
      "Except as provided for in paragraphs V.B., V.C., and V.D. below, beginning September 1, 2025, each school resource officer must complete specific training before assuming duties, with exceptions noted below.",
  },
  "EDINA/V.B": {
    cite: "Edina V.B",
    authority: "EDINA",
    text: "verbatim",
    words:
      "Officers who completed certain prior courses before Sept 1, 2025, have until June 1, 2027 to complete the new training mandated under paragraph V.A. above before June 1, 2027.",
  },
  "EDINA/V.C": {
    cite: "Edina V.C",
    authority: "EDINA",
    text: "verbatim",
    words:
      "If an officer's employer is unable to provide the required training course to the officer prior to the officer assuming the duties of a school resource officer, the officer must complete the required training within six months of assuming the duties of a school resource officer. (Edina's text stops here: it omits the clause (4)/(5) relief and the policy-review duty of subd. 3(c).)",
  },
  "EDINA/V.D": {
    cite: "Edina V.D",
    authority: "EDINA",
    text: "verbatim",
    words: "Substitute officers serving less than 60 student contact days/year are exempt from training, and must follow district policies.",
  },
  "EDINA/V.E": {
    cite: "Edina V.E",
    authority: "EDINA",
    text: "verbatim",
    words:
      "For each school resource officer employed by the district, the chief law enforcement officer must maintain a copy of the most recent training certificate issued to the officer for completion of the training mandated under this section.",
  },
} as const satisfies Record<string, Source>;
