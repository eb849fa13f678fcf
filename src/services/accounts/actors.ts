import { eq, sql } from "drizzle-orm";
import type { Actor, Membership } from "../../policies/actor.ts";
import { queryRows, type Db } from "../../store/database.ts";
import { users } from "../../store/schema.ts";

/** A signed-in person's actor: their roles in organizations, their own officer record, whom they supervise. */
export async function actorOf(db: Db, userId: string): Promise<Actor | null> {
  const [user] = await db.select({ id: users.id, name: users.displayName, isAdmin: users.isAdmin, officerId: users.officerId, disabled: users.disabled }).from(users).where(eq(users.id, userId));
  if (user === undefined || user.disabled) return null;
  const memberships = await queryRows<Membership>(
    db,
    sql`select m.organization_id as "organizationId", o.kind as "organizationKind", m.role, m.school_id as "schoolId"
        from memberships m join organizations o on o.id = m.organization_id where m.user_id = ${userId}`,
  );
  // Only officers of an agency where the person is a supervisor: a link left over from a transfer
  // (or made by mistake) gives no reach into another agency.
  const supervised = await queryRows<{ officerId: string }>(
    db,
    sql`select s.officer_id as "officerId" from supervisions s join officers o on o.id = s.officer_id
        where s.supervisor_id = ${userId}
          and exists (select 1 from memberships m where m.user_id = s.supervisor_id and m.organization_id = o.agency_id and m.role = 'SUPERVISOR')`,
  );
  return { kind: "user", id: user.id, name: user.name, isAdmin: user.isAdmin, memberships, officerId: user.officerId, supervisedOfficerIds: supervised.map((s) => s.officerId) };
}
