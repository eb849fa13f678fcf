import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * The web application (src/web) builds to dist/web, which the server serves at /. The budget
 * plugin prints the initial JavaScript (the entry chunk and what it imports statically) gzipped,
 * and fails the build above issue 5's 200 KB.
 */
export const INITIAL_JS_BUDGET_BYTES = 200 * 1024;

function initialJsBudget(): Plugin {
  return {
    name: "sroc-initial-js-budget",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === "chunk" ? [[c.fileName, c] as const] : [])));
      const initial = new Set<string>();
      const visit = (name: string) => {
        if (initial.has(name)) return;
        initial.add(name);
        for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      const gzipped = [...initial].reduce((sum, name) => sum + gzipSync(chunks.get(name)?.code ?? "").length, 0);
      const line = `initial JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${initial.size} chunk(s) (budget ${INITIAL_JS_BUDGET_BYTES / 1024} KB)`;
      this.info(line);
      console.log(`sroc: ${line}`);
      if (gzipped > INITIAL_JS_BUDGET_BYTES) this.error(`${line}: over budget`);
    },
  };
}

export default defineConfig({
  root: "src/web",
  base: "/",
  plugins: [react(), initialJsBudget()],
  build: { outDir: "../../dist/web", emptyOutDir: true, sourcemap: true },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
