// Helper for profiling the loader alone: `npx tsx bench/profile-loading.ts [events]`; add a CPU profile with
// `node --cpu-prof --require ./node_modules/tsx/dist/preflight.cjs --import tsx bench/profile-loading.ts`.
// Times JSON.parse and parseEventsText on the bench text, then splits parseEventsText into its phases.
import { performance } from 'node:perf_hooks';
import { parseEventsText, parseEventsValue } from '@/data/parse-events';
import { median } from './measure';
import { generateEventsText } from './synthetic-events';

const n = Number(process.argv[2] ?? 300_000);
const text = generateEventsText(n);
const time = (fn: () => unknown, runs = 5): number => {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
};
const options = { fileName: 'profile', routes: null, maxBytes: Number.MAX_SAFE_INTEGER };
const parsed: unknown = JSON.parse(text);
const jsonMs = time(() => JSON.parse(text));
const textMs = time(() => parseEventsText(text, options));
const valueMs = time(() => parseEventsValue(parsed, options));
console.log(
  `${n} events: JSON.parse ${jsonMs.toFixed(1)} ms; parseEventsText ${textMs.toFixed(1)} ms (${(textMs / jsonMs).toFixed(2)}×); parseEventsValue alone (validate + build) ${valueMs.toFixed(1)} ms`,
);
