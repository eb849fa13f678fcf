import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const SCRIPT = new URL("../scripts/build-if-changed.mjs", import.meta.url);

/**
 * Issue 11 item 6: `npm start` builds only what changed. The helper runs in a small project of its
 * own whose tsc and vite only write their output and note that they ran.
 */
describe("build only what changed", () => {
  let root = "";
  afterEach(() => { rmSync(root, { recursive: true, force: true }); });

  function project(): void {
    root = mkdtempSync(join(tmpdir(), "sroc-build-"));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    mkdirSync(join(root, "scripts"));
    copyFileSync(SCRIPT, join(root, "scripts", "build-if-changed.mjs"));
    for (const f of ["package-lock.json", "tsconfig.json", "tsconfig.build.json", "vite.config.ts"]) write(f, "{}");
    write("src/status/headline.ts", "export const H = 1;\n");
    write("src/services/a.ts", "export const A = 1;\n");
    write("src/services/a.test.ts", "test\n");
    write("src/web/main.tsx", 'import { H } from "../status/headline.ts";\n');
    const fake = (name: string, output: string) => {
      write(`node_modules/.bin/${name}`, `#!/bin/sh\nmkdir -p "$(dirname ${output})" && echo built > ${output} && echo ${name} >> ran.log\n`);
      chmodSync(join(root, `node_modules/.bin/${name}`), 0o755);
    };
    fake("tsc", "dist/cli/main.js");
    fake("vite", "dist/web/index.html");
  }
  const build = (...args: string[]) => {
    writeFileSync(join(root, "ran.log"), "");
    execFileSync(process.execPath, [join(root, "scripts", "build-if-changed.mjs"), ...args], { cwd: root, stdio: "pipe" });
    return readFileSync(join(root, "ran.log"), "utf8").split("\n").filter(Boolean).sort();
  };
  const edit = (path: string, text: string) => { writeFileSync(join(root, path), text); };

  it("builds both the first time, nothing when nothing changed, and only the part whose sources changed", () => {
    project();
    expect(build()).toEqual(["tsc", "vite"]);
    expect(build()).toEqual([]);
    edit("src/services/a.test.ts", "another test\n"); // tests are not built
    expect(build()).toEqual([]);
    edit("src/services/a.ts", "export const A = 2;\n");
    expect(build()).toEqual(["tsc"]);
    edit("src/web/main.tsx", 'import { H } from "../status/headline.ts";\nconsole.log(H);\n');
    expect(build()).toEqual(["vite"]);
    edit("src/status/headline.ts", "export const H = 2;\n"); // imported by the web: both
    expect(build()).toEqual(["tsc", "vite"]);
    edit("dist/cli/main.js", "rebuilt by someone else\n");
    expect(build()).toEqual(["tsc"]);
    expect(build("--all")).toEqual(["tsc", "vite"]);
  });
});
