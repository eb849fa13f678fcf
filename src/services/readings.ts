import { eq } from "drizzle-orm";
import { describeLawVersions, evaluate, plainReading, READING_OPTIONS } from "../rules/index.ts";
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

/** Each configurable reading as a person reads it: what the choice decides, in plain words, without the contract's codes. */
const CHOICE_WORDS: Record<(typeof READING_OPTIONS)[number]["option"], string> = {
  roll645_15: "Move the six-month deadline to the next working day when it falls on a Saturday, Sunday or legal holiday.",
  schoolYearStartMonthDay: "The first day (month and day) of the school year in which a substitute's 60 student contact days are counted.",
  incumbentGrace: "Give an SRO who served before September 1, 2025 six months from that date, when the employer documented that it could not provide the course.",
  substituteCountScope: "Count a substitute's contact days across all the officer's districts, or separately in each district.",
  clockScope: "One training clock per officer from the first time the duties were taken up, or a new clock with each assignment.",
};

/** An internal reading number in parentheses, "(A25)": the engine's reference, not the law's. */
const READING_REF = /\s*\((?:A\d+(?:, )?)+\)/g;

/**
 * GET /api/v1/law as a person reads it (issue 11 item 4): the versions with what is not verified
 * about them, and each configurable reading with its plain title, the law it interprets and what the
 * choice decides — never the engine's internal numbers. `option` and `reading` stay as the keys a
 * client sends back and a developer looks up.
 */
/**
 * GET /api/v1/law: the law versions, the readings with their plain words, and the readings stored
 * for this installation. Public government data for any signed-in person (the engine's own rule).
 */
export async function lawInForce(ctx: ServiceContext) {
  const may = systemPolicy.evaluate(ctx.actor);
  if (!may.allowed) await refuseAccess(ctx, may.reason, { entity: "settings", entityId: "readings" });
  return { ...lawInWords(ctx.today()), readingsInForce: await readingsInForce(ctx.db) };
}

export function lawInWords(today: string) {
  const { applied, versions } = describeLawVersions(today);
  return {
    applied,
    versions: versions.map((v) => ({ ...v, notVerified: v.notVerified.map((note) => note.replace(READING_REF, "")) })),
    readingOptions: READING_OPTIONS.map((o) => {
      const plain = plainReading(o.reading);
      return { ...o, title: plain?.title ?? o.explanation, interprets: plain?.interprets ?? "Minn. Stat. § 626.8482", explanation: CHOICE_WORDS[o.option] };
    }),
  };
}
