// Helper for profiling the Lintas path alone: `npx tsx bench/profile-lintas.ts [events]`, or with a CPU
// profile: `NODE_OPTIONS=--cpu-prof npx tsx bench/profile-lintas.ts 1000000` (writes CPU.*.cpuprofile).
// Prints per-step times of the first sequence steps and the full recompute, on a table like run-all's.
import { performance } from 'node:perf_hooks';
import { parseEventsText } from '@/data/parse-events';
import { NO_FILTERS } from '@/domain/event-filters';
import { tableToRecords } from './baselines/event-records';
import { buildInteractionSteps } from './interaction-steps';
import { buildEventCube, lintasStep } from './lintas-sequence';
import { collectGarbage, median } from './measure';
import { BENCH_ROUTES, generateEventsText } from './synthetic-events';

const n = Number(process.argv[2] ?? 1_000_000);
const settleMs = Number(process.env.SETTLE_MS ?? 0);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const loaded = parseEventsText(generateEventsText(n), {
  fileName: 'profile',
  routes: BENCH_ROUTES,
  maxBytes: Number.MAX_SAFE_INTEGER,
});
if (!loaded.ok) throw new Error(loaded.error.code);
const table = loaded.table;
const cube = buildEventCube(table);
const steps = buildInteractionSteps();
// With HOLD_RECORDS=1 the heap also holds the naive baseline's 1M JS objects, as in run-all.
const held = process.env.HOLD_RECORDS === '1' ? tableToRecords(table) : [];
console.log(
  `${n} events, ${cube.cellCount} cells, ${table.monthCount} months, ${held.length} records held, settle ${settleMs} ms`,
);

for (let run = 0; run < 4; run++) {
  collectGarbage();
  if (settleMs > 0) await sleep(settleMs);
  const times = steps.map((s) => {
    const t0 = performance.now();
    lintasStep(cube, s.filters);
    return performance.now() - t0;
  });
  console.log(
    `run ${run}: first steps ${times
      .slice(0, 6)
      .map((t) => t.toFixed(2))
      .join(
        ' ',
      )} ms; median ${median(times).toFixed(3)}; total ${times.reduce((a, b) => a + b, 0).toFixed(1)} ms`,
  );
}
const all: number[] = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  lintasStep(cube, NO_FILTERS);
  all.push(performance.now() - t0);
}
console.log(
  `aggregateWindow(no filters): median ${median(all).toFixed(2)} ms, first ${all[0]?.toFixed(2)} ms`,
);
