import type { FastifyRequest } from "fastify";
import type { ServiceContext } from "../services/context.ts";
import { todayIn } from "../services/clock.ts";
import type { Db } from "../store/database.ts";

/**
 * The service context of a request: its actor (server/auth.ts), where it came from, and the purpose
 * it gives for reading private data (the X-Purpose header or the `purpose` query parameter).
 */
export interface AppDeps {
  db: Db;
  zone: string;
  /** Overrides the clock (tests pin "today"). */
  today?: () => string;
}

function purposeOf(request: FastifyRequest): string | null {
  const header = request.headers["x-purpose"];
  if (typeof header === "string" && header.trim() !== "") return header.trim().slice(0, 300);
  // Any route's query: its own schema types it, so here it is only known to be a value.
  const query: unknown = request.query;
  const purpose = typeof query === "object" && query !== null && "purpose" in query ? query.purpose : undefined;
  return typeof purpose === "string" && purpose.trim() !== "" ? purpose.trim().slice(0, 300) : null;
}

export function contextOf(deps: AppDeps, request: FastifyRequest): ServiceContext {
  return {
    db: deps.db,
    actor: request.actor,
    today: deps.today ?? (() => todayIn(deps.zone)),
    origin: { ip: request.ip, userAgent: typeof request.headers["user-agent"] === "string" ? request.headers["user-agent"].slice(0, 300) : null },
    purpose: purposeOf(request),
  };
}
