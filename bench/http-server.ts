/**
 * The server process of the HTTP benchmark (bench/http.bench.ts starts it). It opens the database
 * given by BENCH_DATABASE_URL (a PostgreSQL server) or BENCH_DATA_DIR (PGlite), serves the real API,
 * plus one bare route that does a single primary-key SELECT with the same driver — the yardstick.
 */
import { eq } from "drizzle-orm";
import { buildApp } from "../src/server/app.ts";
import { openDatabase } from "../src/store/database.ts";
import { officers } from "../src/store/schema.ts";

const database = await openDatabase({ url: process.env["BENCH_DATABASE_URL"], dataDir: process.env["BENCH_DATA_DIR"] });
const app = await buildApp({ database, zone: "America/Chicago" });
app.get("/bench/officer/:id", async (request) => {
  const [row] = await database.db.select().from(officers).where(eq(officers.id, (request.params as { id: string }).id));
  return row ?? null;
});
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === "object" && address !== null ? address.port : 0 })}\n`);
process.once("SIGTERM", () => {
  void app.close().then(() => database.close()).then(() => process.exit(0));
});
