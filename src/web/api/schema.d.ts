/**
 * The API's types, generated from the served OpenAPI document by openapi-typescript.
 * Do not edit: run `npm run generate:api` (src/server/openapi.test-support.ts); a test fails when
 * this file is stale.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, what they may do, and the CSRF token */
        get: operations["getSession"];
        put?: never;
        /** Sign in with email and password */
        post: operations["signIn"];
        /** Sign out */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the code of the authenticator app: the sign-in completes with a new session (and CSRF token) */
        post: operations["completeSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start setting up a second factor (TOTP) */
        post: operations["startSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/second-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the second factor with a code */
        post: operations["confirmSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's password */
        post: operations["changeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether single sign-on is on, and its label */
        get: operations["getSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start single sign-on: a redirect to the provider */
        get: operations["startSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's answer: signs in and redirects to the application */
        get: operations["finishSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts and their roles (an auditor: those of their organizations; private data: give a purpose) */
        get: operations["listAccounts"];
        put?: never;
        /** Create an account (with a password, a temporary password shown once, or none for single sign-on) */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Disable an account (it cannot sign in; its sessions end at once) or enable it again */
        put: operations["setAccountDisabled"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give an account a new temporary password, shown once (its sessions end) */
        post: operations["resetAccountPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a role in an organization */
        post: operations["grantRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memberships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a role (the person's sessions end) */
        delete: operations["revokeRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/supervisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Start or stop supervising an officer */
        put: operations["setSupervision"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roles an account may be given, in words, and where each is held */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/second-factor-requirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which roles must use a second factor */
        get: operations["getSecondFactorRequirement"];
        /** Require a second factor for roles (their accounts set one up before anything else) */
        put: operations["setSecondFactorRequirement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events, oldest or newest first, a page at a time (private data: give a purpose) */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the audit trail as CSV or JSON (recorded as an export; give a purpose) */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the hash chain (the administrator; an auditor, named as far as they may read: decision 0018) */
        get: operations["verifyAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The trail in words: each event type's sentence, each kind of thing's name, and the organizations the caller may filter by */
        get: operations["getAuditVocabulary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organizations */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create a organization
         * @description Law enforcement agencies, school districts and charter schools, with the SRO policy each has adopted.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a organization */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a organization */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/api/v1/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List schools */
        get: operations["listSchools"];
        put?: never;
        /**
         * Create a school
         * @description Schools, each of a school district or a charter school.
         */
        post: operations["createSchool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a school */
        get: operations["getSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a school */
        patch: operations["updateSchool"];
        trace?: never;
    };
    "/api/v1/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List officers */
        get: operations["listOfficers"];
        put?: never;
        /**
         * Create a officer
         * @description Peace officers, each employed by one agency; one officer may serve several districts.
         */
        post: operations["createOfficer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/officers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a officer */
        get: operations["getOfficer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a officer */
        patch: operations["updateOfficer"];
        trace?: never;
    };
    "/api/v1/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List assignments */
        get: operations["listAssignments"];
        put?: never;
        /**
         * Create a assignment
         * @description An officer's assignment to a school, regular or substitute, with its contract and whether it is regular instructional-day work.
         */
        post: operations["createAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a assignment */
        get: operations["getAssignment"];
        put?: never;
        post?: never;
        /** Remove a assignment */
        delete: operations["removeAssignment"];
        options?: never;
        head?: never;
        /** Update a assignment */
        patch: operations["updateAssignment"];
        trace?: never;
    };
    "/api/v1/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List courses */
        get: operations["listCourses"];
        put?: never;
        /**
         * Create a course
         * @description Training courses an officer completed; a course is qualifying when POST-approved (R-TRN-7).
         */
        post: operations["createCourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a course */
        get: operations["getCourse"];
        put?: never;
        post?: never;
        /** Remove a course */
        delete: operations["removeCourse"];
        options?: never;
        head?: never;
        /** Update a course */
        patch: operations["updateCourse"];
        trace?: never;
    };
    "/api/v1/courses/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a removed course
         * @description The course counts again; the restore is recorded in the audit trail.
         */
        post: operations["restoreCourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-unable-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List employer-unable-decisions */
        get: operations["listEmployerUnableDecisions"];
        put?: never;
        /**
         * Create a employer-unable decision
         * @description The employer's documented decisions that it could not provide the training course before the officer assumed duties (subd. 3(c)).
         */
        post: operations["createEmployerUnableDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-unable-decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a employer-unable decision */
        get: operations["getEmployerUnableDecision"];
        put?: never;
        post?: never;
        /** Remove a employer-unable decision */
        delete: operations["removeEmployerUnableDecision"];
        options?: never;
        head?: never;
        /** Update a employer-unable decision */
        patch: operations["updateEmployerUnableDecision"];
        trace?: never;
    };
    "/api/v1/policy-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List policy-reviews */
        get: operations["listPolicyReviews"];
        put?: never;
        /**
         * Create a policy review
         * @description An officer's review of an SRO policy — the employing agency's, which subd. 3(c) and (d) require before serving.
         */
        post: operations["createPolicyReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a policy review */
        get: operations["getPolicyReview"];
        put?: never;
        post?: never;
        /** Remove a policy review */
        delete: operations["removePolicyReview"];
        options?: never;
        head?: never;
        /** Update a policy review */
        patch: operations["updatePolicyReview"];
        trace?: never;
    };
    "/api/v1/policy-reviews/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a removed policy review
         * @description The policy review counts again; the restore is recorded in the audit trail.
         */
        post: operations["restorePolicyReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contact-days */
        get: operations["listContactDays"];
        put?: never;
        /**
         * Create a contact day
         * @description Days a substitute SRO served at a school; distinct days with students present count toward the 60 of subd. 3(d).
         */
        post: operations["createContactDay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact-days/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a contact day */
        get: operations["getContactDay"];
        put?: never;
        post?: never;
        /** Remove a contact day */
        delete: operations["removeContactDay"];
        options?: never;
        head?: never;
        /** Update a contact day */
        patch: operations["updateContactDay"];
        trace?: never;
    };
    "/api/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List certificates (newest first) */
        get: operations["listCertificates"];
        put?: never;
        /**
         * Upload a training certificate for a course
         * @description multipart/form-data with a `courseId` field and a `file` (PDF, PNG or JPEG by content; at most 10 MB).
         */
        post: operations["uploadCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certificate's metadata */
        get: operations["getCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a certificate (private data: give a purpose)
         * @description The file as uploaded. Its SHA-256 is checked first: a stored file that no longer matches it is not sent (500, CERTIFICATE_ALTERED, recorded in the audit trail).
         */
        get: operations["downloadCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/officers/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An officer's status, explained
         * @description The rules engine's answer on the stored records as of `asOf` (default today, America/Chicago), with its trace, the headline status and the date until which it holds, the words of every passage it cites, and the school year in which substitute contact days are counted. `districtId` applies that district's policy.
         */
        get: operations["getOfficerStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Officers by who needs action first */
        get: operations["listOfficerStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many officers stand where
         * @description Counts by headline and statute status, statewide or per agency, district or school. Today's come from the cache of the engine's answers; another `asOf` evaluates every officer on the spot (on the embedded database, prefer a server for large states).
         */
        get: operations["getSummaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Upcoming deadlines */
        get: operations["listUpcomingDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/substitutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exempt substitutes nearest the contact-day threshold
         * @description Substitutes still exempt (SUBSTITUTE_EXEMPT) with their distinct student contact days in the current school year, most days first; `threshold` is the statute's number of days (subd. 3(d)) in the law version applied today.
         */
        get: operations["listSubstitutesNearingThreshold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/relieved-duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SROs not yet required to perform clauses (4) and (5)
         * @description Officers whose answer today lists duties of subd. 2(a) as not required (`notRequiredDuties`): while the six months of subd. 3(c) run untrained, or a substitute is exempt (subd. 3(d)). Safety-drill advice (4) and vulnerability assessments (5) cannot yet be relied on from them. Ordered by name; `limit` does not apply.
         */
        get: operations["listRelievedDuties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statuses/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The officers list as CSV or XLSX
         * @description Every officer of GET /api/v1/statuses with the same filters and order (no paging), within the caller's reach, with the schools each serves.
         */
        get: operations["exportOfficerStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate engine requests (the JSON contract)
         * @description One request or an array of requests (training, incident, contract) as in engine-contract.md; one answer each. An invalid request: 400 with {error: {code: INVALID_REQUEST, message, path}} (in an array, in its place).
         */
        post: operations["evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/law": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The law version applied and the readings in force
         * @description The dated versions of § 626.8482 the engine knows (with what is not yet verified about each, law.md A25), the one it applies today, the configurable readings of law.md §12 with their defaults, and the readings stored for this installation (an absent reading is its default).
         */
        get: operations["getLaw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the readings of the law's ambiguities in force (law.md §12)
         * @description Every status is recomputed with them in the same transaction.
         */
        put: operations["updateReadings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The columns of each kind of import file, and the largest file accepted */
        get: operations["getImportColumns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a file to import: the validation report row by row and what a commit would create or update; writes nothing
         * @description multipart/form-data with `kind` (roster, courses or contact-days) and `file` (CSV or XLSX by content; at most 10 MB).
         */
        post: operations["checkImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a file: checked again, then written all or nothing (400 at /file when any row is invalid), with an audit event
         * @description multipart/form-data with `kind` (roster, courses or contact-days) and `file` (CSV or XLSX by content; at most 10 MB). Optionally `checkedSha256`: the sha256 the check returned; a different file is refused (409).
         */
        post: operations["commitImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Account */
        Account: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            /** @description The system administrator. */
            administrator: boolean;
            officerId: string | null;
            disabled: boolean;
            /** @description The password was set by an administrator; the person must choose their own at sign-in. */
            passwordTemporary: boolean;
            hasPassword: boolean;
            singleSignOn: boolean;
            totpEnabled: boolean;
            lockedUntil: string | null;
            memberships: components["schemas"]["AccountMembership"][];
        };
        /** AccountMembership */
        AccountMembership: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /**
             * @description A law enforcement agency, a school district or a charter school.
             * @enum {unknown}
             */
            organizationKind: "AGENCY" | "DISTRICT" | "CHARTER_SCHOOL";
            /**
             * @description A role within an organization.
             * @enum {unknown}
             */
            role: "CHIEF" | "TRAINING_COORDINATOR" | "SUPERVISOR" | "SRO" | "SUPERINTENDENT" | "SAFETY_COORDINATOR" | "PRINCIPAL" | "AUDITOR";
            roleTitle: string;
            schoolId: string | null;
            schoolName: string | null;
        };
        /** Assignment */
        Assignment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            officerId: string;
            /** Format: uuid */
            schoolId: string;
            contractRef: string | null;
            /** @enum {unknown} */
            role: "REGULAR" | "SUBSTITUTE";
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            startOn: string;
            endOn: string | null;
            plannedContactDays: number | null;
            underContract: boolean;
            instructionalDay: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this record, by the policies (src/policies/). */
            actions: ("read" | "update" | "remove")[];
        };
        /** AssignmentChanges */
        AssignmentChanges: {
            /** Format: uuid */
            schoolId?: string;
            contractRef?: string | null;
            /** @enum {unknown} */
            role?: "REGULAR" | "SUBSTITUTE";
            /**
             * Format: date
             * @description First day served, inclusive.
             */
            startOn?: string;
            endOn?: string | null;
            plannedContactDays?: number | null;
            /** @description Made under a contract with the district or charter school (subd. 1(c)). Default true. */
            underContract?: boolean;
            /** @description Work during the regular instructional school day (subd. 1(c)). Default true. */
            instructionalDay?: boolean;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly id?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly officerId?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly createdAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly updatedAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly actions?: unknown;
        };
        /** AssignmentPage */
        AssignmentPage: {
            items: components["schemas"]["Assignment"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** Certificate */
        Certificate: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            officerId: string;
            /** Format: uuid */
            courseId: string;
            fileName: string;
            /** @enum {unknown} */
            mediaType: "application/pdf" | "image/png" | "image/jpeg";
            sizeBytes: number;
            sha256: string;
            uploadedBy: string;
            /** Format: date-time */
            uploadedAt: string;
            /** @description What the caller may do with this record, by the policies (src/policies/). */
            actions: ("read" | "update" | "remove")[];
        };
        /** CertificateList */
        CertificateList: {
            items: components["schemas"]["Certificate"][];
        };
        /** CitedPassage */
        CitedPassage: {
            /** @description The citation as the answer prints it (the key its flags and trace steps cite it by). */
            cite: string;
            /** @description What a person reads as its name: the law's own citation, or a reading's plain title with the law it interprets. */
            title: string;
            /** @enum {unknown} */
            authority: "statute" | "POST" | "MSBA" | "EDINA" | "board" | "federal" | "reading";
            /**
             * @description How sure the words are (law.md §0–§1).
             * @enum {unknown}
             */
            text: "verbatim" | "restated" | "secondary" | "reading";
            /** @description The words of the passage the rule turns on. */
            words: string;
        };
        /** ContactDay */
        ContactDay: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            officerId: string;
            /** Format: uuid */
            schoolId: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            day: string;
            studentsPresent: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this record, by the policies (src/policies/). */
            actions: ("read" | "update" | "remove")[];
        };
        /** ContactDayChanges */
        ContactDayChanges: {
            /** Format: uuid */
            schoolId?: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            day?: string;
            /** @description Students were present for instruction: only such days count toward 60 (A2). */
            studentsPresent?: boolean;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly id?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly officerId?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly createdAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly updatedAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly actions?: unknown;
        };
        /** ContactDayPage */
        ContactDayPage: {
            items: components["schemas"]["ContactDay"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** ContractAnswer */
        ContractAnswer: {
            /** @enum {string} */
            kind: "contract";
            /** @description The version of § 626.8482 applied. */
            lawVersion: string;
            flags: components["schemas"]["Flag"][];
            /** @description Each step of the reasoning (left out with `trace=false`). */
            trace?: components["schemas"]["TraceStep"][];
        };
        /** ContractRequest */
        ContractRequest: {
            /** @enum {string} */
            kind: "contract";
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD, no time zone.
             */
            asOf?: string;
            /** @description The adopted policies (law.md A24). Absent: none. */
            policies?: {
                agency?: "POST" | null;
                district?: ("MSBA" | "EDINA") | null;
                agencyAdoptedOn?: string | null;
            };
            /** @description Readings of the law's ambiguities (law.md §12); each field has its default. */
            options?: {
                /** @description A7: roll the six-month deadline under § 645.15 (default true). */
                roll645_15?: boolean;
                /** @description A1: first day of the school year, MM-DD (default 07-01). */
                schoolYearStartMonthDay?: string;
                /** @description A5: six months from 2025-09-01 for a documented employer-unable incumbent (default false). */
                incumbentGrace?: boolean;
                /**
                 * @description A2: count contact days per officer or per district (default OFFICER).
                 * @enum {unknown}
                 */
                substituteCountScope?: "OFFICER" | "DISTRICT";
                /**
                 * @description A15: one clock per officer or per assignment (default OFFICER).
                 * @enum {unknown}
                 */
                clockScope?: "OFFICER" | "ASSIGNMENT";
            };
            contract: {
                duties?: {
                    /** @description The clause of subd. 2(a) the duty implements. */
                    clause: number;
                    text?: string | null;
                }[];
                additionalDuties?: {
                    text?: string | null;
                    enforcesSchoolDiscipline?: boolean;
                }[];
                attirePolicy?: string | null;
                districtSelectionRole?: string | null;
                deescalationResources?: string | null;
                publicNotificationProcess?: string | null;
                dataPractices?: {
                    recordsSharedWithAgency?: string[];
                    recordsSharedWithSro?: string[];
                    purposes?: string[];
                } | null;
            };
        };
        /** Course */
        Course: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            officerId: string;
            /**
             * @description As in the engine contract: POST SRO basic, supplemental or refresher course, the SSC or NASRO basic course, or other.
             * @enum {unknown}
             */
            type: "POST_SRO_BASIC" | "POST_SRO_SUPPLEMENTAL" | "POST_SRO_REFRESHER" | "SSC_BASIC" | "NASRO_BASIC" | "OTHER";
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            completedOn: string;
            postApproved: boolean;
            provider: string | null;
            postCourseNumber: string | null;
            credits: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this record, by the policies (src/policies/): a removed record may only be read and restored. */
            actions: ("read" | "update" | "remove" | "restore")[];
            /** @description When the record was removed; null while it counts. */
            removedAt: string | null;
            /** @description Who removed it. */
            removedBy: string | null;
        };
        /** CourseChanges */
        CourseChanges: {
            /**
             * @description As in the engine contract: POST SRO basic, supplemental or refresher course, the SSC or NASRO basic course, or other.
             * @enum {unknown}
             */
            type?: "POST_SRO_BASIC" | "POST_SRO_SUPPLEMENTAL" | "POST_SRO_REFRESHER" | "SSC_BASIC" | "NASRO_BASIC" | "OTHER";
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            completedOn?: string;
            /** @description On the POST Board's list of approved SRO courses. Default false. */
            postApproved?: boolean;
            provider?: string | null;
            postCourseNumber?: string | null;
            credits?: number | null;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly id?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly officerId?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly createdAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly updatedAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly actions?: unknown;
        };
        /** CoursePage */
        CoursePage: {
            items: components["schemas"]["Course"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** EmployerUnableDecision */
        EmployerUnableDecision: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            officerId: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            decidedOn: string;
            reason: string;
            decidedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this record, by the policies (src/policies/). */
            actions: ("read" | "update" | "remove")[];
        };
        /** EmployerUnableDecisionChanges */
        EmployerUnableDecisionChanges: {
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            decidedOn?: string;
            /** @description Why the employer could not provide the course before the officer assumed duties (subd. 3(c); A16). */
            reason?: string;
            decidedBy?: string;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly id?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly officerId?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly createdAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly updatedAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly actions?: unknown;
        };
        /** EmployerUnableDecisionPage */
        EmployerUnableDecisionPage: {
            items: components["schemas"]["EmployerUnableDecision"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** EngineAnswer */
        EngineAnswer: components["schemas"]["TrainingAnswer"] | components["schemas"]["IncidentAnswer"] | components["schemas"]["ContractAnswer"];
        /** EngineError */
        EngineError: {
            error: {
                /** @enum {string} */
                code: "INVALID_REQUEST";
                message: string;
                /** @description JSON Pointer to the offending value; "" is the whole request. */
                path: string;
            };
        };
        /** Error */
        Error: {
            error: {
                code: string;
                message: string;
                /** @description JSON Pointer to the offending value. */
                path?: string;
                /** @enum {unknown} */
                in?: "body" | "querystring" | "params" | "headers";
            };
        };
        /** Flag */
        Flag: {
            code: string;
            /** @enum {unknown} */
            severity: "VIOLATION" | "POLICY_VIOLATION" | "ADVISORY" | "REVIEW" | "INFO";
            message: string;
            /** @description The passages it turns on, as the answer's `law` names them. */
            citations: string[];
        };
        /**
         * Headline
         * @enum {unknown}
         */
        Headline: "OVERDUE" | "NEEDS_ATTENTION" | "STARTS_UNTRAINED" | "DUE_SOON" | "IN_GRACE" | "COMPLIANT" | "EXEMPT" | "NOT_AN_SRO";
        /** Health */
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @enum {unknown} */
            storage: "embedded" | "server";
        };
        /** ImportColumns */
        ImportColumns: {
            kinds: {
                /** @enum {unknown} */
                kind: "roster" | "courses" | "contact-days";
                columns: {
                    name: string;
                    required: boolean;
                }[];
            }[];
            maxBytes: number;
        };
        /** ImportReport */
        ImportReport: {
            /** @enum {unknown} */
            kind: "roster" | "courses" | "contact-days";
            fileName: string;
            /** @enum {unknown} */
            format: "csv" | "xlsx";
            /** @description The SHA-256 of the file, hex: give it back as checkedSha256 when committing. */
            sha256: string;
            /** @description Whether the rows were written (a check never writes; a commit writes all or nothing). */
            committed: boolean;
            /** @description Why nothing can be written: the columns are wrong, or rows are invalid. */
            stoppedBy: ("columns" | "invalid rows") | null;
            /** @description Data rows in the file. */
            rows: number;
            invalidRows: number;
            /** @description Rows written (a commit) or that a commit would write (a check). */
            importedRows: number;
            /** @description Every problem, in reading order: the row as a spreadsheet numbers it (the header is row 1) and the column as the file names it. */
            problems: {
                row: number;
                column: string;
                message: string;
            }[];
            counts: {
                organizationsCreated: number;
                schoolsCreated: number;
                officersCreated: number;
                officersUpdated: number;
                officersUnchanged: number;
                assignmentsCreated: number;
                assignmentsUpdated: number;
                assignmentsUnchanged: number;
                coursesCreated: number;
                coursesUpdated: number;
                coursesUnchanged: number;
                contactDaysCreated: number;
                contactDaysUpdated: number;
                contactDaysUnchanged: number;
                statusesRefreshed: number;
            };
        };
        /** IncidentAnswer */
        IncidentAnswer: {
            /** @enum {string} */
            kind: "incident";
            /** @description The version of § 626.8482 applied. */
            lawVersion: string;
            flags: components["schemas"]["Flag"][];
            /** @description Each step of the reasoning (left out with `trace=false`). */
            trace?: components["schemas"]["TraceStep"][];
        };
        /** IncidentRequest */
        IncidentRequest: {
            /** @enum {string} */
            kind: "incident";
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD, no time zone.
             */
            asOf: string;
            /** @description The adopted policies (law.md A24). Absent: none. */
            policies?: {
                agency?: "POST" | null;
                district?: ("MSBA" | "EDINA") | null;
                agencyAdoptedOn?: string | null;
            };
            /** @description Readings of the law's ambiguities (law.md §12); each field has its default. */
            options?: {
                /** @description A7: roll the six-month deadline under § 645.15 (default true). */
                roll645_15?: boolean;
                /** @description A1: first day of the school year, MM-DD (default 07-01). */
                schoolYearStartMonthDay?: string;
                /** @description A5: six months from 2025-09-01 for a documented employer-unable incumbent (default false). */
                incumbentGrace?: boolean;
                /**
                 * @description A2: count contact days per officer or per district (default OFFICER).
                 * @enum {unknown}
                 */
                substituteCountScope?: "OFFICER" | "DISTRICT";
                /**
                 * @description A15: one clock per officer or per assignment (default OFFICER).
                 * @enum {unknown}
                 */
                clockScope?: "OFFICER" | "ASSIGNMENT";
            };
            incident: {
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD, no time zone.
                 */
                date: string;
                /** @enum {unknown} */
                actor: "SRO" | "SUBSTITUTE_SRO" | "OTHER_OFFICER" | "SCHOOL_STAFF";
                basis?: {
                    criminal?: string | null;
                    safety?: boolean;
                    schoolRule?: string | null;
                };
                offense?: {
                    level?: ("PETTY_MISDEMEANOR" | "MISDEMEANOR" | "GROSS_MISDEMEANOR" | "FELONY") | null;
                    statusOffense?: boolean;
                    violent?: boolean;
                    victimRequestedAssistance?: boolean;
                };
                conduct?: {
                    authorityUsedForSchoolRule?: boolean;
                    disciplineParticipation?: boolean;
                    citationIssued?: boolean;
                    adminConsulted?: boolean;
                };
                force?: {
                    type?: string | null;
                    prone?: boolean;
                    proneSeconds?: number | null;
                    restoredNonProne?: boolean | null;
                    neckPressure?: boolean;
                    deadlyForceJustification?: string | null;
                    postForceAssessment?: boolean | null;
                    aidRendered?: boolean | null;
                    /** @description The fourteen POST IV.E.3 considerations, by number. */
                    considerations?: {
                        1?: string | null;
                        2?: string | null;
                        3?: string | null;
                        4?: string | null;
                        5?: string | null;
                        6?: string | null;
                        7?: string | null;
                        8?: string | null;
                        9?: string | null;
                        10?: string | null;
                        11?: string | null;
                        12?: string | null;
                        13?: string | null;
                        14?: string | null;
                    };
                } | null;
                student?: {
                    educationPlanKnown?: boolean;
                    educationPlanConsidered?: boolean | null;
                };
                arrest?: {
                    custodial?: boolean;
                    exigency?: boolean;
                    avoidable?: boolean;
                    location?: ("COMMUNAL" | "NON_COMMUNAL") | null;
                    studentsInView?: boolean;
                    nonCommunalPracticable?: boolean;
                    staffNotified?: boolean;
                    notifyPracticable?: boolean;
                } | null;
                alternativesConsidered?: boolean;
                schoolReferralConsidered?: boolean;
                observers?: {
                    /** @enum {unknown} */
                    role: "SRO" | "OTHER_OFFICER";
                    observedExcessiveForce?: boolean;
                    intervened?: boolean;
                    reported?: boolean;
                }[];
            };
        };
        /** Law */
        Law: {
            /** @description The version the engine applies today. */
            applied: string;
            versions: {
                id: string;
                /** Format: date */
                inForceFrom: string;
                /** @description What is not yet verified about this text (law.md A25). */
                notVerified: string[];
            }[];
            readingOptions: {
                /** @description The key a client sends to change it. */
                option: string;
                /** @description The engine's internal reference, for developers. */
                reading: string;
                default: boolean | string;
                /** @description What the reading decides, in plain words. */
                title: string;
                /** @description The law it interprets, as the law cites itself. */
                interprets: string;
                /** @description What the choice decides, in plain words. */
                explanation: string;
            }[];
            /** @description Readings of the law's ambiguities (law.md §12); each field has its default. */
            readingsInForce: {
                /** @description A7: roll the six-month deadline under § 645.15 (default true). */
                roll645_15?: boolean;
                /** @description A1: first day of the school year, MM-DD (default 07-01). */
                schoolYearStartMonthDay?: string;
                /** @description A5: six months from 2025-09-01 for a documented employer-unable incumbent (default false). */
                incumbentGrace?: boolean;
                /**
                 * @description A2: count contact days per officer or per district (default OFFICER).
                 * @enum {unknown}
                 */
                substituteCountScope?: "OFFICER" | "DISTRICT";
                /**
                 * @description A15: one clock per officer or per assignment (default OFFICER).
                 * @enum {unknown}
                 */
                clockScope?: "OFFICER" | "ASSIGNMENT";
            };
        };
        /** NewAssignment */
        NewAssignment: {
            /** Format: uuid */
            officerId: string;
            /** Format: uuid */
            schoolId: string;
            contractRef?: string | null;
            /** @enum {unknown} */
            role: "REGULAR" | "SUBSTITUTE";
            /**
             * Format: date
             * @description First day served, inclusive.
             */
            startOn: string;
            endOn?: string | null;
            plannedContactDays?: number | null;
            /** @description Made under a contract with the district or charter school (subd. 1(c)). Default true. */
            underContract?: boolean;
            /** @description Work during the regular instructional school day (subd. 1(c)). Default true. */
            instructionalDay?: boolean;
        };
        /** NewContactDay */
        NewContactDay: {
            /** Format: uuid */
            officerId: string;
            /** Format: uuid */
            schoolId: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            day: string;
            /** @description Students were present for instruction: only such days count toward 60 (A2). */
            studentsPresent: boolean;
        };
        /** NewCourse */
        NewCourse: {
            /** Format: uuid */
            officerId: string;
            /**
             * @description As in the engine contract: POST SRO basic, supplemental or refresher course, the SSC or NASRO basic course, or other.
             * @enum {unknown}
             */
            type: "POST_SRO_BASIC" | "POST_SRO_SUPPLEMENTAL" | "POST_SRO_REFRESHER" | "SSC_BASIC" | "NASRO_BASIC" | "OTHER";
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            completedOn: string;
            /** @description On the POST Board's list of approved SRO courses. Default false. */
            postApproved?: boolean;
            provider?: string | null;
            postCourseNumber?: string | null;
            credits?: number | null;
        };
        /** NewEmployerUnableDecision */
        NewEmployerUnableDecision: {
            /** Format: uuid */
            officerId: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            decidedOn: string;
            /** @description Why the employer could not provide the course before the officer assumed duties (subd. 3(c); A16). */
            reason: string;
            decidedBy?: string;
        };
        /** NewOfficer */
        NewOfficer: {
            /** @description The officer's POST Board license number. */
            postLicense: string;
            firstName: string;
            lastName: string;
            /**
             * Format: uuid
             * @description The employing law enforcement agency.
             */
            agencyId: string;
        };
        /** NewOrganization */
        NewOrganization: {
            /**
             * @description A law enforcement agency, a school district or a charter school.
             * @enum {unknown}
             */
            kind: "AGENCY" | "DISTRICT" | "CHARTER_SCHOOL";
            name: string;
            sroPolicy?: ("POST" | "MSBA" | "EDINA") | null;
            policyVersion?: string | null;
            policyAdoptedOn?: string | null;
        };
        /** NewPolicyReview */
        NewPolicyReview: {
            /** Format: uuid */
            officerId: string;
            /**
             * Format: uuid
             * @description Whose policy was reviewed. Default: the officer's employing agency (the review subd. 3(c) and (d) require).
             */
            organizationId?: string;
            /** @enum {unknown} */
            policy?: "POST" | "MSBA" | "EDINA";
            policyVersion?: string | null;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            reviewedOn: string;
        };
        /** NewSchool */
        NewSchool: {
            /** Format: uuid */
            organizationId: string;
            name: string;
        };
        /** NextStep */
        NextStep: {
            /** @description What is to be done, in plain words. */
            what: string;
            /** @description Due by this date; the date asked when it is due now. */
            by: string | null;
            /** @description Due on the date asked or earlier. */
            dueNow: boolean;
            /** @description Who can do it, as the law gives the duty. */
            who: string;
            /** @description The law that asks it. */
            cite: string;
            /** @description The kind of record that shows it done. */
            record: ("courses" | "certificates" | "policy-reviews") | null;
        };
        /** Officer */
        Officer: {
            /** Format: uuid */
            id: string;
            postLicense: string;
            firstName: string;
            lastName: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this record, by the policies (src/policies/). */
            actions: ("read" | "update" | "remove")[];
        };
        /** OfficerChanges */
        OfficerChanges: {
            /** @description The officer's POST Board license number. */
            postLicense?: string;
            firstName?: string;
            lastName?: string;
            /**
             * Format: uuid
             * @description The employing law enforcement agency.
             */
            agencyId?: string;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly id?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly createdAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly updatedAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly actions?: unknown;
        };
        /** OfficerPage */
        OfficerPage: {
            items: components["schemas"]["Officer"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** OfficerStatus */
        OfficerStatus: {
            /** Format: uuid */
            officerId: string;
            name: string;
            /** Format: date */
            asOf: string;
            districtId: string | null;
            /** @description Where the officer stands, in one word; `headlineLabel` says it in words. */
            headline: components["schemas"]["Headline"];
            headlineLabel: string;
            /** @description A sentence when the headline needs one: an officer not yet an SRO whose assignment starts later. */
            headlineExplanation: string | null;
            actionDueOn: string | null;
            /** @description Until when the answer holds; null when that date would tell the date of a private record the caller may not read. */
            validUntil: string | null;
            answer: components["schemas"]["TrainingAnswer"];
            /** @description The words of every passage the answer's flags and trace cite. */
            law: components["schemas"]["CitedPassage"][];
            /** @description The school year containing asOf, in which substitute contact days are counted (reading A1). */
            schoolYear: components["schemas"]["SchoolYear"];
            /** @description The kinds of record the caller may add for this officer, by the policies. */
            mayRecord: ("courses" | "certificates" | "contact-days" | "policy-reviews" | "employer-unable-decisions")[];
            /** @description What to do next, the most urgent first (src/status/next-steps.ts); empty when nothing is asked. */
            nextSteps: components["schemas"]["NextStep"][];
            /** @description The kinds of record behind the status the caller's role may not read (private data, or the agency's training file): their dates are left out of the answer, and a page says "not shown to your role". */
            notShown: ("courses" | "certificates" | "contact-days" | "policy-reviews" | "employer-unable-decisions")[];
        };
        /** Organization */
        Organization: {
            /** Format: uuid */
            id: string;
            /**
             * @description A law enforcement agency, a school district or a charter school.
             * @enum {unknown}
             */
            kind: "AGENCY" | "DISTRICT" | "CHARTER_SCHOOL";
            name: string;
            sroPolicy: ("POST" | "MSBA" | "EDINA") | null;
            policyVersion: string | null;
            policyAdoptedOn: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this record, by the policies (src/policies/). */
            actions: ("read" | "update" | "remove")[];
        };
        /** OrganizationChanges */
        OrganizationChanges: {
            name?: string;
            sroPolicy?: ("POST" | "MSBA" | "EDINA") | null;
            policyVersion?: string | null;
            policyAdoptedOn?: string | null;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly id?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly kind?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly createdAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly updatedAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly actions?: unknown;
        };
        /** OrganizationPage */
        OrganizationPage: {
            items: components["schemas"]["Organization"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** PolicyReview */
        PolicyReview: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            officerId: string;
            /** Format: uuid */
            organizationId: string;
            /** @enum {unknown} */
            policy: "POST" | "MSBA" | "EDINA";
            policyVersion: string | null;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            reviewedOn: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this record, by the policies (src/policies/): a removed record may only be read and restored. */
            actions: ("read" | "update" | "remove" | "restore")[];
            /** @description When the record was removed; null while it counts. */
            removedAt: string | null;
            /** @description Who removed it. */
            removedBy: string | null;
        };
        /** PolicyReviewChanges */
        PolicyReviewChanges: {
            /**
             * Format: uuid
             * @description Whose policy was reviewed. Default: the officer's employing agency (the review subd. 3(c) and (d) require).
             */
            organizationId?: string;
            /** @enum {unknown} */
            policy?: "POST" | "MSBA" | "EDINA";
            policyVersion?: string | null;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            reviewedOn?: string;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly id?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly officerId?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly createdAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly updatedAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly actions?: unknown;
        };
        /** PolicyReviewPage */
        PolicyReviewPage: {
            items: components["schemas"]["PolicyReview"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** Readings */
        Readings: {
            /** @description A7: roll the six-month deadline under § 645.15 (default true). */
            roll645_15?: boolean;
            /** @description A1: first day of the school year, MM-DD (default 07-01). */
            schoolYearStartMonthDay?: string;
            /** @description A5: six months from 2025-09-01 for a documented employer-unable incumbent (default false). */
            incumbentGrace?: boolean;
            /**
             * @description A2: count contact days per officer or per district (default OFFICER).
             * @enum {unknown}
             */
            substituteCountScope?: "OFFICER" | "DISTRICT";
            /**
             * @description A15: one clock per officer or per assignment (default OFFICER).
             * @enum {unknown}
             */
            clockScope?: "OFFICER" | "ASSIGNMENT";
        };
        /** RelievedDuties */
        RelievedDuties: {
            /** Format: date */
            asOf: string;
            /** @description The clauses the relief covers in the law version applied today. */
            clauses: number[];
            items: components["schemas"]["RelievedOfficer"][];
        };
        /** RelievedOfficer */
        RelievedOfficer: {
            /** Format: uuid */
            officerId: string;
            name: string;
            agencyName: string;
            /** @enum {unknown} */
            headline: "OVERDUE" | "NEEDS_ATTENTION" | "STARTS_UNTRAINED" | "DUE_SOON" | "IN_GRACE" | "COMPLIANT" | "EXEMPT" | "NOT_AN_SRO";
            headlineLabel: string;
            notRequiredDuties: number[];
            statuteStatus: string;
            path: string | null;
            deadlineEffective: string | null;
            reason: string | null;
        };
        /** RoleChoice */
        RoleChoice: {
            /**
             * @description A role within an organization.
             * @enum {unknown}
             */
            role: "CHIEF" | "TRAINING_COORDINATOR" | "SUPERVISOR" | "SRO" | "SUPERINTENDENT" | "SAFETY_COORDINATOR" | "PRINCIPAL" | "AUDITOR";
            /** @description The role in words, e.g. "Training coordinator". */
            title: string;
            /**
             * @description An agency, a school district or charter school, or either.
             * @enum {unknown}
             */
            heldIn: "AGENCY" | "SCHOOLS" | "ANY";
            /** @description Held at one school (a principal). */
            atSchool: boolean;
        };
        /** School */
        School: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this record, by the policies (src/policies/). */
            actions: ("read" | "update" | "remove")[];
        };
        /** SchoolChanges */
        SchoolChanges: {
            name?: string;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly id?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly organizationId?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly createdAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly updatedAt?: unknown;
            /** @description Cannot be changed: an update that sends it is refused (400). */
            readonly actions?: unknown;
        };
        /** SchoolPage */
        SchoolPage: {
            items: components["schemas"]["School"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** SchoolServed */
        SchoolServed: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            districtId: string;
            /** @description The school's district or charter school. */
            districtName: string;
        };
        /** SchoolYear */
        SchoolYear: {
            label: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
        };
        /** SecondFactorRequirement */
        SecondFactorRequirement: {
            roles: ("CHIEF" | "TRAINING_COORDINATOR" | "SUPERVISOR" | "SRO" | "SUPERINTENDENT" | "SAFETY_COORDINATOR" | "PRINCIPAL" | "AUDITOR")[];
            administrators: boolean;
        };
        /** SingleSignOn */
        SingleSignOn: {
            enabled: boolean;
            label: string | null;
            startUrl: string | null;
            refusals: {
                sso_off: string;
                unavailable: string;
                state: string;
                denied: string;
                provider_error: string;
                invalid_response: string;
                unknown_account: string;
                already_linked: string;
                disabled: string;
                locked: string;
            };
        };
        /** StatusList */
        StatusList: {
            /** Format: date */
            asOf: string;
            total: number;
            limit: number;
            offset: number;
            items: components["schemas"]["StatusListItem"][];
        };
        /** StatusListItem */
        StatusListItem: {
            /** Format: uuid */
            officerId: string;
            /** @description Last name, first name. */
            name: string;
            postLicense: string;
            /** Format: uuid */
            agencyId: string;
            agencyName: string;
            districtId: string | null;
            /** @description Where the officer stands, in one word; `headlineLabel` says it in words. */
            headline: components["schemas"]["Headline"];
            headlineLabel: string;
            statuteStatus: string;
            policyStatus: string;
            path: string | null;
            actionDueOn: string | null;
            deadlineEffective: string | null;
            refresherDue: string | null;
            substituteCount: number | null;
            flags: {
                code: string;
                severity: string;
            }[];
            /** @description The schools the officer serves, by name. */
            schools: components["schemas"]["SchoolServed"][];
        };
        /** SubstituteNearingThreshold */
        SubstituteNearingThreshold: {
            /** Format: uuid */
            officerId: string;
            name: string;
            agencyName: string;
            /** @enum {unknown} */
            headline: "OVERDUE" | "NEEDS_ATTENTION" | "STARTS_UNTRAINED" | "DUE_SOON" | "IN_GRACE" | "COMPLIANT" | "EXEMPT" | "NOT_AN_SRO";
            headlineLabel: string;
            substituteCount: number;
        };
        /** SubstitutesNearingThreshold */
        SubstitutesNearingThreshold: {
            /** Format: date */
            asOf: string;
            threshold: number;
            /** @description All exempt substitutes, listed or not. */
            total: number;
            items: components["schemas"]["SubstituteNearingThreshold"][];
        };
        /** Summaries */
        Summaries: {
            /** @enum {unknown} */
            level: "state" | "agency" | "district" | "school";
            /** Format: date */
            asOf: string;
            groups: components["schemas"]["SummaryGroup"][];
        };
        /** SummaryGroup */
        SummaryGroup: {
            /** @description The agency, district or school; null statewide. */
            id: string | null;
            name: string;
            total: number;
            byHeadline: {
                OVERDUE: number;
                NEEDS_ATTENTION: number;
                STARTS_UNTRAINED: number;
                DUE_SOON: number;
                IN_GRACE: number;
                COMPLIANT: number;
                EXEMPT: number;
                NOT_AN_SRO: number;
            };
            byStatuteStatus: {
                [key: string]: number;
            };
        };
        /** TraceStep */
        TraceStep: {
            /** @description The engine's internal name of the step, for developers. */
            step: string;
            value: string | number | boolean | null;
            because: string;
            citations: string[];
        };
        /** TrainingAnswer */
        TrainingAnswer: {
            /** @enum {string} */
            kind: "training";
            /** @description The version of § 626.8482 applied. */
            lawVersion: string;
            flags: components["schemas"]["Flag"][];
            /** @description Each step of the reasoning (left out with `trace=false`). */
            trace?: components["schemas"]["TraceStep"][];
            /** @enum {unknown} */
            statuteStatus: "NOT_APPLICABLE" | "PRE_MANDATE" | "DUE_TODAY" | "COMPLIANT" | "COMPLIANT_LEGACY_WINDOW" | "IN_GRACE" | "SUBSTITUTE_EXEMPT" | "NON_COMPLIANT";
            /** @enum {unknown} */
            policyStatus: "COMPLIANT" | "NON_COMPLIANT" | "N/A";
            path: ("STANDARD" | "GRACE" | "LEGACY" | "INCUMBENT" | "SUBSTITUTE") | null;
            assumedDutiesOn: string | null;
            deadline: string | null;
            deadlineEffective: string | null;
            refresherDue: string | null;
            /** @description Clauses of subd. 2(a) not yet required of the officer. */
            notRequiredDuties: number[];
            substituteContactDays: {
                schoolYear: string;
                count: number;
            } | null;
        };
        /** TrainingRequest */
        TrainingRequest: {
            /** @enum {string} */
            kind: "training";
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD, no time zone.
             */
            asOf: string;
            /** @description The adopted policies (law.md A24). Absent: none. */
            policies?: {
                agency?: "POST" | null;
                district?: ("MSBA" | "EDINA") | null;
                agencyAdoptedOn?: string | null;
            };
            /** @description Readings of the law's ambiguities (law.md §12); each field has its default. */
            options?: {
                /** @description A7: roll the six-month deadline under § 645.15 (default true). */
                roll645_15?: boolean;
                /** @description A1: first day of the school year, MM-DD (default 07-01). */
                schoolYearStartMonthDay?: string;
                /** @description A5: six months from 2025-09-01 for a documented employer-unable incumbent (default false). */
                incumbentGrace?: boolean;
                /**
                 * @description A2: count contact days per officer or per district (default OFFICER).
                 * @enum {unknown}
                 */
                substituteCountScope?: "OFFICER" | "DISTRICT";
                /**
                 * @description A15: one clock per officer or per assignment (default OFFICER).
                 * @enum {unknown}
                 */
                clockScope?: "OFFICER" | "ASSIGNMENT";
            };
            officer: {
                assignments: {
                    district?: string | null;
                    /** @enum {unknown} */
                    role: "REGULAR" | "SUBSTITUTE";
                    /**
                     * Format: date
                     * @description First day served (inclusive).
                     */
                    start: string;
                    end?: string | null;
                    plannedContactDays?: number | null;
                    /** @description False when the work is not SRO work under subd. 1(c) (outside the instructional day, or no contract). Default true. */
                    inScope?: boolean;
                }[];
                courses?: {
                    /** @enum {unknown} */
                    type: "POST_SRO_BASIC" | "POST_SRO_SUPPLEMENTAL" | "POST_SRO_REFRESHER" | "SSC_BASIC" | "NASRO_BASIC" | "OTHER";
                    /**
                     * Format: date
                     * @description A calendar date, YYYY-MM-DD, no time zone.
                     */
                    completedOn: string;
                    /** @description On the POST Board's list of approved SRO courses (default false). */
                    postApproved?: boolean;
                }[];
                /** @description One decision, several, or null (A16). */
                employerUnable?: null | {
                    decidedOn?: string | null;
                    reason?: string | null;
                } | {
                    decidedOn?: string | null;
                    reason?: string | null;
                }[];
                policyReviewedOn?: string | null;
                certificateOnFile?: string | null;
                contactDays?: {
                    /**
                     * Format: date
                     * @description A calendar date, YYYY-MM-DD, no time zone.
                     */
                    date: string;
                    district?: string | null;
                    school?: string | null;
                    /** @description Students were present for instruction (A2). */
                    studentsPresent: boolean;
                }[];
            };
        };
        /** UpcomingDeadline */
        UpcomingDeadline: {
            /** Format: uuid */
            officerId: string;
            name: string;
            /** Format: uuid */
            agencyId: string;
            agencyName: string;
            /** Format: date */
            dueOn: string;
            /** @enum {unknown} */
            what: "TRAINING" | "REFRESHER";
            path: string | null;
            /** @description Where the officer stands, in one word; `headlineLabel` says it in words. */
            headline: components["schemas"]["Headline"];
            headlineLabel: string;
        };
        /** UpcomingDeadlines */
        UpcomingDeadlines: {
            /** Format: date */
            asOf: string;
            /** Format: date */
            until: string;
            items: components["schemas"]["UpcomingDeadline"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        signedIn: boolean;
                        secondFactorPending: boolean;
                        csrfToken: string | null;
                        user: {
                            id: string;
                            name: string;
                            isAdmin: boolean;
                            officerId: string | null;
                            memberships: {
                                organizationId: string;
                                organizationKind: string;
                                role: string;
                                schoolId: string | null;
                                /** @description The role in words, e.g. "Training coordinator". */
                                roleTitle: string;
                            }[];
                            /** @description What the signed-in person may do, as the policies decide: a client shows what this says and names no role. */
                            may: {
                                /** @description Import a file of officers' records. */
                                importRecords: boolean;
                                /** @description Add an officer to at least one agency (those of addOfficersTo). */
                                addOfficers: boolean;
                                /** @description The agencies where the person may add an officer. */
                                addOfficersTo: {
                                    id: string;
                                    name: string;
                                }[];
                                /** @description Add an agency, district or charter school. */
                                addOrganizations: boolean;
                                /** @description Manage accounts and roles. */
                                administerUsers: boolean;
                                /** @description Read the audit trail (an auditor: of the organizations assigned to them). */
                                readAuditTrail: boolean;
                                /** @description Verify the audit trail's hash chain. */
                                verifyAuditTrail: boolean;
                                /** @description Change the readings of the law in force. */
                                changeReadings: boolean;
                            };
                            /** @description What the person must do before anything else (decision 0019): choose their own password in place of a temporary one; set up a second factor their role requires. Until then only their own account answers. */
                            mustFirst: {
                                changePassword: boolean;
                                setUpSecondFactor: boolean;
                            };
                            view: {
                                /** @description The district whose view of officers an overview reads, or null for the employing agency's. */
                                districtId: string | null;
                                /** @description The district whose school-safety work relies on SROs' duties (4) and (5), or null. */
                                relievedDutiesDistrictId: string | null;
                            };
                        } | null;
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secondFactorRequired: boolean;
                        csrfToken: string;
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completeSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        uri: string;
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleSignOn"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A redirect (Location header). */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many sign-in attempts from this address: wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server (500). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    finishSingleSignOn: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                iss?: string;
                session_state?: string;
                error?: string;
                error_description?: string;
                error_uri?: string;
                scope?: string;
                authuser?: string;
                hd?: string;
                prompt?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A redirect (Location header). */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many sign-in attempts from this address: wait a minute. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server (500). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Account"][];
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    displayName: string;
                    password?: string | null;
                    /** @description Make a temporary password, returned once; the person must change it at first sign-in. */
                    temporaryPassword?: boolean;
                    isAdmin?: boolean;
                    officerId?: string | null;
                    memberships?: {
                        /** Format: uuid */
                        organizationId: string;
                        /**
                         * @description A role within an organization.
                         * @enum {unknown}
                         */
                        role: "CHIEF" | "TRAINING_COORDINATOR" | "SUPERVISOR" | "SRO" | "SUPERINTENDENT" | "SAFETY_COORDINATOR" | "PRINCIPAL" | "AUDITOR";
                        schoolId?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Shown once: never stored in clear nor recorded. */
                        temporaryPassword?: string;
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setAccountDisabled: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    disabled: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resetAccountPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown once: never stored in clear nor recorded. */
                        temporaryPassword: string;
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grantRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organizationId: string;
                    /**
                     * @description A role within an organization.
                     * @enum {unknown}
                     */
                    role: "CHIEF" | "TRAINING_COORDINATOR" | "SUPERVISOR" | "SRO" | "SUPERINTENDENT" | "SAFETY_COORDINATOR" | "PRINCIPAL" | "AUDITOR";
                    schoolId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setSupervision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    officerId: string;
                    supervises: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RoleChoice"][];
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSecondFactorRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accounts holding one of these roles (or administrators) must set up a second factor before using the application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorRequirement"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setSecondFactorRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Accounts holding one of these roles (or administrators) must set up a second factor before using the application. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecondFactorRequirement"];
            };
        };
        responses: {
            /** @description Accounts holding one of these roles (or administrators) must set up a second factor before using the application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorRequirement"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description A date (YYYY-MM-DD, America/Chicago) or a date and time with its offset; included. */
                from?: string;
                /** @description A date (YYYY-MM-DD, America/Chicago) or a date and time with its offset; included. */
                to?: string;
                /** @description Event types of the catalogue (GET /api/v1/audit/vocabulary), comma-separated. */
                type?: string;
                /** @description Who acted: their account id, or a part of their name (any case). */
                actor?: string;
                /** @description The kind of thing the events concern, by its plural name (officers, courses, users, …). */
                entity?: string;
                /** @description The id of the record the events concern. */
                entityId?: string;
                /** @description Events of this organization only (an auditor: one assigned to them; without it, all of theirs). */
                organizationId?: string;
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
                /** @description oldest (the default) pages with afterSeq; newest with beforeSeq. */
                order?: "oldest" | "newest";
                afterSeq?: number;
                beforeSeq?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description The event's number in the chain. */
                            seq: number;
                            /** Format: date-time */
                            at: string;
                            /** @description The catalogue's event type (src/audit/events.ts); its words: GET /api/v1/audit/vocabulary. */
                            type: string;
                            actor: {
                                id: string;
                                name: string;
                            };
                            organizationId: string | null;
                            entity: string | null;
                            entityId: string | null;
                            /** @description For a change, the values before it (JSON as stored); null for none. */
                            before: unknown;
                            /** @description For a change, the values after it; otherwise what the event produced (JSON as stored); null for none. */
                            after: unknown;
                            purpose: string | null;
                            legalBasis: string | null;
                            ip: string | null;
                            userAgent: string | null;
                            /** @description The previous event's hash (64 zeros for the first). */
                            prevHash: string;
                            /** @description SHA-256 of the event's canonical content and prevHash (src/audit/hash.ts). */
                            hash: string;
                        }[];
                        /** @description Events matching the filters. */
                        total: number;
                        next: number | null;
                        /** @description The organizations the page's events concern, by name. */
                        organizations: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                /** @description A date (YYYY-MM-DD, America/Chicago) or a date and time with its offset; included. */
                from?: string;
                /** @description A date (YYYY-MM-DD, America/Chicago) or a date and time with its offset; included. */
                to?: string;
                /** @description Event types of the catalogue (GET /api/v1/audit/vocabulary), comma-separated. */
                type?: string;
                /** @description Who acted: their account id, or a part of their name (any case). */
                actor?: string;
                /** @description The kind of thing the events concern, by its plural name (officers, courses, users, …). */
                entity?: string;
                /** @description The id of the record the events concern. */
                entityId?: string;
                /** @description Events of this organization only (an auditor: one assigned to them; without it, all of theirs). */
                organizationId?: string;
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
                format?: "csv" | "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events matching the filters, in chain order, up to the export's own event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/json": {
                        /** @description The event's number in the chain. */
                        seq: number;
                        /** Format: date-time */
                        at: string;
                        /** @description The catalogue's event type (src/audit/events.ts); its words: GET /api/v1/audit/vocabulary. */
                        type: string;
                        actor: {
                            id: string;
                            name: string;
                        };
                        organizationId: string | null;
                        entity: string | null;
                        entityId: string | null;
                        /** @description For a change, the values before it (JSON as stored); null for none. */
                        before: unknown;
                        /** @description For a change, the values after it; otherwise what the event produced (JSON as stored); null for none. */
                        after: unknown;
                        purpose: string | null;
                        legalBasis: string | null;
                        ip: string | null;
                        userAgent: string | null;
                        /** @description The previous event's hash (64 zeros for the first). */
                        prevHash: string;
                        /** @description SHA-256 of the event's canonical content and prevHash (src/audit/hash.ts). */
                        hash: string;
                    }[];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        intact: boolean;
                        /** @description Events in the whole chain. */
                        events: number;
                        head: {
                            seq: number;
                            hash: string;
                        } | null;
                        problemCount: number;
                        /** @description The first 50 breaks, in chain order. */
                        problems: {
                            /** @enum {unknown} */
                            kind: "EDITED" | "MISSING" | "REORDERED" | "BROKEN_LINK";
                            seq: number | null;
                            message: string;
                        }[];
                        /**
                         * @description all: every event is named; assigned: only the events of the caller's organizations (decision 0018).
                         * @enum {unknown}
                         */
                        shows: "all" | "assigned";
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditVocabulary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        eventTypes: {
                            type: string;
                            /** @description What the actor did, to follow their name. */
                            sentence: string;
                            group: string;
                        }[];
                        entities: {
                            entity: string;
                            words: string;
                        }[];
                        /** @description The organizations the caller may filter by. */
                        organizations: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        /**
                         * @description all: the caller reads every event; assigned: the events of the organizations assigned to them.
                         * @enum {unknown}
                         */
                        shows: "all" | "assigned";
                    };
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /** @description A law enforcement agency, a school district or a charter school. */
                kind?: "AGENCY" | "DISTRICT" | "CHARTER_SCHOOL";
                /** @description Rows per page (default 100). */
                limit?: number;
                /** @description Rows to skip (default 0). */
                offset?: number;
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPage"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewOrganization"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: {
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationChanges"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSchools: {
        parameters: {
            query?: {
                organizationId?: string;
                /** @description Rows per page (default 100). */
                limit?: number;
                /** @description Rows to skip (default 0). */
                offset?: number;
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolPage"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSchool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewSchool"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["School"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSchool: {
        parameters: {
            query?: {
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["School"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolChanges"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["School"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOfficers: {
        parameters: {
            query?: {
                agencyId?: string;
                postLicense?: string;
                /** @description Officers with an assignment (past or present) at this district's (or charter school's) schools. */
                districtId?: string;
                /** @description Rows per page (default 100). */
                limit?: number;
                /** @description Rows to skip (default 0). */
                offset?: number;
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficerPage"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOfficer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewOfficer"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Officer"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOfficer: {
        parameters: {
            query?: {
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Officer"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateOfficer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficerChanges"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Officer"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAssignments: {
        parameters: {
            query?: {
                officerId?: string;
                schoolId?: string;
                role?: "REGULAR" | "SUBSTITUTE";
                /** @description Assignments of this agency's officers. */
                agencyId?: string;
                /** @description Assignments at this district's (or charter school's) schools. */
                districtId?: string;
                /** @description Rows per page (default 100). */
                limit?: number;
                /** @description Rows to skip (default 0). */
                offset?: number;
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPage"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAssignment"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAssignment: {
        parameters: {
            query?: {
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed: no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentChanges"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCourses: {
        parameters: {
            query?: {
                officerId?: string;
                /** @description As in the engine contract: POST SRO basic, supplemental or refresher course, the SSC or NASRO basic course, or other. */
                type?: "POST_SRO_BASIC" | "POST_SRO_SUPPLEMENTAL" | "POST_SRO_REFRESHER" | "SSC_BASIC" | "NASRO_BASIC" | "OTHER";
                /** @description Rows per page (default 100). */
                limit?: number;
                /** @description Rows to skip (default 0). */
                offset?: number;
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
                /** @description Removed records are left out unless asked for: `include` lists them too, `only` lists only them. */
                removed?: "include" | "only";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoursePage"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCourse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCourse"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Course"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCourse: {
        parameters: {
            query?: {
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Course"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeCourse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed: no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCourse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CourseChanges"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Course"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restoreCourse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Course"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEmployerUnableDecisions: {
        parameters: {
            query?: {
                officerId?: string;
                /** @description Rows per page (default 100). */
                limit?: number;
                /** @description Rows to skip (default 0). */
                offset?: number;
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerUnableDecisionPage"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEmployerUnableDecision: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEmployerUnableDecision"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerUnableDecision"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEmployerUnableDecision: {
        parameters: {
            query?: {
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerUnableDecision"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeEmployerUnableDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed: no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateEmployerUnableDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployerUnableDecisionChanges"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerUnableDecision"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPolicyReviews: {
        parameters: {
            query?: {
                officerId?: string;
                organizationId?: string;
                /** @description Rows per page (default 100). */
                limit?: number;
                /** @description Rows to skip (default 0). */
                offset?: number;
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
                /** @description Removed records are left out unless asked for: `include` lists them too, `only` lists only them. */
                removed?: "include" | "only";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReviewPage"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPolicyReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPolicyReview"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReview"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPolicyReview: {
        parameters: {
            query?: {
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReview"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removePolicyReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed: no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePolicyReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyReviewChanges"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReview"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restorePolicyReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReview"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listContactDays: {
        parameters: {
            query?: {
                officerId?: string;
                schoolId?: string;
                /** @description Rows per page (default 100). */
                limit?: number;
                /** @description Rows to skip (default 0). */
                offset?: number;
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDayPage"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createContactDay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewContactDay"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDay"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContactDay: {
        parameters: {
            query?: {
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDay"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeContactDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed: no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateContactDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactDayChanges"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDay"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCertificates: {
        parameters: {
            query?: {
                officerId?: string;
                courseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateList"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The file is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not a kind of file the route accepts (judged by its content), or not multipart/form-data. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadCertificate: {
        parameters: {
            query?: {
                /** @description The purpose of reading private data (required for private records; logged in the audit trail). Also the X-Purpose header. */
                purpose?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate file as uploaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The stored file no longer matches its SHA-256, so it is not sent (CERTIFICATE_ALTERED, recorded in the audit trail). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOfficerStatus: {
        parameters: {
            query?: {
                asOf?: string;
                districtId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficerStatus"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOfficerStatuses: {
        parameters: {
            query?: {
                /** @description Where the officer stands, in one word; `headlineLabel` says it in words. */
                headline?: "OVERDUE" | "NEEDS_ATTENTION" | "STARTS_UNTRAINED" | "DUE_SOON" | "IN_GRACE" | "COMPLIANT" | "EXEMPT" | "NOT_AN_SRO";
                statuteStatus?: string;
                path?: string;
                agencyId?: string;
                districtId?: string;
                schoolId?: string;
                q?: string;
                sort?: "action" | "name" | "dueOn";
                /** @description Ascending (default) or descending. */
                order?: "asc" | "desc";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusList"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSummaries: {
        parameters: {
            query?: {
                level?: "state" | "agency" | "district" | "school";
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summaries"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUpcomingDeadlines: {
        parameters: {
            query?: {
                /** @description Days ahead (default 90). */
                within?: number;
                agencyId?: string;
                districtId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpcomingDeadlines"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSubstitutesNearingThreshold: {
        parameters: {
            query?: {
                /** @description Read the district's view of each officer (its policy applied); by default the agency's. */
                districtId?: string;
                /** @description How many to list (default 10). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubstitutesNearingThreshold"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRelievedDuties: {
        parameters: {
            query?: {
                /** @description Read the district's view of each officer (its policy applied); by default the agency's. */
                districtId?: string;
                /** @description How many to list (default 10). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelievedDuties"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportOfficerStatuses: {
        parameters: {
            query: {
                /** @description The file's format. */
                format: "csv" | "xlsx";
                headline?: "OVERDUE" | "NEEDS_ATTENTION" | "STARTS_UNTRAINED" | "DUE_SOON" | "IN_GRACE" | "COMPLIANT" | "EXEMPT" | "NOT_AN_SRO";
                statuteStatus?: string;
                path?: string;
                agencyId?: string;
                districtId?: string;
                schoolId?: string;
                q?: string;
                sort?: "action" | "name" | "dueOn";
                /** @description Ascending (default) or descending. */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The officers as CSV (a header row, then one row each) or as an XLSX workbook of one sheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
        };
    };
    evaluate: {
        parameters: {
            query?: {
                trace?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["TrainingRequest"] | components["schemas"]["IncidentRequest"] | components["schemas"]["ContractRequest"]) | (components["schemas"]["TrainingRequest"] | components["schemas"]["IncidentRequest"] | components["schemas"]["ContractRequest"])[];
            };
        };
        responses: {
            /** @description One answer, or one per request of an array, in order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngineAnswer"] | components["schemas"]["EngineAnswer"][];
                };
            };
            /** @description An invalid request: the engine's error (`path` points into the request); for an array, every answer with the error in the invalid one's place. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngineError"] | (components["schemas"]["TrainingAnswer"] | components["schemas"]["IncidentAnswer"] | components["schemas"]["ContractAnswer"] | components["schemas"]["EngineError"])[];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLaw: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Law"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateReadings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Readings of the law's ambiguities (law.md §12); each field has its default. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Readings"];
            };
        };
        responses: {
            /** @description Readings of the law's ambiguities (law.md §12); each field has its default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readings"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getImportColumns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportColumns"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The file is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not a kind of file the route accepts (judged by its content), or not multipart/form-data. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    commitImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description The request is invalid: `path` and `in` name the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in (or the session has ended). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in, but not allowed to do this (the refusal is recorded in the audit trail). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or none the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In conflict with what is stored (a duplicate, a record still referred to): `path` names the field. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The file is larger than the route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not a kind of file the route accepts (judged by its content), or not multipart/form-data. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
