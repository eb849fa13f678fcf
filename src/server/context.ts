import type { ServiceContext } from "../services/context.ts";
import { todayIn } from "../services/clock.ts";
import type { Db } from "../store/database.ts";

/**
 * The service context of a request. Until sign-in exists (issue 4) every API caller is the same
 * local user, and the server listens on localhost only by default (README).
 */
export interface AppDeps {
  db: Db;
  zone: string;
  /** Overrides the clock (tests pin "today"). */
  today?: () => string;
}

export function contextOf(deps: AppDeps): ServiceContext {
  return { db: deps.db, actor: { id: "local", name: "Local user" }, today: deps.today ?? (() => todayIn(deps.zone)) };
}
