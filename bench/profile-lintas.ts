// Helper for profiling the Lintas path alone: `npx tsx bench/profile-lintas.ts [events] [shape]`, or with a
// CPU profile: `NODE_OPTIONS=--cpu-prof npx tsx bench/profile-lintas.ts 1000000` (writes CPU.*.cpuprofile).
// With `--trace-deopt` (NODE_OPTIONS) it shows what V8 deoptimizes after the forced full GC of each run.
// Prints per-kind step times of the interaction sequence and a cold whole-period recompute.
import { performance } from 'node:perf_hooks';
import { parseEventsText } from '@/data/parse-events';
import { NO_FILTERS } from '@/domain/event-filters';
import { WindowEngine } from '@/domain/window-engine';
import { buildInteractionSteps, STEP_KINDS } from './interaction-steps';
import { buildEventCube, LintasRunner } from './lintas-sequence';
import { collectGarbage, median } from './measure';
import { BENCH_SEED, BENCH_SHAPES, generateEventsText, type BenchShapeName } from './synthetic-events';

const n = Number(process.argv[2] ?? 1_000_000);
const shape = BENCH_SHAPES[(process.argv[3] ?? 'demo') as BenchShapeName];
const loaded = parseEventsText(generateEventsText(n, BENCH_SEED, shape.name), {
  fileName: 'profile',
  routes: shape.routes(),
  maxBytes: Number.MAX_SAFE_INTEGER,
});
if (!loaded.ok) throw new Error(loaded.error.code);
const table = loaded.table;
let t0 = performance.now();
const cube = buildEventCube(table);
console.log(
  `${n} events (${shape.name}), cube ${cube.cellCount} cells in ${(performance.now() - t0).toFixed(0)} ms, ${table.monthCount} months`,
);
const steps = buildInteractionSteps(shape);
const runner = new LintasRunner(cube);

for (let run = 0; run < 4; run++) {
  runner.reset();
  collectGarbage();
  const times = steps.map((s) => {
    const t = performance.now();
    runner.step(s.filters);
    return performance.now() - t;
  });
  const byKind = STEP_KINDS.map((kind) => {
    const ts = times.filter((_, i) => steps[i]?.kind === kind);
    return ts.length === 0 ? '' : `${kind} ${median(ts).toFixed(3)} (max ${Math.max(...ts).toFixed(2)})`;
  }).filter((s) => s !== '');
  console.log(`run ${run}: total ${times.reduce((a, b) => a + b, 0).toFixed(1)} ms; ${byKind.join('; ')}`);
}
const all: number[] = [];
for (let i = 0; i < 12; i++) {
  if (i % 4 === 0) collectGarbage();
  t0 = performance.now();
  new WindowEngine(cube).aggregate(NO_FILTERS, 'route');
  all.push(performance.now() - t0);
}
console.log(
  `cold whole period: ${all.map((t) => t.toFixed(1)).join(' ')} ms (a forced GC before calls 0, 4 and 8)`,
);
