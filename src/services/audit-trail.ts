import { appendAudit } from "../audit/append.ts";
import { exportAudit, filterCondition, type AuditExportFormat, type AuditFilter } from "../audit/export.ts";
import { readEvents } from "../audit/read.ts";
import { verifyAudit, type AuditVerification } from "../audit/verify.ts";
import { systemPolicy } from "../policies/system.ts";
import type { ServiceContext } from "./context.ts";
import { invalidField, refuseAccess } from "./errors.ts";
import { requirePurpose } from "./records/define.ts";

/**
 * Reading the audit trail through the front door: the administrator reads all of it, an auditor the
 * events of an organisation assigned to them. The trail is private (security information, Minn. Stat.
 * § 13.37 subd. 2; decision 0007), so a read needs a purpose and is itself recorded — as
 * PRIVATE_DATA_READ for a page, as AUDIT_EXPORTED (with the purpose) for an export. Issue 10, item 4.
 */
export interface AuditQuery {
  from?: string;
  to?: string;
  type?: string;
  entity?: string;
  entityId?: string;
  organizationId?: string;
}

const ENTITY = "audit_events";

async function allowedFilter(ctx: ServiceContext, zone: string, q: AuditQuery): Promise<{ filter: AuditFilter; legalBasis: string }> {
  const may = systemPolicy.readAudit(ctx.actor);
  if (!may.allowed) return refuseAccess(ctx, may.reason, { entity: ENTITY });
  if (may.organizations !== "all") {
    if (q.organizationId === undefined) throw invalidField("/organizationId", "an auditor reads the events of one of their organisations: give organizationId");
    if (!may.organizations.includes(q.organizationId)) await refuseAccess(ctx, "that organisation is not assigned to you", { entity: ENTITY, organizationId: q.organizationId });
  }
  const filter: AuditFilter = {
    zone, from: q.from, to: q.to, entity: q.entity, entityId: q.entityId, organizationId: q.organizationId,
    types: q.type?.split(",").map((t) => t.trim()).filter((t) => t !== ""),
  };
  try {
    filterCondition(filter);
  } catch (e) {
    throw invalidField("", (e as Error).message);
  }
  return { filter, legalBasis: may.reason };
}

/** A page of events, oldest first, after `afterSeq`; the read is recorded with its purpose. */
export async function readAuditTrail(ctx: ServiceContext, zone: string, q: AuditQuery & { afterSeq?: number; limit?: number }): Promise<{ items: unknown[] }> {
  const { filter, legalBasis } = await allowedFilter(ctx, zone, q);
  const purpose = requirePurpose(ctx, "audit events");
  const limit = q.limit ?? 200;
  let items: unknown[] = [];
  for await (const page of readEvents(ctx.db, { where: filterCondition(filter), afterSeq: q.afterSeq ?? 0, pageSize: limit })) {
    items = page.slice(0, limit);
    break;
  }
  await ctx.db.transaction((tx) =>
    appendAudit(tx, {
      type: "PRIVATE_DATA_READ", actor: ctx.actor, entity: ENTITY, organizationId: q.organizationId ?? null, purpose, legalBasis,
      after: { records: items.length }, ip: ctx.origin?.ip ?? null, userAgent: ctx.origin?.userAgent ?? null,
    }),
  );
  return { items };
}

/** The trail (or the filtered part of it) as CSV or JSON; recorded first as AUDIT_EXPORTED with the purpose. */
export async function exportAuditTrail(ctx: ServiceContext, zone: string, q: AuditQuery, format: AuditExportFormat): Promise<string> {
  const { filter } = await allowedFilter(ctx, zone, q);
  const purpose = requirePurpose(ctx, "audit events");
  const chunks: string[] = [];
  await exportAudit(ctx.db, {
    actor: ctx.actor, format, filter, purpose, write: (c) => { chunks.push(c); },
    ...(typeof ctx.origin?.ip === "string" ? { ip: ctx.origin.ip } : {}), ...(typeof ctx.origin?.userAgent === "string" ? { userAgent: ctx.origin.userAgent } : {}),
  });
  return chunks.join("");
}

/** The hash chain's verification: the administrator's (an auditor can export the trail and check the hashes). */
export async function verifyAuditTrail(ctx: ServiceContext): Promise<AuditVerification> {
  if (!ctx.actor.isAdmin) await refuseAccess(ctx, "only the administrator verifies the whole trail (an auditor can export it and check the hashes)", { entity: ENTITY });
  return verifyAudit(ctx.db);
}
