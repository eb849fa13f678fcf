/**
 * `sroc` run from the TypeScript source (node --import tsx bench/sroc-source.ts serve …): what
 * bin/sroc.js runs from dist/, without compiling first — the concurrency script starts real servers
 * with it.
 */
import { main } from "../src/cli/main.ts";

process.exitCode = await main(process.argv);
