import { execFileSync } from "node:child_process";
import { repoRoot } from "./shared-dir.ts";

/**
 * The CLI tests run the real `bin/sroc.js`, which loads the compiled `dist/`: compile it once before
 * the suite so it never tests stale code. `--noCheck` because `npm test` type-checks separately.
 */
export default function setup(): void {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json", "--noCheck"], { cwd: repoRoot, stdio: "inherit" });
  // The browser tests (e2e/) drive the built web application, built here from the current source.
  execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], {
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" }, // vitest sets "test", which would bundle React's development build
  });
}
