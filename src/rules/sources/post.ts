import type { Source } from "./source.ts";

/**
 * The POST Board school resource officer model policy, as adopted by Breitung Police Department on
 * November 19, 2024 (../shared/domain/policies/post-model-policy-breitung-pd.txt). Paragraphs sit under
 * "IV. PROCEDURE", so the seed's "G.3" is cited "POST IV.G.3". Also the POST Board's web pages (S5, S6).
 */
export const POST = {
  "POST/II": {
    cite: "POST II",
    authority: "POST",
    text: "verbatim",
    words:
      "SROs are expected to recognize and consider alternatives to formal criminal referral such as diversion and restorative justice programs where possible … When a criminal incident also involves a violation of school rules, SRO's should consider referral of the matter to school authorities in lieu of formal criminal referral …",
  },
  "POST/IV.A": {
    cite: "POST IV.A",
    authority: "POST",
    text: "verbatim",
    words:
      "The law enforcement agency's contract with a school district or charter school shall define the SRO duties in compliance with Minn. Stat. 626.8482, Subd. 2.",
  },
  "POST/IV.A.1.i": {
    cite: "POST IV.A.1.i",
    authority: "POST",
    text: "verbatim",
    words:
      "[The contract] Must address a mutually agreed upon policy regarding the use of plain clothes, modified uniforms, and other changes to SRO attire with the goal of fostering a positive school climate, facilitating the establishment of positive relationships with students, and promoting open communication.",
  },
  "POST/IV.A.1.ii": {
    cite: "POST IV.A.1.ii",
    authority: "POST",
    text: "verbatim",
    words: "[The contract] Shall articulate the role, if any, of the school district in the selection, vetting and retention of the SRO.",
  },
  "POST/IV.A.1.iii": {
    cite: "POST IV.A.1.iii",
    authority: "POST",
    text: "verbatim",
    words:
      "[The contract] Should address how the SRO will be informed of school district resources available to school staff to assist with de-escalation of conflicts in school, e.g. specialized crisis teams, mediation opportunities, etc.",
  },
  "POST/IV.A.1.iv": {
    cite: "POST IV.A.1.iv",
    authority: "POST",
    text: "verbatim",
    words: "[The contract] Shall establish a public notification process that an SRO will be present in the schools.",
  },
  "POST/IV.A.2": {
    cite: "POST IV.A.2",
    authority: "POST",
    text: "verbatim",
    words:
      "A school district or charter school may contract with a school resource officer's employer for the officer to perform additional duties to those described in paragraph IV.A. (Read as subd. 2(a): reading A21.)",
  },
  "POST/IV.E.1": {
    cite: "POST IV.E.1",
    authority: "POST",
    text: "verbatim",
    words:
      "SRO use of force is governed by and will comply with Minn. Stats. 609.06 Authorized Use of Force; 609.066 Authorized Use of Deadly Force by Peace Officers; 626.8475 Duty to Intercede and Report; and the Law Enforcement Agency Use of Force Policy.",
  },
  "POST/IV.E.2.i": {
    cite: "POST IV.E.2.i",
    authority: "POST",
    text: "verbatim",
    words:
      "Employ de-escalation techniques, the least restrictive physical intervention strategies, as reasonable … and use only that amount of force that reasonably appears necessary given the facts and circumstances perceived by the officer at the time of the event to accomplish a legitimate law enforcement purpose.",
  },
  "POST/IV.E.2.ii": {
    cite: "POST IV.E.2.ii",
    authority: "POST",
    text: "verbatim",
    words:
      "Consistent with training after any use of force, the SRO shall assess the condition of the student and render aid as needed including restoring the student to a non-prone position as soon as possible.",
  },
  "POST/IV.E.3": {
    cite: "POST IV.E.3",
    authority: "POST",
    text: "verbatim",
    words:
      "Additional considerations for SROs when using force as allowed in Minn. Stat. 609.06 in a school situation, should include: (1) immediacy and severity of the threat; (2) the conduct of the individual; (3) age, maturity, size, abilities; (4) the ability to understand and comply, including drugs or alcohol, mental state and the student's education plan or accommodations, if known; (5) proximity of weapons; (6) degree of restraint; (7) other reasonable and feasible options (626.8452); (8) the need to intervene versus time and distance for de-escalation; (9) training and experience; (10) resisting, evading or attacking; (11) risk of escape; (12) whether the individual no longer reasonably appears to pose an imminent threat; (13) prior contacts; (14) any other exigent circumstances.",
  },
  "POST/IV.E.4": {
    cite: "POST IV.E.4",
    authority: "POST",
    text: "verbatim",
    words:
      "When a criminal incident also involves a violation of school rules, SRO's should consider referral of the matter to school authorities in lieu of formal criminal referral, as appropriate for the incident, the students and families involved, the victim(s) and the larger school community.",
  },
  "POST/IV.E.5": {
    cite: "POST IV.E.5",
    authority: "POST",
    text: "verbatim",
    words:
      "SROs should exercise age-appropriate practices when interacting with children, and developmentally appropriate practices with youth and individuals known to have physical, mental health, developmental or intellectual disabilities recognizing that the individual's disability may affect their ability to understand or comply with commands from SROs.",
  },
  "POST/IV.F.1": {
    cite: "POST IV.F.1",
    authority: "POST",
    text: "verbatim",
    words:
      "As much as is reasonably practical, SROs should seek to utilize alternatives to formal criminal referral such as diversion and restorative justice programs where possible and as appropriate for the incident, the students and families involved, victim(s) and the larger school community.",
  },
  "POST/IV.F.2": {
    cite: "POST IV.F.2",
    authority: "POST",
    text: "verbatim",
    words:
      "Custodial arrests in school should be avoided if reasonably practical. If a custodial arrest is necessary because of exigency or public safety considerations, the arrest should be made in a non-communal area away from the view of other students if practicable.",
  },
  "POST/IV.F.3": {
    cite: "POST IV.F.3",
    authority: "POST",
    text: "verbatim",
    words: "When reasonably practicable, appropriate school staff should be notified prior to and/or present during the custodial arrest of a student.",
  },
  "POST/IV.G.1": {
    cite: "POST IV.G.1",
    authority: "POST",
    text: "verbatim",
    words:
      "Except as provided for in paragraphs E.2., E.3., and E.4. below [read as G.2–G.4: reading A21], beginning September 1, 2025, a peace officer assigned to serve as a school resource officer must complete a training course that provides instruction on the learning objectives identified in Minnesota Statutes, section 626.8482, subdivision 4 prior to assuming the duties of a school resource officer.",
  },
  "POST/IV.G.2": {
    cite: "POST IV.G.2",
    authority: "POST",
    text: "verbatim",
    words:
      "A peace officer who has completed either the School Safety Center standardized Basic School Resource Officer Training or the National School Resource Officer Basic School Resource Officer course prior to September 1, 2025, must complete the training mandated under paragraph E.1. above [read as G.1] before June 1, 2027. A peace officer covered under this paragraph may complete a supplemental training course approved by the board …",
  },
  "POST/IV.G.3": {
    cite: "POST IV.G.3",
    authority: "POST",
    text: "verbatim",
    words:
      "Whenever practicable, it is preferable that a peace officer completes the training required under this section prior to filling the role of SRO. However, if an officer's employer is unable to provide the required training course to the officer prior to the officer assuming the duties of a school resource officer, the officer must complete the required training within six months of assuming the duties … The officer is not required to perform the duties described in … subdivision 2, paragraph (a), clause (4) or (5), until the officer has completed the required training course. The officer must review any policy adopted by the officer's employer pursuant to section 626.8482, subdivision 6 before assuming the other duties of a school resource officer and must comply with that policy.",
  },
  "POST/IV.G.4": {
    cite: "POST IV.G.4",
    authority: "POST",
    text: "verbatim",
    words:
      "An officer who is serving as a substitute school resource officer for fewer than 60 student contact days within a school year is not obligated to complete the required training or perform the duties described in … subdivision 2, paragraph (a), clause (4) or (5), but must review and comply with any policy adopted pursuant to subdivision 6 by the law enforcement agency that employs the substitute school resource officer.",
  },
  "POST/IV.G.5": {
    cite: "POST IV.G.5",
    authority: "POST",
    text: "verbatim",
    words: "An SRO will complete a refresher course at a minimum of once every three years.",
  },
  "POST/IV.G.6": {
    cite: "POST IV.G.6",
    authority: "POST",
    text: "verbatim",
    words:
      "For each school resource officer employed by an agency, the chief law enforcement officer must maintain a copy of the most recent training certificate issued to the officer for completion of the training mandated under this section.",
  },
  "POST/IV.H.1": {
    cite: "POST IV.H.1",
    authority: "POST",
    text: "verbatim",
    words:
      "The contract between the school district and the law enforcement agency must address data practices policies and procedures. These procedures and policies shall identify the education records that can be shared with the law enforcement agency generally and with the SRO specifically and for what purposes.",
  },
  "POST/web-MLO": {
    cite: "MN POST Board, Mandatory Learning Objectives web page",
    authority: "board",
    text: "secondary",
    words:
      'The SRO learning objective: 1 credit, "Every 3 Years". "A SRO who has not previously completed a basic course must complete a course approved under these MLOs by September 1, 2025." "If a SRO has previously taken a basic course, they must complete a refresher approved under these MLOs by June 30, 2027."',
  },
  "POST/web-model-policies": {
    cite: "MN POST Board, Model Policies web page",
    authority: "board",
    text: "secondary",
    words:
      'Policies 16 - 20 are mandated only if the subject matter of the policy applies to the agency. The agency\'s policy for #16 and #20 must be identical or substantially similar to the POST model policy. (#20 = "New SRO Model Policy".)',
  },
} as const satisfies Record<string, Source>;
