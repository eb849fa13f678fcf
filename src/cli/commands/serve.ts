import type { FastifyInstance } from "fastify";
import { buildApp, trustProxyFrom } from "../../server/app.ts";
import { refreshStale } from "../../services/status.ts";
import { UserError, type Io } from "../io.ts";
import { openRuntime, type Runtime } from "../runtime.ts";

/**
 * `sroc serve` (and `sroc start`, which first loads the demo into an empty database): migrate, bring
 * the cached statuses up to today, listen on http://localhost:3000 (PORT, HOST), keep the statuses
 * current as days pass (hourly), and stop cleanly on Ctrl-C or SIGTERM. Behind a TLS proxy, set
 * SROC_TRUST_PROXY to the proxy's address so each person is known by their own (server/app.ts).
 */
export interface ServeOptions {
  /** Runs after migration, before listening (start: the demo data when the database is empty). */
  prepare?: (rt: Runtime, io: Io) => Promise<void>;
}

const HOUR_MS = 60 * 60 * 1000;

function port(env: NodeJS.ProcessEnv): number {
  const raw = env["PORT"] ?? "3000";
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(`PORT=${raw} is not a port number`);
  return n;
}

export async function serveCommand(io: Io, env: NodeJS.ProcessEnv, options: ServeOptions = {}): Promise<number> {
  const listenPort = port(env);
  const host = env["HOST"] ?? "localhost";
  const rt = await openRuntime(env);
  let app: FastifyInstance | undefined;
  try {
    await options.prepare?.(rt, io);
    await refreshStale(rt.database.db, rt.context.today(), { complete: true });
    app = await buildApp({ database: rt.database, zone: rt.zone, logger: { level: env["LOG_LEVEL"] ?? "warn" }, trustProxy: trustProxyFrom(env["SROC_TRUST_PROXY"]) });
    try {
      await app.listen({ port: listenPort, host });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EADDRINUSE") throw new UserError(`port ${listenPort} is in use: stop the other server or set PORT`);
      throw e;
    }
  } catch (e) {
    await app?.close();
    await rt.close();
    throw e;
  }
  const address = app.server.address();
  const shownPort = typeof address === "object" && address !== null ? address.port : listenPort;
  const where = rt.database.mode === "embedded" ? `embedded PostgreSQL in ${rt.database.location}` : `PostgreSQL server ${rt.database.location}`;
  io.out(`SRO Compliance is running at http://${host === "0.0.0.0" ? "localhost" : host}:${shownPort}  (API reference: /api/docs; storage: ${where}; today: ${rt.context.today()} in ${rt.zone})\n`);
  io.out("Press Ctrl-C to stop.\n");

  const server = app;
  const timer = setInterval(() => {
    refreshStale(rt.database.db, rt.context.today()).catch((e: unknown) => {
      server.log.error({ err: e }, "refreshing statuses failed");
    });
  }, HOUR_MS);
  timer.unref();

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      clearInterval(timer);
      io.out(`\n${signal}: stopping…\n`);
      server
        .close()
        .then(() => rt.close())
        .then(() => {
          io.out("stopped.\n");
          resolve(0);
        })
        .catch((e: unknown) => {
          io.err(`sroc: error while stopping: ${(e as Error).message}\n`);
          resolve(1);
        });
    };
    process.once("SIGINT", () => { stop("SIGINT"); });
    process.once("SIGTERM", () => { stop("SIGTERM"); });
  });
}
