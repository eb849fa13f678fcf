#!/usr/bin/env node
// The `sroc` command. It runs the compiled code in dist/, which `npm ci` builds (the `prepare` script).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("sroc: the compiled code is missing (dist/). Run `npm ci` or `npm run build` in the project folder.\n");
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
