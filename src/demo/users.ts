import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Role } from "../policies/actor.ts";
import { createUser, setSupervision } from "../services/accounts/users.ts";
import type { ServiceContext } from "../services/context.ts";
import { queryRows } from "../store/database.ts";

/**
 * A demo account for every role (issue 4: "the demo data includes a user per role, passwords shown
 * once"), in the demo's organizations: the system administrator, the police department's chief,
 * training coordinator, a supervisor (of the SROs at Prairie River schools) and an SRO (linked to an
 * officer record), the district's superintendent, safety coordinator and a principal, and an auditor
 * of both. Passwords are random, printed once by `npm start` / `sroc demo`, never stored in clear.
 */
export interface DemoAccount {
  email: string;
  password: string;
  role: string;
  where: string;
}

const AGENCY = "Prairie River Police Department";
const DISTRICT = "Prairie River Area Schools";
const SCHOOL = "Prairie River High School";

function password(): string {
  return randomBytes(12).toString("base64url");
}

/** All the demo accounts, or none: one transaction. */
export async function loadDemoUsers(ctx: ServiceContext): Promise<DemoAccount[]> {
  return ctx.db.transaction((tx) => createDemoUsers({ ...ctx, db: tx }));
}

async function createDemoUsers(ctx: ServiceContext): Promise<DemoAccount[]> {
  const orgs = new Map((await queryRows<{ id: string; name: string }>(ctx.db, sql`select id, name from organizations`)).map((o) => [o.name, o.id]));
  const agency = orgs.get(AGENCY);
  const district = orgs.get(DISTRICT);
  const [school] = await queryRows<{ id: string }>(ctx.db, sql`select s.id from schools s join organizations o on o.id = s.organization_id where s.name = ${SCHOOL} and o.name = ${DISTRICT}`);
  if (agency === undefined || district === undefined || school === undefined) throw new Error("the demo organizations are not loaded");
  const served = await queryRows<{ id: string; name: string }>(
    ctx.db,
    sql`select distinct o.id, o.last_name || ', ' || o.first_name as name from officers o join assignments x on x.officer_id = o.id join schools s on s.id = x.school_id
        where o.agency_id = ${agency} and s.organization_id = ${district} and x.role = 'REGULAR' order by name`,
  );
  const sro = served[0];
  if (sro === undefined) throw new Error("the demo has no SRO at Prairie River schools");

  const people: { email: string; name: string; role: string; where: string; isAdmin?: boolean; officerId?: string; membership?: { organizationId: string; role: Role; schoolId?: string }[] }[] = [
    { email: "admin@demo.sroc.example", name: "Demo Administrator", role: "System administrator", where: "the whole installation", isAdmin: true },
    { email: "chief@prpd.demo.sroc.example", name: "Dana Chief", role: "Chief law enforcement officer", where: AGENCY, membership: [{ organizationId: agency, role: "CHIEF" }] },
    { email: "coordinator@prpd.demo.sroc.example", name: "Casey Coordinator", role: "Training coordinator", where: AGENCY, membership: [{ organizationId: agency, role: "TRAINING_COORDINATOR" }] },
    { email: "supervisor@prpd.demo.sroc.example", name: "Sam Supervisor", role: "Supervisor", where: `${AGENCY} (the SROs at ${DISTRICT})`, membership: [{ organizationId: agency, role: "SUPERVISOR" }] },
    { email: "sro@prpd.demo.sroc.example", name: sro.name.split(", ").reverse().join(" "), role: "School resource officer", where: `${AGENCY} (own record: ${sro.name})`, officerId: sro.id, membership: [{ organizationId: agency, role: "SRO" }] },
    { email: "superintendent@pras.demo.sroc.example", name: "Sydney Superintendent", role: "Superintendent", where: DISTRICT, membership: [{ organizationId: district, role: "SUPERINTENDENT" }] },
    { email: "safety@pras.demo.sroc.example", name: "Sasha Safety", role: "Emergency management and safety coordinator", where: DISTRICT, membership: [{ organizationId: district, role: "SAFETY_COORDINATOR" }] },
    { email: "principal@pras.demo.sroc.example", name: "Pat Principal", role: "Principal", where: `${SCHOOL}, ${DISTRICT}`, membership: [{ organizationId: district, role: "PRINCIPAL", schoolId: school.id }] },
    { email: "auditor@demo.sroc.example", name: "Avery Auditor", role: "Auditor (read only)", where: `${AGENCY} and ${DISTRICT}`, membership: [{ organizationId: agency, role: "AUDITOR" }, { organizationId: district, role: "AUDITOR" }] },
  ];

  const accounts: DemoAccount[] = [];
  for (const p of people) {
    const pw = password();
    const { id } = await createUser(ctx, { email: p.email, displayName: p.name, password: pw, isAdmin: p.isAdmin ?? false, officerId: p.officerId ?? null, memberships: p.membership ?? [] });
    if (p.role === "Supervisor") for (const o of served) await setSupervision(ctx, id, o.id, true);
    accounts.push({ email: p.email, password: pw, role: p.role, where: p.where });
  }
  return accounts;
}

/** The accounts as a table for the terminal (shown once: the passwords are not kept). */
export function accountsTable(accounts: readonly DemoAccount[]): string {
  const w = Math.max(...accounts.map((a) => a.email.length));
  return [
    "Demo accounts (passwords shown only now — write down the ones you need):",
    ...accounts.map((a) => `  ${a.email.padEnd(w)}  ${a.password}  ${a.role} — ${a.where}`),
  ].join("\n");
}
