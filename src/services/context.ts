import type { Actor } from "../policies/actor.ts";
import type { Db } from "../store/database.ts";

/**
 * Who acts, from where, why, and on what: every operation receives one. Records are written only
 * with an actor attached (the type requires it, and writes refuse the public), and every write and
 * every read of private data is logged with the actor, the origin and — for private data — the
 * purpose given.
 */
export type { Actor } from "../policies/actor.ts";

export interface ServiceContext {
  db: Db;
  actor: Actor;
  /** Today's date where the program runs (America/Chicago unless SROC_TZ), "YYYY-MM-DD". */
  today(): string;
  /** Where the request came from (the audit trail's "from where"). */
  origin?: { ip: string | null; userAgent: string | null };
  /** The purpose a caller gives for reading private data (required for such reads). */
  purpose?: string | null;
}
