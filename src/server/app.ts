import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import multipart from "@fastify/multipart";
import { registerAjvFormats } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from "fastify";
import type { Database } from "../store/database.ts";
import type { AppDeps } from "./context.ts";
import { registerAuth } from "./auth.ts";
import { handleError } from "./errors.ts";
import { DOCUMENT, publicRoutesWithoutSecurity, withNamedComponents } from "./openapi.ts";
import { refuseUnstorableText, strictValidatorCompiler } from "./validation.ts";
import { auditRoutes } from "./routes/audit.ts";
import { sessionRoutes } from "./routes/session.ts";
import { oidcRoutes } from "./routes/oidc.ts";
import { oidcConfigFromEnv, type OidcConfig } from "../services/accounts/oidc.ts";
import { userRoutes } from "./routes/users.ts";
import { CERTIFICATE_LIMIT_BYTES, certificateRoutes } from "./routes/certificates.ts";
import { engineRoutes } from "./routes/engine.ts";
import { healthRoutes } from "./routes/health.ts";
import { importRoutes } from "./routes/import.ts";
import { officersExportRoutes } from "./routes/officers-export.ts";
import { recordRoutes } from "./routes/records.ts";
import { statusRoutes } from "./routes/status.ts";
import { dashboardRoutes } from "./routes/dashboard.ts";
import { registerWeb, sendPage, wantsPage } from "./web.ts";

/**
 * The HTTP application: schemas on every route (TypeBox, validated by its compiler, so the API's
 * errors read like the engine's), OpenAPI 3.1 generated from them at /api/openapi.json with a
 * reference page at /api/docs, and one error handler.
 */
export interface AppOptions {
  database: Database;
  zone: string;
  logger?: FastifyServerOptions["logger"];
  /** Pins "today" (tests); by default the date in `zone`. */
  today?: () => string;
  /** Single sign-on; by default from the SROC_OIDC_* environment variables (off when unset). */
  oidc?: OidcConfig | null;
  /** The built web application (dist/web by default, served when built); false: the API only. */
  web?: false | { dir: string };
  /**
   * Which proxies' X-Forwarded-For to believe (SROC_TRUST_PROXY; see trustProxyFrom). Off by
   * default: a server facing the internet must not let a client name its own address. Behind a
   * TLS proxy it must be set, or every person shares the proxy's address — and with it the sign-in
   * throttle of one address (docs/decisions/0015).
   */
  trustProxy?: FastifyServerOptions["trustProxy"];
}

/**
 * SROC_TRUST_PROXY as Fastify's trustProxy: unset or "false" → off; "true" → every hop; otherwise a
 * comma-separated list of addresses or CIDR ranges ("127.0.0.1,10.0.0.0/8").
 */
export function trustProxyFrom(value: string | undefined): FastifyServerOptions["trustProxy"] {
  const v = (value ?? "").trim();
  if (v === "" || v === "false") return false;
  if (v === "true") return true;
  return v;
}


let formatsRegistered = false;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  if (!formatsRegistered) {
    registerAjvFormats();
    formatsRegistered = true;
  }
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 2 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false } },
    // Errors the router raises before any route runs (a malformed URL, an over-long parameter) get
    // the same error shape as the rest.
    frameworkErrors: (error, _request, reply) => {
      void (reply as FastifyReply).code(error.statusCode ?? 400).send({ error: { code: "INVALID_REQUEST", message: error.message } });
    },
  });
  app.setValidatorCompiler(strictValidatorCompiler);
  app.setErrorHandler(handleError);
  let webServed = false;
  app.setNotFoundHandler((request, reply) => {
    if (webServed && wantsPage(request)) return sendPage(reply);
    return reply.code(404).send({ error: { code: "NOT_FOUND", message: `no route ${request.method} ${request.url.split("?")[0] ?? ""}` } });
  });

  await app.register(swagger, {
    openapi: DOCUMENT,
    transform: publicRoutesWithoutSecurity,
    transformObject: (document) => ("openapiObject" in document ? withNamedComponents(document.openapiObject) : document.swaggerObject),
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  await app.register(multipart, { limits: { fileSize: CERTIFICATE_LIMIT_BYTES, files: 1, fields: 10 } });

  await registerAuth(app, options.database.db);
  refuseUnstorableText(app);
  webServed = options.web === false ? false : await registerWeb(app, options.web?.dir);

  const deps: AppDeps = { db: options.database.db, zone: options.zone, ...(options.today === undefined ? {} : { today: options.today }) };
  healthRoutes(app, options.database);
  sessionRoutes(app, deps);
  oidcRoutes(app, deps, options.oidc === undefined ? oidcConfigFromEnv(process.env) : options.oidc);
  userRoutes(app, deps);
  auditRoutes(app, deps);
  recordRoutes(app, deps);
  certificateRoutes(app, deps);
  statusRoutes(app, deps);
  dashboardRoutes(app, deps);
  officersExportRoutes(app, deps);
  engineRoutes(app, deps);
  importRoutes(app, deps);
  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());
  return app;
}
