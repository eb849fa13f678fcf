import type { Db } from "../store/database.ts";

/**
 * Who acts, and on what: every operation receives one. Records are written only with an actor
 * attached (issue 4 makes the actor a signed-in person; until then the command line and the API name
 * themselves).
 */
export interface Actor {
  id: string;
  name: string;
}

export interface ServiceContext {
  db: Db;
  actor: Actor;
  /** Today's date where the program runs (America/Chicago unless SROC_TZ), "YYYY-MM-DD". */
  today(): string;
}
