import { eq } from "drizzle-orm";
import { evaluate } from "../rules/index.ts";
import type { OptionsJson } from "../rules/request/schema.ts";
import type { Db } from "../store/database.ts";
import { settings } from "../store/schema.ts";
import type { ServiceContext } from "./context.ts";
import { invalidField, refuseAccess } from "./errors.ts";
import { systemPolicy } from "../policies/system.ts";
import { writeWithStatus } from "./records/define.ts";
import { refreshStatus } from "./status.ts";

/**
 * The readings of law.md §12 in force for this installation (the engine contract's `options`):
 * stored as a setting, the engine's defaults when none is stored.
 */
export async function readingsInForce(db: Db): Promise<OptionsJson> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "readings"));
  return (row?.value ?? {});
}

/**
 * Sets the readings in force (law.md §12) and recomputes every status with them in the same
 * transaction. The engine checks them: an invalid month-day is refused with its path.
 */
export async function updateReadings(ctx: ServiceContext, options: OptionsJson): Promise<OptionsJson> {
  const allowed = systemPolicy.setReadings(ctx.actor);
  if (!allowed.allowed) await refuseAccess(ctx, allowed.reason, { entity: "settings", entityId: "readings" });
  const probe = evaluate({ kind: "contract", contract: {}, options });
  if ("error" in probe) throw invalidField(probe.error.path.replace(/^\/options/, ""), probe.error.message.replace(/^\S+: /, ""));
  return writeWithStatus(ctx, async (tx) => {
    const [before] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, "readings"));
    await tx.insert(settings).values({ key: "readings", value: options }).onConflictDoUpdate({ target: settings.key, set: { value: options, updatedAt: new Date().toISOString() } });
    await refreshStatus(tx, "all", ctx.today());
    return { result: options, officers: [], audit: { type: "READINGS_CHANGED", entity: "settings", entityId: "readings", organizationId: null, before: before?.value ?? {}, after: options } };
  });
}
