import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

/**
 * The README promises Node ≥ 20.19 (package.json `engines`). Every installed package must accept every
 * Node 20 version we accept: a package that declares a later Node (cookie@2 and content-disposition@3
 * declare ≥ 22) may rely on features Node 20 lacks, and `npm ci` warns about it on every install.
 * package.json `overrides` pins Node-20 versions of those two (same API, CommonJS).
 */
interface Lock {
  packages: Record<string, { version?: string; engines?: Record<string, string> | string[]; dev?: boolean }>;
}

const root = new URL("../", import.meta.url);
const ours = (JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { engines: { node: string } }).engines.node;
const lock = JSON.parse(readFileSync(new URL("package-lock.json", root), "utf8")) as Lock;

describe("installed packages and the Node versions we promise", () => {
  // The oldest Node we promise, and the one running (CI's): npm warns (EBADENGINE) when either is refused.
  const versions = [semver.minVersion(ours)?.version ?? ours, process.versions.node];

  it(`every package's engines.node admits Node ${versions.join(" and ")}`, () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== "")
      .flatMap(([path, p]) => {
        const node = Array.isArray(p.engines) ? undefined : p.engines?.["node"];
        if (node === undefined || semver.validRange(node) === null) return [];
        return versions.every((v) => semver.satisfies(v, node)) ? [] : [`${path.replace(/^.*node_modules\//, "")}@${p.version ?? "?"} wants node ${node}`];
      });
    expect(refusing).toEqual([]);
  });
});
