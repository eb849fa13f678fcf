import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the project's shared folder is (law.md, the engine contract, the conformance cases and the
 * adopted policies): `SROC_SHARED_DIR` if set, else `../shared` beside the checkout, else beside the
 * checkout this one was cloned from (a CI run clones into a temporary folder). Null when none exists.
 */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function originDir(): string | null {
  try {
    const url = execFileSync("git", ["config", "--get", "remote.origin.url"], { cwd: repoRoot, encoding: "utf8" }).trim();
    if (url === "") return null;
    const path = url.startsWith("file://") ? fileURLToPath(url) : url;
    return isAbsolute(path) ? path : resolve(repoRoot, path);
  } catch {
    return null;
  }
}

export function sharedDir(): string | null {
  const candidates = [process.env["SROC_SHARED_DIR"], join(repoRoot, "..", "shared")];
  const origin = originDir();
  if (origin !== null) candidates.push(join(origin, "..", "shared"));
  for (const c of candidates) if (c !== undefined && c !== "" && existsSync(join(c, "domain"))) return c;
  return null;
}

/** Under CI a missing shared folder is a failure, never a skip. */
export function requireSharedDir(): string | null {
  const dir = sharedDir();
  if (dir === null && process.env["CI"] === "true") {
    throw new Error("The shared folder (../shared/domain) was not found and CI=true: set SROC_SHARED_DIR. The conformance cases must run in CI.");
  }
  return dir;
}
