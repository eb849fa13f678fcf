#!/usr/bin/env node
// `npm start` builds only what changed since the last build (issue 11 item 6: a restart rebuilt
// everything, ~50 s). The server (tsc → dist/) and the web application (vite → dist/web) each have
// their inputs hashed — content, not modification times, so a checkout that touches files without
// changing them builds nothing — and compared with the hashes the last build left in
// dist/.build-inputs.json. A part whose output is missing, or was rewritten since by another build
// (the tests' global setup compiles dist/ too), is built whatever the hashes say. `--all` builds
// both parts (`npm run build`).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const STAMP = join(root, "dist", ".build-inputs.json");
const SOURCE = /\.(ts|tsx|js|mjs|json|css|html|svg|png|ico|woff2?)$/;
const NOT_BUILT = /\.(test|test-support|expected)\.tsx?$/;

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !NOT_BUILT.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The files outside src/web that the web application imports (src/status/headline.ts, …), followed transitively. */
function webReach(webFiles) {
  const seen = new Set(webFiles);
  const queue = [...webFiles];
  const web = join(root, "src", "web");
  const reached = [];
  while (queue.length > 0) {
    const file = queue.pop();
    if (!/\.tsx?$/.test(file)) continue;
    for (const m of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = resolve(dirname(file), m[1]);
      if (seen.has(target) || !existsSync(target)) continue;
      seen.add(target);
      queue.push(target);
      if (relative(web, target).startsWith("..")) reached.push(target);
    }
  }
  return reached;
}

function hashOf(files) {
  const h = createHash("sha256");
  for (const f of [...new Set(files)].filter((x) => existsSync(x)).sort()) h.update(relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex");
}

const shared = ["package-lock.json", "tsconfig.json"].map((f) => join(root, f));
const serverFiles = filesUnder(join(root, "src")).filter((f) => !f.startsWith(join(root, "src", "web")));
const webFiles = filesUnder(join(root, "src", "web"));
const inputs = {
  server: hashOf([...serverFiles, ...shared, join(root, "tsconfig.build.json")]),
  web: hashOf([...webFiles, ...webReach(webFiles), ...shared, join(root, "vite.config.ts")]),
};
let last = {};
try {
  last = JSON.parse(readFileSync(STAMP, "utf8"));
} catch {
  // no stamp yet: build both
}

const steps = {
  server: { output: join(root, "dist", "cli", "main.js"), command: ["tsc", "-p", "tsconfig.build.json"] },
  web: { output: join(root, "dist", "web", "index.html"), command: ["vite", "build", "--logLevel", "warn"] },
};
// The web first: vite empties dist/web only, never the server's files.
const all = process.argv.includes("--all");
const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : null);
for (const part of ["web", "server"]) {
  const { output, command } = steps[part];
  if (!all && last[part]?.inputs === inputs[part] && last[part]?.output === builtAt(output)) {
    process.stdout.write(`sroc: ${part} unchanged since the last build\n`);
    continue;
  }
  const bin = join(root, "node_modules", ".bin", command[0]);
  const run = spawnSync(bin, command.slice(1), { cwd: root, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
  last = { ...last, [part]: { inputs: inputs[part], output: builtAt(output) } };
  writeFileSync(STAMP, `${JSON.stringify(last, null, 2)}\n`);
}
