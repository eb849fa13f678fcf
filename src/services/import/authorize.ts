import { importPolicy } from "../../policies/imports.ts";
import type { ServiceContext } from "../context.ts";
import { ClientError, refuseAccess } from "../errors.ts";

/**
 * Who may import, asked of policies/imports.ts by every door alike — the upload, the command line,
 * the benchmark — before a file is read and again before it is written. A refusal goes through the
 * one helper that audits it (refuseAccess: ACCESS_DENIED) and is answered 403 over HTTP, exit 2 on
 * the command line, in the same words. Returns the agencies whose officers may be written
 * (undefined: every agency).
 */
export async function authorizeImport(ctx: ServiceContext, options: { createMissing?: boolean } = {}): Promise<ReadonlySet<string> | undefined> {
  if (ctx.actor.kind === "public") throw new ClientError("UNAUTHENTICATED", "", "sign in first");
  const decision = importPolicy.importFiles(ctx.actor, { createMissing: options.createMissing === true });
  if (!decision.allowed) return refuseAccess(ctx, decision.reason, { entity: "imports" });
  return decision.agencies === "all" ? undefined : new Set(decision.agencies);
}
