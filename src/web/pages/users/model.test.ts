import { describe, expect, it } from "vitest";
import { accountState, rolesFor, type Account, type RoleChoice } from "./model.ts";

/** The page's own small decisions: which roles fit an organization, and an account's state in words. */
// The page never reads a role's code, only its words and where it is held: the codes here are the titles.
const choice = (title: string, heldIn: RoleChoice["heldIn"], atSchool: boolean): RoleChoice => ({ role: title as RoleChoice["role"], title, heldIn, atSchool });
const ROLES: RoleChoice[] = [choice("Chief law enforcement officer", "AGENCY", false), choice("Principal", "SCHOOLS", true), choice("Auditor", "ANY", false)];

const account = (over: Partial<Account>): Account => ({
  id: "a", email: "a@example.org", displayName: "A", administrator: false, officerId: null, disabled: false, passwordTemporary: false,
  hasPassword: true, singleSignOn: false, totpEnabled: false, lockedUntil: null, memberships: [], ...over,
});

describe("people and access: the page's words", () => {
  it("offers an agency's roles at an agency and a district's at a district or charter school, the auditor at both", () => {
    expect(rolesFor(ROLES, { id: "p", kind: "AGENCY", name: "Police" }).map((r) => r.title)).toEqual(["Chief law enforcement officer", "Auditor"]);
    expect(rolesFor(ROLES, { id: "d", kind: "DISTRICT", name: "Schools" }).map((r) => r.title)).toEqual(["Principal", "Auditor"]);
    expect(rolesFor(ROLES, { id: "c", kind: "CHARTER_SCHOOL", name: "Charter" }).map((r) => r.title)).toEqual(["Principal", "Auditor"]);
    expect(rolesFor(ROLES, undefined)).toEqual([]);
  });

  it("says an account's state in plain words, disabled first", () => {
    expect(accountState(account({}))).toBe("Active");
    expect(accountState(account({ passwordTemporary: true }))).toMatch(/temporary password/);
    expect(accountState(account({ disabled: true, passwordTemporary: true }))).toBe("Disabled: cannot sign in");
    expect(accountState(account({ hasPassword: false, singleSignOn: true }))).toMatch(/single sign-on/);
  });
});
