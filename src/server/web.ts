import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/**
 * The web application, built by Vite into dist/web, served at / by the same server as the API. Any
 * GET that is not the API and not a file gets index.html, so that a page's address (/officers/…)
 * opens that page; the API's unknown paths keep their JSON 404 (docs/decisions/0009-web-application.md).
 */
export const WEB_DIR = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export function webIsBuilt(dir: string = WEB_DIR): boolean {
  return existsSync(`${dir}index.html`);
}

export async function registerWeb(app: FastifyInstance, dir: string = WEB_DIR): Promise<boolean> {
  if (!webIsBuilt(dir)) return false;
  await app.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: false,
    // Hashed assets never change; index.html must be fetched again to find the new ones.
    setHeaders: (reply, path) => void reply.header("cache-control", path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache"),
  });
  return true;
}

/**
 * Whether a request that matched no route should get the web application's page. HEAD too: it must
 * answer as GET does, without the body (a monitor's or a proxy's check of / got a 404 before; issue 11).
 */
export function wantsPage(request: FastifyRequest): boolean {
  const path = request.url.split("?")[0] ?? "";
  return (request.method === "GET" || request.method === "HEAD") && !path.startsWith("/api/") && path !== "/api" && !/\.[a-z0-9]+$/i.test(path);
}

export function sendPage(reply: FastifyReply): FastifyReply {
  return reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").sendFile("index.html");
}
