import type { Source } from "./source.ts";

/**
 * Minnesota Statutes, section 626.8482 (2024 text as retrieved; law.md §1) and the other statutes the
 * rules apply. Where law.md marks a text [NOT FOUND], `text` says on what the words rest.
 */
export const STATUTE = {
  "626.8482/1(b)": {
    cite: "Minn. Stat. § 626.8482, subd. 1(b)",
    authority: "statute",
    text: "verbatim",
    words:
      '"School" means an elementary school, middle school, or secondary school, as defined in section 120A.05, subdivisions 9, 11, and 13.',
  },
  "626.8482/1(c)": {
    cite: "Minn. Stat. § 626.8482, subd. 1(c)",
    authority: "statute",
    text: "verbatim",
    words:
      '"School resource officer" means a peace officer who is assigned to work in an elementary school, middle school, or secondary school during the regular instructional school day as one of the officer\'s regular responsibilities through the terms of a contract entered between the peace officer\'s employer and the designated school district or charter school.',
  },
  "626.8482/2(a)": {
    cite: "Minn. Stat. § 626.8482, subd. 2(a)",
    authority: "statute",
    text: "verbatim",
    words:
      "A school resource officer's contractual duties with a school district or charter school shall include: (1) fostering a positive school climate through relationship building and open communication; (2) protecting students, staff, and visitors to the school grounds from criminal activity; (3) serving as a liaison from law enforcement to school officials; (4) providing advice on safety drills; (5) identifying vulnerabilities in school facilities and safety protocols; (6) educating and advising students and staff on law enforcement topics; and (7) enforcement of criminal laws.",
  },
  "626.8482/2(b)": {
    cite: "Minn. Stat. § 626.8482, subd. 2(b)",
    authority: "statute",
    text: "verbatim",
    words:
      "A school district or charter school may contract with a school resource officer's employer for the officer to perform additional duties to those described in paragraph (a).",
  },
  "626.8482/2(c)": {
    cite: "Minn. Stat. § 626.8482, subd. 2(c)",
    authority: "statute",
    text: "verbatim",
    words:
      "A school resource officer must not use force or the authority of their office solely to enforce school rules or policies or participate in the enforcement of discipline for violations of school rules.",
  },
  "626.8482/3(a)": {
    cite: "Minn. Stat. § 626.8482, subd. 3(a)",
    authority: "statute",
    text: "verbatim",
    words:
      "Except as provided for in paragraphs (b) to (d), beginning September 1, 2025, a peace officer assigned to serve as a school resource officer must complete a training course that provides instruction on the learning objectives identified in subdivision 4 prior to assuming the duties of a school resource officer.",
  },
  "626.8482/3(b)": {
    cite: "Minn. Stat. § 626.8482, subd. 3(b)",
    authority: "statute",
    text: "verbatim",
    words:
      "A peace officer who has completed either the School Safety Center standardized Basic School Resource Officer Training or the National School Resource Officer Basic School Resource Officer course prior to September 1, 2025, must complete the training mandated under paragraph (a) before June 1, 2027. A peace officer covered under this paragraph may complete a supplemental training course approved by the board pursuant to subdivision 4, paragraph (b), to satisfy the training requirement.",
  },
  "626.8482/3(c)": {
    cite: "Minn. Stat. § 626.8482, subd. 3(c)",
    authority: "statute",
    text: "verbatim",
    words:
      "If an officer's employer is unable to provide the required training course to the officer prior to the officer assuming the duties of a school resource officer, the officer must complete the required training within six months of assuming the duties of a school resource officer. The officer is not required to perform the duties described in subdivision 2, paragraph (a), clause (4) or (5), until the officer has completed the required training course. The officer must review any policy adopted by the officer's employer pursuant to subdivision 6 before assuming the other duties of a school resource officer and must comply with that policy.",
  },
  "626.8482/3(d)": {
    cite: "Minn. Stat. § 626.8482, subd. 3(d)",
    authority: "statute",
    text: "restated",
    words:
      "An officer who is serving as a substitute school resource officer for fewer than 60 student contact days within a school year is not obligated to complete the required training or perform the duties described in subdivision 2, paragraph (a), clause (4) or (5), but must review and comply with any policy adopted pursuant to subdivision 6 by the law enforcement agency that employs the substitute school resource officer. (Statute text not retrieved; words as restated in MSBA 507.5 V.D and POST IV.G.4.)",
  },
  "626.8482/certificate": {
    cite: "Minn. Stat. § 626.8482, subd. 3 (certificate; as restated in MSBA 507.5 V.E)",
    authority: "statute",
    text: "restated",
    words:
      "For each school resource officer employed by an agency, the chief law enforcement officer must maintain a copy of the most recent training certificate issued to the officer for completion of the training mandated under this section. (Statutory location not verified; MSBA 507.5 states its provisions \"substantially reflect statutory requirements\".)",
  },
  "626.8482/4": {
    cite: "Minn. Stat. § 626.8482, subd. 4",
    authority: "statute",
    text: "secondary",
    words:
      "The training course must provide instruction on learning objectives approved by the POST Board, including the juvenile justice system, legal standards for the use of force in schools, de-escalation, mental health crises, students with disabilities, juvenile brain development, childhood trauma, threats of violence, juvenile exploitation, school crime investigations, facility vulnerabilities, safety drills and the topics of § 626.8469, subd. 1. (Legislative Reference Library summary.)",
  },
  "626.8482/6": {
    cite: "Minn. Stat. § 626.8482, subd. 6(b)",
    authority: "statute",
    text: "secondary",
    words:
      "The model policy must address (1) the use of plain clothes, modified uniforms and other changes to attire, and (2) the use of force, including (i) the prohibitions on choke holds and other restraints established in section 609.06, subdivision 3, … (iv) response tactics and strategies that minimize the use and duration of prone restraint, as defined in Minn. Stat. 121A.58, and other physical holds of students, and (v) the duty to render reasonably prompt care, consistent with the officer's training, to a person who an officer physically h[olds…] (copy cut off).",
  },
  "laws-2024-ch78": {
    cite: "Laws 2024, ch. 78 (effective March 15, 2024)",
    authority: "statute",
    text: "secondary",
    words:
      "Chapter 78 enacted § 626.8482 and amended § 121A.58 subds. 1 and 2a; it was signed March 14, 2024 and \"went into effect March 15\" (League of Minnesota Cities).",
  },
  "645.15": {
    cite: "Minn. Stat. § 645.15",
    authority: "statute",
    text: "verbatim",
    words:
      "Where the performance or doing of any act, duty, matter, payment, or thing is ordered or directed, and the period of time or duration for the performance or doing thereof is prescribed and fixed by law, the time, except as otherwise provided in sections 645.13 and 645.14, shall be computed so as to exclude the first and include the last day of the prescribed or fixed period or duration of time. When the last day of the period falls on Saturday, Sunday or a legal holiday, that day shall be omitted from the computation.",
  },
  "645.44/5": {
    cite: "Minn. Stat. § 645.44, subd. 5",
    authority: "statute",
    text: "secondary",
    words:
      "Legal holidays: New Year's Day; Martin Luther King Jr. Day; Washington's and Lincoln's Birthday; Memorial Day; Juneteenth; Independence Day; Labor Day; Christopher Columbus Day; Veterans Day; Thanksgiving Day and the day after; Christmas Day; a fixed-date holiday on a Sunday is observed the Monday after, on a Saturday the Friday before (law.md A26).",
  },
  "121A.58/1(b)": {
    cite: "Minn. Stat. § 121A.58, subd. 1(b)",
    authority: "statute",
    text: "secondary",
    words: '"Prone restraint" means placing a child in a face-down position. (2023 text, unofficial copy.)',
  },
  "121A.58/2a": {
    cite: "Minn. Stat. § 121A.58, subd. 2a",
    authority: "statute",
    text: "secondary",
    words:
      "An employee or agent of a district … shall not use prone restraint [and] shall not inflict any form of physical holding that restricts or impairs a pupil's ability to breathe; restricts or impairs a pupil's ability to communicate distress; places pressure or weight on a pupil's head, throat, neck, chest, lungs, sternum, diaphragm, back, or abdomen; or results in straddling a pupil's torso. (2023 text, unofficial copy; Laws 2024 ch. 78 removed school resource officers from it, per secondary sources.)",
  },
  "121A.582/1": {
    cite: "Minn. Stat. § 121A.582, subd. 1",
    authority: "statute",
    text: "secondary",
    words:
      "Districts must report data on their use of any reasonable force used on a student with a disability to correct or restrain the student to prevent imminent bodily harm or death to the student or another that is consistent with the definition of physical holding under section 125A.0941 … (early-2024 text; current lettering not verified).",
  },
  "609.06/1": {
    cite: "Minn. Stat. § 609.06, subd. 1",
    authority: "statute",
    text: "secondary",
    words:
      "Reasonable force may be used upon or toward the person of another without the other's consent when the following circumstances exist or the actor reasonably believes them to exist: (1) when used by a public officer or one assisting a public officer under the public officer's direction: (a) in effecting a lawful arrest; or (b) in the execution of legal process; or (c) in enforcing an order of the court; or (d) in executing any other duty imposed upon the public officer by law.",
  },
  "609.06/3": {
    cite: "Minn. Stat. § 609.06, subd. 3",
    authority: "statute",
    text: "secondary",
    words:
      "The prohibitions on choke holds and other restraints established in section 609.06, subdivision 3 (as referred to by § 626.8482, subd. 6(b)(2)(i)): a choke hold or other restraint listed there may not be used unless the use of deadly force is authorized under § 609.066. (Verbatim list not retrieved.)",
  },
  "609.066/2": {
    cite: "Minn. Stat. § 609.066, subd. 2",
    authority: "statute",
    text: "secondary",
    words:
      "Deadly force is justified only if an objectively reasonable officer would believe, based on the totality of the circumstances known to the officer at the time and without the benefit of hindsight, that such force is necessary: (1) to protect the peace officer or another from death or great bodily harm, provided that the threat: (i) can be articulated with specificity; (ii) is reasonably likely to occur absent action by the law enforcement officer; and (iii) must be addressed through the use of deadly force without unreasonable delay …",
  },
  "626.8475": {
    cite: "Minn. Stat. § 626.8475",
    authority: "statute",
    text: "secondary",
    words:
      "Duty to intercede and report: a peace officer who observes another officer using force that exceeds what is reasonable must intercede and must report it. (Text not retrieved; relied on through POST IV.E.1.)",
  },
  "123B.02/25": {
    cite: "Minn. Stat. § 123B.02, subd. 25",
    authority: "statute",
    text: "secondary",
    words: "A school board's contract for school resource officer services must comply with section 626.8482. (Text not retrieved; described by the HF 2088 (2025) summary.)",
  },
} as const satisfies Record<string, Source>;
