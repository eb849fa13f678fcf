import { sql } from "drizzle-orm";
import type { Role } from "../../policies/actor.ts";
import { createUser } from "../../services/accounts/users.ts";
import { ClientError } from "../../services/errors.ts";
import { ROLES } from "../../store/schema.ts";
import { queryRows } from "../../store/database.ts";
import { UserError, type Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";

/**
 * `sroc user create --email E --role R --org ORG [--school S] [--name N] [--officer LICENSE] [--admin]`:
 * an account, its password read from standard input (never from the command line, where the shell's
 * history and the process list would keep it). `--admin` makes a system administrator — how the first
 * one is made. `--sso-only` makes an account that signs in only through single sign-on.
 */
export interface UserCreateOptions {
  email: string;
  name?: string;
  role?: string;
  org?: string;
  school?: string;
  officer?: string;
  admin: boolean;
  ssoOnly: boolean;
}

async function idOf(rows: Promise<{ id: string }[]>, what: string): Promise<string> {
  const found = await rows;
  if (found.length === 0) throw new UserError(`${what}: not found`);
  if (found.length > 1) throw new UserError(`${what}: more than one match; give the id`);
  return found[0]?.id ?? "";
}

export async function userCreateCommand(io: Io, env: NodeJS.ProcessEnv, options: UserCreateOptions): Promise<number> {
  if (options.role !== undefined && !(ROLES as readonly string[]).includes(options.role)) throw new UserError(`--role ${options.role}: must be one of ${ROLES.join(", ")}`);
  if ((options.role === undefined) !== (options.org === undefined)) throw new UserError("--role and --org go together");
  if (options.role === undefined && !options.admin) throw new UserError("give --role and --org, or --admin");
  let password: string | null = null;
  if (!options.ssoOnly) {
    password = (await io.readInput(undefined)).replace(/\r?\n$/, "");
    if (password === "") throw new UserError("no password on standard input (e.g. `sroc user create … < password.txt`), or give --sso-only");
  }
  return withRuntime(async (rt) => {
    const db = rt.database.db;
    const memberships: { organizationId: string; role: Role; schoolId?: string }[] = [];
    if (options.role !== undefined && options.org !== undefined) {
      const org = options.org;
      const organizationId = await idOf(queryRows<{ id: string }>(db, sql`select id from organizations where id::text = ${org} or lower(name) = lower(${org})`), `--org ${org}`);
      const school = options.school;
      const schoolId = school === undefined ? undefined : await idOf(queryRows<{ id: string }>(db, sql`select id from schools where organization_id = ${organizationId} and (id::text = ${school} or lower(name) = lower(${school}))`), `--school ${school}`);
      memberships.push({ organizationId, role: options.role as Role, ...(schoolId === undefined ? {} : { schoolId }) });
    }
    const license = options.officer;
    const officerId = license === undefined ? null : await idOf(queryRows<{ id: string }>(db, sql`select id from officers where post_license = ${license}`), `--officer ${license}`);
    try {
      const { id } = await createUser(rt.context, { email: options.email, displayName: options.name ?? options.email, password, isAdmin: options.admin, officerId, memberships });
      io.out(`created ${options.email} (${id})${options.admin ? ", system administrator" : ""}${options.role === undefined ? "" : `, ${options.role} in ${options.org ?? ""}`}\n`);
      return 0;
    } catch (e) {
      if (e instanceof ClientError) throw new UserError(e.message);
      throw e;
    }
  }, env);
}
