/**
 * `npm run bench`: training determinations per second on one core (one Node thread).
 *
 * 200 000 varied officers are generated once and parsed once into facts; then the §4.3 determination
 * runs over all of them, without and with the trace, several rounds after a warm-up, and the best
 * round is reported. For reference, the whole contract path (`evaluate`: validate the JSON, parse,
 * determine, present the JSON answer) is measured too.
 */
import { performance } from "node:perf_hooks";
import { evaluate } from "../src/rules/evaluate.ts";
import { parseTraining } from "../src/rules/request/parse.ts";
import { determineTraining } from "../src/rules/training/determine.ts";
import { explainTraining } from "../src/rules/training/explain.ts";
import { generateOfficers } from "./officers.ts";

const COUNT = 200_000;
const ROUNDS = 5;

function measure(label: string, n: number, rounds: number, run: () => number): void {
  run(); // warm-up: let the JIT settle
  let best = Number.POSITIVE_INFINITY;
  let sink = 0;
  for (let r = 0; r < rounds; r += 1) {
    const t0 = performance.now();
    sink += run();
    best = Math.min(best, performance.now() - t0);
  }
  const perSecond = n / (best / 1000);
  console.log(`${label.padEnd(44)} ${Math.round(perSecond).toLocaleString("en-US").padStart(12)} /s  ${((best * 1e6) / n).toFixed(0).padStart(7)} ns each   (best of ${rounds}, ${n.toLocaleString("en-US")} officers; checksum ${sink % 997})`);
}

const t0 = performance.now();
const requests = generateOfficers(COUNT);
const parsed = requests.map((r) => parseTraining(r));
console.log(`generated and parsed ${COUNT.toLocaleString("en-US")} officers in ${((performance.now() - t0) / 1000).toFixed(1)} s; node ${process.version}, one thread`);

const statuses = new Map<string, number>();
for (const { officer, ctx } of parsed) {
  const s = determineTraining(officer, ctx).statuteStatus;
  statuses.set(s, (statuses.get(s) ?? 0) + 1);
}
console.log(`mix: ${[...statuses].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${((100 * n) / COUNT).toFixed(0)}%`).join(", ")}`);

measure("determinations, no trace", COUNT, ROUNDS, () => {
  let flags = 0;
  for (const { officer, ctx } of parsed) flags += determineTraining(officer, ctx).flags.length;
  return flags;
});

measure("determinations with trace", COUNT, ROUNDS, () => {
  let steps = 0;
  for (const { officer, ctx } of parsed) steps += explainTraining(determineTraining(officer, ctx), ctx).length;
  return steps;
});

const sample = requests.slice(0, 50_000);
measure("evaluate(JSON request), no trace", sample.length, 3, () => {
  let n = 0;
  for (const r of sample) n += "error" in evaluate(r, { trace: false }) ? 0 : 1;
  return n;
});
measure("evaluate(JSON request), with trace", sample.length, 3, () => {
  let n = 0;
  for (const r of sample) n += "error" in evaluate(r) ? 0 : 1;
  return n;
});
