/**
 * The expected-access table for the access-control matrix test, written by hand from the issue's
 * requirements (sections 2–5, quoted below as "§2" … "§5") and the project's record kinds — NOT from
 * the policy files, so that a permissive policy cannot pass its own test.
 *
 * How to read a cell
 * ------------------
 * - PUBLIC (not signed in) and ADMIN (system administrator) take one value: they belong to no
 *   organization.
 * - Every other subject takes { OWN, OTHER }:
 *     OWN   — the subject's role is in the organization the record belongs to: for agency roles the
 *             officer's employing agency; for district roles the district whose school the officer
 *             serves under a contract with it (for contact days: the district of the day's school);
 *             for AUDITOR an organization assigned to the auditor.
 *     OTHER — the role is in another organization of the same kind, unrelated to the record. (So
 *             SRO_SELF/OTHER is "unrelated to the record" too and is denied like SRO_OTHER/OTHER.)
 *   SUPERVISOR_OF / SUPERVISOR_NOT_OF: a supervisor of the agency who does / does not supervise the
 *   officer concerned. PRINCIPAL_OF / PRINCIPAL_OTHER: the principal of the school the officer serves
 *   (for contact days: the day's school) / of another school of the same district.
 * - The records "concerned" by an operation:
 *     organizations.*  the subject's own organization (OWN) or another one of the same kind (OTHER);
 *                      for AUDITOR an assigned / unassigned organization;
 *     schools.*        a school of the subject's own district (district roles; for PRINCIPAL_OF the
 *                      principal's own school, for PRINCIPAL_OTHER another school of that district),
 *                      a school the subject's agency's officers serve (agency roles), or a school of
 *                      an assigned organization (AUDITOR) — OTHER: an unrelated school;
 *     officers, assignments, courses, employer-unable decisions, policy reviews, contact days,
 *     certificates, certificate files, status, statuses, summaries, deadlines: the officer concerned
 *                      (summaries: the counts that include that officer's status);
 *     users.*          an account holding a role in the organization;
 *     audit.*          an audit entry about the organization's data;
 *     evaluate.run, readings.*: no organization's data — OWN and OTHER are the same question.
 * - "ALLOW" on a list means the list the caller gets CONTAINS the record concerned; "DENY" means the
 *   call is refused or the list does not contain it. "ALLOW" on a write means the write succeeds.
 * - Reads of private data are always made with a stated purpose in the test, so a DENY on a private
 *   read comes from the role, never from a missing purpose (§4 "Reads of private or confidential
 *   fields record the purpose and legal basis given").
 *
 * Classifications used (project facts, §4 and Minn. Stat. § 13.43):
 *   public personnel data — officers (name, POST license, employing agency), assignments (job title,
 *   work location), courses and certificate records (education and training background, § 13.43
 *   subd. 2(a)(2), (7)), compliance status (training background measured against the law);
 *   private personnel data (§ 13.43 subd. 4) — certificate files, employer-unable decisions, policy
 *   reviews, contact days.
 *
 * Decisions that apply across the table (the cells where one of them settles a question the
 * requirements leave open are marked `// open: …`; the others cite it as `// decision (x)`):
 *  (a) Organizations and schools. §3 "No one sees another organization's data" is read as being about
 *      the records the system keeps for an organization (its officers' files, its contact days, its
 *      audit trail). The names of agencies, districts and schools and the policies they adopted are
 *      public government data (Minn. Stat. § 13.03), and a district must be able to name the agency
 *      it contracts with (and an agency the school its officer serves). So every signed-in subject
 *      may list and read organizations and schools, its own and others'. Anonymous callers are still
 *      denied: §2 gives the public "public pages only", and the API is not a public page — public
 *      data is available to the public on request from the responsible authority, not here.
 *  (b) PUBLIC is denied every operation of the API (§2 "The public: anonymous, public pages only"),
 *      and always with 401 (issue 10, item 4): a signed-out request is answered before anything is
 *      looked up, so it cannot tell an existing record from a missing one (PUBLIC_REFUSAL below).
 *  (c) ADMIN is "cross-cutting" and, unlike the auditor, not qualified as read-only or limited to
 *      assigned organizations (§2): ADMIN reads everything and writes what is the system's own —
 *      organizations, schools, accounts, the readings of the law. §4 names who writes an officer's
 *      records ("the agency's coordinator and chief write courses, certificates and employer-unable
 *      decisions; contact days may be recorded by the agency or by the district's safety
 *      coordinator"); the system administrator is not among them, so ADMIN does not write officers'
 *      records (those cells are open).
 *  (d) "supervisors are scoped to the SROs they supervise, principals to their school(s)" (§4) is
 *      read as scoping everything they see, not only writes (principals write nothing else, so a
 *      write-only reading would leave the principals' scope empty).
 *  (e) A district sees "their compliance status and what the contract's data-sharing terms allow,
 *      not the rest of their personnel file" (§3). The records hold no data-sharing terms, so a
 *      district sees the officer (identity), the assignment to its school, the status and the lists
 *      derived from it, and — its safety coordinator only, who records them (§4) — the contact days
 *      at its schools; not courses, certificates, certificate files, employer-unable decisions or
 *      policy reviews (docs/decisions/0012).
 */

/** How every refusal of PUBLIC is answered: "sign in first", never 403 or 404 — decision (b). */
export const PUBLIC_REFUSAL = 401;

export type Subject =
  | "PUBLIC"
  | "ADMIN"
  | "CHIEF"
  | "TRAINING_COORDINATOR"
  | "SUPERVISOR_OF"
  | "SUPERVISOR_NOT_OF"
  | "SRO_SELF"
  | "SRO_OTHER"
  | "SUPERINTENDENT"
  | "SAFETY_COORDINATOR"
  | "PRINCIPAL_OF"
  | "PRINCIPAL_OTHER"
  | "AUDITOR";

export type Situation = "OWN" | "OTHER";

export type Operation =
  | "organizations.list"
  | "organizations.read"
  | "organizations.create"
  | "organizations.update"
  | "schools.list"
  | "schools.read"
  | "schools.create"
  | "schools.update"
  | "officers.list"
  | "officers.read"
  | "officers.create"
  | "officers.update"
  | "assignments.list"
  | "assignments.read"
  | "assignments.create"
  | "assignments.update"
  | "assignments.remove"
  | "courses.list"
  | "courses.read"
  | "courses.create"
  | "courses.update"
  | "courses.remove"
  | "employer-unable-decisions.list"
  | "employer-unable-decisions.read"
  | "employer-unable-decisions.create"
  | "employer-unable-decisions.update"
  | "employer-unable-decisions.remove"
  | "policy-reviews.list"
  | "policy-reviews.read"
  | "policy-reviews.create"
  | "policy-reviews.update"
  | "policy-reviews.remove"
  | "contact-days.list"
  | "contact-days.read"
  | "contact-days.create"
  | "contact-days.update"
  | "contact-days.remove"
  | "certificates.list"
  | "certificates.read"
  | "certificates.upload"
  | "certificate-files.read"
  | "status.read"
  | "statuses.list"
  | "summaries.read"
  | "deadlines.list"
  | "evaluate.run"
  | "readings.read"
  | "readings.update"
  | "users.list"
  | "users.create"
  | "audit.list"
  | "audit.export"
  | "audit.verify"
  | "imports.columns"
  | "imports.run";

type Access = "ALLOW" | "DENY";
type Pair = { OWN: Access; OTHER: Access };
type PairSubject = Exclude<Subject, "PUBLIC" | "ADMIN">;
/** A row must name every subject: PUBLIC and ADMIN with one value, the others with a pair. */
type Row = { PUBLIC: Access; ADMIN: Access } & { [S in PairSubject]: Pair };

const A = "ALLOW" as const;
const D = "DENY" as const;
/** Allowed in its own organization, denied in another. */
const OWN_ONLY = { OWN: A, OTHER: D } as const;
/** Denied in both situations. */
const NEITHER = { OWN: D, OTHER: D } as const;
/** Allowed in both situations (public directory data; no organization's data at all). */
const BOTH = { OWN: A, OTHER: A } as const;

const TABLE = {
  // ───────────────────────────── Organizations ─────────────────────────────
  // §3 "No one sees another organization's data" weighed against § 13.03: names and adopted
  // policies of agencies and districts are public government data — decision (a) above.
  "organizations.list": {
    PUBLIC: D, // open: anonymous gets "public pages only" (§2); the API is not a public page
    ADMIN: A,
    CHIEF: BOTH, // open (OTHER): public government data, decision (a)
    TRAINING_COORDINATOR: BOTH, // open (OTHER): decision (a)
    SUPERVISOR_OF: BOTH, // open (OTHER): decision (a)
    SUPERVISOR_NOT_OF: BOTH, // open (OTHER): decision (a)
    SRO_SELF: BOTH, // open (OTHER): decision (a)
    SRO_OTHER: BOTH, // open (OTHER): decision (a)
    SUPERINTENDENT: BOTH, // open (OTHER): decision (a)
    SAFETY_COORDINATOR: BOTH, // open (OTHER): decision (a)
    PRINCIPAL_OF: BOTH, // open (OTHER): decision (a)
    PRINCIPAL_OTHER: BOTH, // open (OTHER): decision (a)
    AUDITOR: BOTH, // open (OTHER): decision (a) — a directory, not the assigned organizations' data
  },
  // Same as organizations.list.
  "organizations.read": {
    PUBLIC: D, // open: decision (b)
    ADMIN: A,
    CHIEF: BOTH, // open (OTHER): decision (a)
    TRAINING_COORDINATOR: BOTH, // open (OTHER): decision (a)
    SUPERVISOR_OF: BOTH, // open (OTHER): decision (a)
    SUPERVISOR_NOT_OF: BOTH, // open (OTHER): decision (a)
    SRO_SELF: BOTH, // open (OTHER): decision (a)
    SRO_OTHER: BOTH, // open (OTHER): decision (a)
    SUPERINTENDENT: BOTH, // open (OTHER): decision (a)
    SAFETY_COORDINATOR: BOTH, // open (OTHER): decision (a)
    PRINCIPAL_OF: BOTH, // open (OTHER): decision (a)
    PRINCIPAL_OTHER: BOTH, // open (OTHER): decision (a)
    AUDITOR: BOTH, // open (OTHER): decision (a)
  },
  // Not in the requirements. §2 "Cross-cutting: system administrator": setting up organizations is
  // the system's own business; no organization's role creates organizations.
  "organizations.create": {
    PUBLIC: D,
    ADMIN: A, // open: only the system administrator creates organizations
    CHIEF: NEITHER, // open: decision — admin only
    TRAINING_COORDINATOR: NEITHER,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: decision — admin only
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2 auditor is "read-only"
  },
  // Not in the requirements (who updates an organization's adopted policy). The head of the
  // organization — the chief law enforcement officer of an agency, the superintendent/administrator
  // of a district or charter school — and the system administrator; never another organization
  // (§3 "No one sees another organization's data").
  "organizations.update": {
    PUBLIC: D,
    ADMIN: A, // open: decision (c) — organizations are the system's own records
    CHIEF: OWN_ONLY, // open: the CLEO records the agency's adopted SRO policy
    TRAINING_COORDINATOR: NEITHER, // open: decision — the head only
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: OWN_ONLY, // open: the superintendent/administrator records the district's policy
    SAFETY_COORDINATOR: NEITHER, // open: decision — the head only
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2 auditor is "read-only"
  },

  // ───────────────────────────── Schools ─────────────────────────────
  // As organizations: a school's name is public government data (§ 13.03) — decision (a).
  "schools.list": {
    PUBLIC: D, // open: decision (b)
    ADMIN: A,
    CHIEF: BOTH, // open (OTHER): decision (a)
    TRAINING_COORDINATOR: BOTH, // open (OTHER): decision (a)
    SUPERVISOR_OF: BOTH, // open (OTHER): decision (a)
    SUPERVISOR_NOT_OF: BOTH, // open (OTHER): decision (a)
    SRO_SELF: BOTH, // open (OTHER): decision (a)
    SRO_OTHER: BOTH, // open (OTHER): decision (a)
    SUPERINTENDENT: BOTH, // open (OTHER): decision (a)
    SAFETY_COORDINATOR: BOTH, // open (OTHER): decision (a)
    PRINCIPAL_OF: BOTH, // open (OTHER): decision (a)
    PRINCIPAL_OTHER: BOTH, // open (OWN, OTHER): decision (a) outweighs the principal's scope (d) for public directory data
    AUDITOR: BOTH, // open (OTHER): decision (a)
  },
  // Same as schools.list.
  "schools.read": {
    PUBLIC: D, // open: decision (b)
    ADMIN: A,
    CHIEF: BOTH, // open (OTHER): decision (a)
    TRAINING_COORDINATOR: BOTH, // open (OTHER): decision (a)
    SUPERVISOR_OF: BOTH, // open (OTHER): decision (a)
    SUPERVISOR_NOT_OF: BOTH, // open (OTHER): decision (a)
    SRO_SELF: BOTH, // open (OTHER): decision (a)
    SRO_OTHER: BOTH, // open (OTHER): decision (a)
    SUPERINTENDENT: BOTH, // open (OTHER): decision (a)
    SAFETY_COORDINATOR: BOTH, // open (OTHER): decision (a)
    PRINCIPAL_OF: BOTH, // open (OTHER): decision (a)
    PRINCIPAL_OTHER: BOTH, // open (OWN, OTHER): decision (a), as in schools.list
    AUDITOR: BOTH, // open (OTHER): decision (a)
  },
  // Not in the requirements. A district's schools are the district's: its superintendent/
  // administrator and the system administrator create them; an agency never does.
  "schools.create": {
    PUBLIC: D,
    ADMIN: A, // open: decision (c)
    CHIEF: NEITHER,
    TRAINING_COORDINATOR: NEITHER,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: OWN_ONLY, // open: the head of the district adds its schools
    SAFETY_COORDINATOR: NEITHER, // open: decision — the head only
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2 auditor is "read-only"
  },
  // Same as schools.create; a principal does not edit the school record (decision, open).
  "schools.update": {
    PUBLIC: D,
    ADMIN: A, // open: decision (c)
    CHIEF: NEITHER,
    TRAINING_COORDINATOR: NEITHER,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: OWN_ONLY, // open: the head of the district
    SAFETY_COORDINATOR: NEITHER, // open: decision — the head only
    PRINCIPAL_OF: NEITHER, // open: "principals [are scoped] to their school(s)" gives a scope, not a write right
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2 auditor is "read-only"
  },

  // ───────────────────────────── Officers ─────────────────────────────
  // §3 "An agency sees its own officers. A district sees the officers assigned to its schools under a
  // contract with it … An SRO sees their own record. No one sees another organization's data."
  // §4 "supervisors are scoped to the SROs they supervise, principals to their school(s)" — (d).
  "officers.list": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d) — the supervisor's scope also limits reads
    SRO_SELF: OWN_ONLY,
    SRO_OTHER: NEITHER, // §3 "An SRO sees their own record"
    SUPERINTENDENT: OWN_ONLY,
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: OWN_ONLY,
    PRINCIPAL_OTHER: NEITHER, // open: decision (d)
    AUDITOR: OWN_ONLY, // §2 "read-only over the organizations assigned to them"
  },
  // Same as officers.list.
  "officers.read": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY,
    SRO_OTHER: NEITHER, // §3 "An SRO sees their own record"
    SUPERINTENDENT: OWN_ONLY,
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: OWN_ONLY,
    PRINCIPAL_OTHER: NEITHER, // open: decision (d)
    AUDITOR: OWN_ONLY, // §2
  },
  // Not in the requirements (who writes officers). The officer is the employing agency's personnel
  // record; the roles §4 trusts with the agency's records ("the agency's coordinator and chief")
  // keep it. Districts, supervisors and SROs do not; ADMIN does not — decision (c).
  "officers.create": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY, // open: chief and coordinator keep the agency's roster
    TRAINING_COORDINATOR: OWN_ONLY, // open: as CHIEF
    SUPERVISOR_OF: NEITHER, // open: supervisors write no records but contact days
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER, // open: an SRO does not edit their own personnel record
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: a district does not write an agency's personnel
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2 auditor is "read-only"
  },
  // Same as officers.create.
  "officers.update": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY, // open: as officers.create
    TRAINING_COORDINATOR: OWN_ONLY, // open: as officers.create
    SUPERVISOR_OF: NEITHER, // open: as officers.create
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER, // open: as officers.create
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as officers.create
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },

  // ───────────────────────────── Assignments ─────────────────────────────
  // Public personnel data (job title, work location). §3 scoping as for officers: the district sees
  // the assignment that puts the officer at its school under a contract with it.
  "assignments.list": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY, // §3 "An SRO sees their own record"
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: OWN_ONLY, // §3 "the officers assigned to its schools under a contract with it"
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: OWN_ONLY,
    PRINCIPAL_OTHER: NEITHER, // open: decision (d)
    AUDITOR: OWN_ONLY, // §2
  },
  // Same as assignments.list.
  "assignments.read": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: OWN_ONLY,
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: OWN_ONLY,
    PRINCIPAL_OTHER: NEITHER, // open: decision (d)
    AUDITOR: OWN_ONLY, // §2
  },
  // Not in the requirements (who writes assignments). The assignment is the employer's personnel
  // record of where its officer works (§ 13.43 job title / work location): the agency's chief and
  // coordinator write it, as they write the officer's other records (§4). The district is a party to
  // the contract but does not edit the agency's personnel record.
  "assignments.create": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY, // open: the employer records the assignment
    TRAINING_COORDINATOR: OWN_ONLY, // open: as CHIEF
    SUPERVISOR_OF: NEITHER, // open: decision — not the supervisor
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: decision — the district does not write assignments
    SAFETY_COORDINATOR: NEITHER, // open: as SUPERINTENDENT
    PRINCIPAL_OF: NEITHER, // open: as SUPERINTENDENT
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },
  // Same as assignments.create.
  "assignments.update": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY, // open: as assignments.create
    TRAINING_COORDINATOR: OWN_ONLY, // open: as assignments.create
    SUPERVISOR_OF: NEITHER, // open: as assignments.create
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as assignments.create
    SAFETY_COORDINATOR: NEITHER, // open: as assignments.create
    PRINCIPAL_OF: NEITHER, // open: as assignments.create
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },
  // Same as assignments.create.
  "assignments.remove": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY, // open: as assignments.create
    TRAINING_COORDINATOR: OWN_ONLY, // open: as assignments.create
    SUPERVISOR_OF: NEITHER, // open: as assignments.create
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as assignments.create
    SAFETY_COORDINATOR: NEITHER, // open: as assignments.create
    PRINCIPAL_OF: NEITHER, // open: as assignments.create
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },

  // ───────────────────────────── Courses ─────────────────────────────
  // Public personnel data (training background, § 13.43 subd. 2(a)(2), (7)), but §3 limits a
  // district to "their compliance status and what the contract's data-sharing terms allow, not the
  // rest of their personnel file" — decision (e).
  "courses.list": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY, // §3 "An SRO sees their own record"
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: decision (e) — status only, no data-sharing terms recorded
    SAFETY_COORDINATOR: NEITHER, // open: decision (e)
    PRINCIPAL_OF: NEITHER, // open: decision (e)
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY, // §2
  },
  // Same as courses.list.
  "courses.read": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: decision (e)
    SAFETY_COORDINATOR: NEITHER, // open: decision (e)
    PRINCIPAL_OF: NEITHER, // open: decision (e)
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY, // §2
  },
  // §4 "the agency's coordinator and chief write courses, certificates and employer-unable decisions".
  "courses.create": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER,
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },
  // §4, as courses.create.
  "courses.update": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER,
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },
  // §4, as courses.create.
  "courses.remove": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER,
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },

  // ───────────────────────────── Employer-unable decisions ─────────────────────────────
  // Private personnel data (§ 13.43 subd. 4): the employer's internal staffing decision. §3: the
  // agency sees its own officers', the SRO their own record (and § 13.04 gives the subject access
  // to private data about them); the district only the status — decision (e).
  "employer-unable-decisions.list": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c), with a stated purpose
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY, // §3 "An SRO sees their own record"
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: decision (e) — "not the rest of their personnel file"
    SAFETY_COORDINATOR: NEITHER, // open: decision (e)
    PRINCIPAL_OF: NEITHER, // open: decision (e)
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY, // §2
  },
  // Same as employer-unable-decisions.list.
  "employer-unable-decisions.read": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: decision (e)
    SAFETY_COORDINATOR: NEITHER, // open: decision (e)
    PRINCIPAL_OF: NEITHER, // open: decision (e)
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY, // §2
  },
  // §4 "the agency's coordinator and chief write … employer-unable decisions".
  "employer-unable-decisions.create": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c) — the decision is the employer's act
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER,
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },
  // §4, as employer-unable-decisions.create.
  "employer-unable-decisions.update": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER,
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },
  // §4, as employer-unable-decisions.create.
  "employer-unable-decisions.remove": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER,
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },

  // ───────────────────────────── Policy reviews ─────────────────────────────
  // Private personnel data (§ 13.43 subd. 4). Reads as employer-unable decisions (§3, decision (e)).
  "policy-reviews.list": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY, // §3 "An SRO sees their own record"
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: decision (e)
    SAFETY_COORDINATOR: NEITHER, // open: decision (e)
    PRINCIPAL_OF: NEITHER, // open: decision (e)
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY, // §2
  },
  // Same as policy-reviews.list.
  "policy-reviews.read": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: decision (e)
    SAFETY_COORDINATOR: NEITHER, // open: decision (e)
    PRINCIPAL_OF: NEITHER, // open: decision (e)
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY, // §2
  },
  // Not in the requirements (who writes policy reviews). A policy review is part of the officer's
  // training file kept by the employer: written as §4's training records are, by "the agency's
  // coordinator and chief".
  "policy-reviews.create": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY, // open: as courses (§4)
    TRAINING_COORDINATOR: OWN_ONLY, // open: as courses (§4)
    SUPERVISOR_OF: NEITHER, // open: decision — not the supervisor
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER, // open: the SRO does not attest their own review
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: the district does not write the agency's personnel file
    SAFETY_COORDINATOR: NEITHER, // open: as SUPERINTENDENT
    PRINCIPAL_OF: NEITHER, // open: as SUPERINTENDENT
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },
  // Same as policy-reviews.create.
  "policy-reviews.update": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY, // open: as policy-reviews.create
    TRAINING_COORDINATOR: OWN_ONLY, // open: as policy-reviews.create
    SUPERVISOR_OF: NEITHER, // open: as policy-reviews.create
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER, // open: as policy-reviews.create
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as policy-reviews.create
    SAFETY_COORDINATOR: NEITHER, // open: as policy-reviews.create
    PRINCIPAL_OF: NEITHER, // open: as policy-reviews.create
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },
  // Same as policy-reviews.create.
  "policy-reviews.remove": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY, // open: as policy-reviews.create
    TRAINING_COORDINATOR: OWN_ONLY, // open: as policy-reviews.create
    SUPERVISOR_OF: NEITHER, // open: as policy-reviews.create
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER, // open: as policy-reviews.create
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as policy-reviews.create
    SAFETY_COORDINATOR: NEITHER, // open: as policy-reviews.create
    PRINCIPAL_OF: NEITHER, // open: as policy-reviews.create
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },

  // ───────────────────────────── Contact days ─────────────────────────────
  // Private personnel data (daily work records of a substitute). §4 "contact days may be recorded by
  // the agency or by the district's safety coordinator": the safety coordinator of the day's school's
  // district, who records them, reads them; the superintendent and the principal see the status (the
  // count, the 60th day) and not the days (docs/decisions/0012: private data only to those whose work
  // requires them, as the README's role table says); the agency sees its officers'; the SRO their own (§3).
  "contact-days.list": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY, // §3 "An SRO sees their own record"
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: docs/decisions/0012 — the status, not the days
    SAFETY_COORDINATOR: OWN_ONLY, // §4 records them, so reads them
    PRINCIPAL_OF: NEITHER, // open: docs/decisions/0012 — the status, not the days
    PRINCIPAL_OTHER: NEITHER, // open: decision (d)
    AUDITOR: OWN_ONLY, // §2
  },
  // Same as contact-days.list.
  "contact-days.read": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as contact-days.list
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: NEITHER, // open: as contact-days.list
    PRINCIPAL_OTHER: NEITHER, // open: decision (d)
    AUDITOR: OWN_ONLY, // §2
  },
  // §4 "contact days may be recorded by the agency or by the district's safety coordinator;
  // supervisors are scoped to the SROs they supervise". "The agency" is read as its chief, its
  // coordinator and the supervisor of the SRO concerned — not the SRO, whose exemption the days decide.
  "contact-days.create": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY, // open: "the agency" includes the supervisor, within their scope
    SUPERVISOR_NOT_OF: NEITHER, // §4 "supervisors are scoped to the SROs they supervise"
    SRO_SELF: NEITHER, // open: "the agency" does not include the SRO recording their own days
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: §4 names the district's safety coordinator only
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: NEITHER, // open: §4 names the district's safety coordinator only
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },
  // §4, as contact-days.create.
  "contact-days.update": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY, // open: as contact-days.create
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER, // open: as contact-days.create
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as contact-days.create
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: NEITHER, // open: as contact-days.create
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },
  // §4, as contact-days.create.
  "contact-days.remove": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY, // open: as contact-days.create
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER, // open: as contact-days.create
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as contact-days.create
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: NEITHER, // open: as contact-days.create
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },

  // ───────────────────────────── Certificates ─────────────────────────────
  // The certificate record (that a certificate is held, for which course) is training background,
  // public (§4, § 13.43 subd. 2(a)(7)); reads as courses — decision (e) for the district.
  "certificates.list": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY, // §3 "An SRO sees their own record"
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: decision (e)
    SAFETY_COORDINATOR: NEITHER, // open: decision (e)
    PRINCIPAL_OF: NEITHER, // open: decision (e)
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY, // §2
  },
  // Same as certificates.list.
  "certificates.read": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: decision (e)
    SAFETY_COORDINATOR: NEITHER, // open: decision (e)
    PRINCIPAL_OF: NEITHER, // open: decision (e)
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY, // §2
  },
  // §4 "the agency's coordinator and chief write courses, certificates and employer-unable decisions".
  "certificates.upload": {
    PUBLIC: D,
    ADMIN: D, // open: decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER,
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },
  // The certificate FILE is private personnel data (§ 13.43 subd. 4): §3 "not the rest of their
  // personnel file" for the district; the agency and the SRO as for the record.
  "certificate-files.read": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c), with a stated purpose
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY, // §3 "An SRO sees their own record"; § 13.04 the subject's access
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: decision (e)
    SAFETY_COORDINATOR: NEITHER, // open: decision (e)
    PRINCIPAL_OF: NEITHER, // open: decision (e)
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY, // §2
  },

  // ───────────────────────────── Status, lists and counts ─────────────────────────────
  // §3 "A district sees the officers assigned to its schools under a contract with it — their
  // compliance status …"; "An agency sees its own officers"; "An SRO sees their own record".
  "status.read": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: OWN_ONLY,
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: OWN_ONLY,
    PRINCIPAL_OTHER: NEITHER, // open: decision (d)
    AUDITOR: OWN_ONLY, // §2
  },
  // §3, as status.read: the list contains the officer's status exactly when status.read is allowed.
  "statuses.list": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: OWN_ONLY,
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: OWN_ONLY,
    PRINCIPAL_OTHER: NEITHER, // open: decision (d)
    AUDITOR: OWN_ONLY, // §2
  },
  // Counts of statuses: §3 scoping ("No one sees another organization's data") applied to what is
  // counted — a caller's summaries count exactly the statuses statuses.list shows them.
  "summaries.read": {
    PUBLIC: D, // open: summary data is public under ch. 13, but decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d) — counts only the SROs they supervise
    SRO_SELF: OWN_ONLY, // open: an SRO's summaries count their own status (not refused outright)
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: OWN_ONLY,
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: OWN_ONLY,
    PRINCIPAL_OTHER: NEITHER, // open: decision (d) — counts only their school(s)
    AUDITOR: OWN_ONLY, // §2
  },
  // The officer's upcoming deadlines: §3, as statuses.list (a deadline is part of the status).
  "deadlines.list": {
    PUBLIC: D, // decision (b)
    ADMIN: A, // decision (c)
    CHIEF: OWN_ONLY,
    TRAINING_COORDINATOR: OWN_ONLY,
    SUPERVISOR_OF: OWN_ONLY,
    SUPERVISOR_NOT_OF: NEITHER, // open: decision (d)
    SRO_SELF: OWN_ONLY,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: OWN_ONLY,
    SAFETY_COORDINATOR: OWN_ONLY,
    PRINCIPAL_OF: OWN_ONLY,
    PRINCIPAL_OTHER: NEITHER, // open: decision (d)
    AUDITOR: OWN_ONLY, // §2
  },

  // ───────────────────────────── Rules engine and readings ─────────────────────────────
  // The engine's evaluate touches no stored data, so §3's scoping has nothing to restrict: every
  // signed-in role may ask it (it writes nothing, so the auditor's "read-only" allows it too).
  "evaluate.run": {
    PUBLIC: D, // open: no stored data, but decision (b) — the API is not a public page
    ADMIN: A,
    CHIEF: BOTH,
    TRAINING_COORDINATOR: BOTH,
    SUPERVISOR_OF: BOTH,
    SUPERVISOR_NOT_OF: BOTH,
    SRO_SELF: BOTH,
    SRO_OTHER: BOTH,
    SUPERINTENDENT: BOTH,
    SAFETY_COORDINATOR: BOTH,
    PRINCIPAL_OF: BOTH,
    PRINCIPAL_OTHER: BOTH,
    AUDITOR: BOTH,
  },
  // The readings of the law in force are a system setting behind every status every role sees;
  // no organization's data.
  "readings.read": {
    PUBLIC: D, // open: decision (b)
    ADMIN: A,
    CHIEF: BOTH,
    TRAINING_COORDINATOR: BOTH,
    SUPERVISOR_OF: BOTH,
    SUPERVISOR_NOT_OF: BOTH,
    SRO_SELF: BOTH,
    SRO_OTHER: BOTH,
    SUPERINTENDENT: BOTH,
    SAFETY_COORDINATOR: BOTH,
    PRINCIPAL_OF: BOTH,
    PRINCIPAL_OTHER: BOTH,
    AUDITOR: BOTH,
  },
  // A system setting that changes every organization's statuses: the system administrator's alone
  // (§2 "Cross-cutting: system administrator"); no organization may change another's law.
  "readings.update": {
    PUBLIC: D,
    ADMIN: A, // open: not stated; the system administrator owns system settings
    CHIEF: NEITHER,
    TRAINING_COORDINATOR: NEITHER,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER,
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2
  },

  // ───────────────────────────── Accounts and roles ─────────────────────────────
  // §2 "A person may hold roles in several organizations" — who manages accounts is not stated.
  // Accounts are the system administrator's; the auditor may read who holds roles in the
  // organizations assigned to them (§2 "read-only over the organizations assigned to them").
  "users.list": {
    PUBLIC: D,
    ADMIN: A, // open: the system administrator manages accounts
    CHIEF: NEITHER, // open: decision — heads of organizations do not manage accounts
    TRAINING_COORDINATOR: NEITHER,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as CHIEF
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY, // open: who may access an assigned organization's data is part of an audit
  },
  // As users.list, writes: the system administrator only.
  "users.create": {
    PUBLIC: D,
    ADMIN: A, // open: the system administrator manages accounts
    CHIEF: NEITHER, // open: as users.list
    TRAINING_COORDINATOR: NEITHER,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as users.list
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2 auditor is "read-only"
  },

  // ───────────────────────────── Audit trail ─────────────────────────────
  // §5 "Audit trail … Export as CSV and JSON for an auditor"; §2 the auditor is "read-only over the
  // organizations assigned to them" — the auditor sees the trail of those organizations only. Who
  // else sees which organization's trail is not stated: the system administrator (cross-cutting) sees
  // all of it; no organization's own roles (the trail records their own reads).
  "audit.list": {
    PUBLIC: D,
    ADMIN: A, // open: decision (c) — cross-cutting
    CHIEF: NEITHER, // open: decision — the trail is for the auditor, not the audited
    TRAINING_COORDINATOR: NEITHER, // open: as CHIEF
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER, // open: not even the reads of one's own record
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as CHIEF
    SAFETY_COORDINATOR: NEITHER, // open: as CHIEF
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY,
  },
  // §5 "Export as CSV and JSON for an auditor" — as audit.list.
  "audit.export": {
    PUBLIC: D,
    ADMIN: A, // open: as audit.list
    CHIEF: NEITHER, // open: as audit.list
    TRAINING_COORDINATOR: NEITHER, // open: as audit.list
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER, // open: as audit.list
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // open: as audit.list
    SAFETY_COORDINATOR: NEITHER, // open: as audit.list
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: OWN_ONLY,
  },
  // §5 "`sroc audit verify` detects any edited, deleted or reordered event and says which" — a check
  // of the one chain that runs through every organization's events: the operator's and the system
  // administrator's, and the auditor's too (issue 11 item 5, decision 0018), whose answer names only
  // the events of their organizations — so OWN and OTHER are the same question for them.
  "audit.verify": {
    PUBLIC: D,
    ADMIN: A, // open: decision (c), and the chain is the system's own
    CHIEF: NEITHER,
    TRAINING_COORDINATOR: NEITHER,
    SUPERVISOR_OF: NEITHER,
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER,
    SAFETY_COORDINATOR: NEITHER,
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: BOTH, // decision 0018: the whole chain's result, named only by events the auditor may read
  },
  // ───────────────────────────── Imports ─────────────────────────────
  // Issue 5 "Import: upload a CSV/XLSX roster, see the validation report row by row, then commit". The
  // columns a file may have are no organization's data (as readings.read).
  "imports.columns": {
    PUBLIC: D, // decision (b)
    ADMIN: A,
    CHIEF: BOTH,
    TRAINING_COORDINATOR: BOTH,
    SUPERVISOR_OF: BOTH,
    SUPERVISOR_NOT_OF: BOTH,
    SRO_SELF: BOTH,
    SRO_OTHER: BOTH,
    SUPERINTENDENT: BOTH,
    SAFETY_COORDINATOR: BOTH,
    PRINCIPAL_OF: BOTH,
    PRINCIPAL_OTHER: BOTH,
    AUDITOR: BOTH,
  },
  // Checking and importing a file of courses for the officer concerned: it writes courses, which §4
  // gives to "the agency's coordinator and chief" — of the officer's own agency (a row naming another
  // agency's officer is refused). The check writes nothing but says what would be written, so it is
  // judged as the import.
  "imports.run": {
    PUBLIC: D, // decision (b)
    ADMIN: D, // decision (c): the administrator does not write officers' records
    CHIEF: OWN_ONLY, // §4
    TRAINING_COORDINATOR: OWN_ONLY, // §4
    SUPERVISOR_OF: NEITHER, // §4: courses are the coordinator's and chief's
    SUPERVISOR_NOT_OF: NEITHER,
    SRO_SELF: NEITHER,
    SRO_OTHER: NEITHER,
    SUPERINTENDENT: NEITHER, // §4: an agency's records
    SAFETY_COORDINATOR: NEITHER, // open: contact days one at a time, not by file (issue 5 names the agency's roster)
    PRINCIPAL_OF: NEITHER,
    PRINCIPAL_OTHER: NEITHER,
    AUDITOR: NEITHER, // §2 auditor is "read-only"
  },
} satisfies Record<Operation, Row>;

/**
 * operation → subject → expected access. PUBLIC and ADMIN carry one value; every other subject an
 * { OWN, OTHER } pair. Every operation names every subject (checked by `satisfies` above).
 */
export const EXPECTED: Record<Operation, Partial<Record<Subject, { OWN: "ALLOW" | "DENY"; OTHER: "ALLOW" | "DENY" } | "ALLOW" | "DENY">>> = TABLE;
