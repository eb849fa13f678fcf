import type { Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";

/** `sroc migrate`: applies the migrations not yet applied (also done by every command at start). */
export async function migrateCommand(io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  return withRuntime((rt) => {
    io.out(`migrations applied: ${rt.database.mode === "embedded" ? `embedded PostgreSQL in ${rt.database.location}` : rt.database.location}\n`);
    return Promise.resolve(0);
  }, env);
}
