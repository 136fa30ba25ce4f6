// Cost of the early-warning flags: building the monthly series (total, routes, sites, nationalities) from
// the cube and testing them, for the demo file and for synthetic tables. Cube building is timed apart.
// `npm run bench:flags` (1M events) or `npx tsx --expose-gc bench/analysis-flags.ts [events…]` (default: the
// demo, then 100,000 synthetic events).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { flagsInWindow } from '@/analysis/flags-in-window';
import { makeFlagSeries } from '@/analysis/flag-series';
import { parseEventsText, parseEventsValue } from '@/data/parse-events';
import { parseRoutesText } from '@/data/parse-routes';
import type { EpochMonth } from '@/domain/epoch-day';
import { NO_FILTERS } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { selectCube } from '@/state/select-aggregates';
import { BENCH_ROUTES, BENCH_SEED, generateEventsText } from './synthetic-events';

function demoTable(): EventTable {
  const routes = parseRoutesText(readFileSync('data/demo/routes.geojson', 'utf8'));
  if (!routes.ok) throw new Error('demo routes do not parse');
  const outcome = parseEventsValue(JSON.parse(readFileSync('data/demo/events.geojson', 'utf8')), {
    fileName: 'events.geojson',
    routes: routes.routes,
  });
  if (!outcome.ok) throw new Error('demo events do not parse');
  return outcome.table;
}

function syntheticTable(n: number): EventTable {
  const loaded = parseEventsText(generateEventsText(n, BENCH_SEED), {
    fileName: 'bench',
    routes: BENCH_ROUTES,
    maxBytes: Number.MAX_SAFE_INTEGER,
  });
  if (!loaded.ok) throw new Error(loaded.error.code);
  return loaded.table;
}

function report(name: string, table: EventTable): void {
  let t0 = performance.now();
  selectCube(table);
  const cubeMs = performance.now() - t0;
  t0 = performance.now();
  const set = makeFlagSeries(table, NO_FILTERS, 'people');
  const seriesMs = performance.now() - t0;
  const whole = {
    startMonth: table.firstMonth,
    endMonth: (table.firstMonth + table.monthCount) as EpochMonth,
  };
  const lastYear = { startMonth: (whole.endMonth - 12) as EpochMonth, endMonth: whole.endMonth };
  t0 = performance.now();
  const flagsYear = flagsInWindow(set, lastYear);
  const yearMs = performance.now() - t0;
  t0 = performance.now();
  const flagsWhole = flagsInWindow(set, whole);
  const wholeMs = performance.now() - t0;
  const shifted = {
    startMonth: (lastYear.startMonth - 1) as EpochMonth,
    endMonth: (lastYear.endMonth - 1) as EpochMonth,
  };
  t0 = performance.now();
  flagsInWindow(set, shifted);
  const stepMs = performance.now() - t0;
  // The same months again on fresh series sets (nothing cached): the detector's cost once the JIT has
  // compiled it, apart from the first window's warm-up. Median and range of seven runs (GC makes single
  // runs vary by half). Then the same for every series with counts (no topN), series building included.
  const warm = medianOf7(
    () => makeFlagSeries(table, NO_FILTERS, 'people'),
    (fresh) => flagsInWindow(fresh, lastYear),
  );
  const seriesWarm = medianOf7(
    () => null,
    () => makeFlagSeries(table, NO_FILTERS, 'people'),
  );
  // Series on a new cube each run (a copy of the table is a new cache key): nothing of the engine's
  // window aggregates is reused, only the JIT is warm.
  const seriesUncached = medianOf7(
    () => {
      const copy: EventTable = { ...table };
      selectCube(copy);
      return copy;
    },
    (copy) => makeFlagSeries(copy, NO_FILTERS, 'people'),
  );
  let every = set;
  const everyWarm = medianOf7(
    () => {
      const copy: EventTable = { ...table };
      selectCube(copy);
      return copy;
    },
    (copy) => {
      every = makeFlagSeries(copy, NO_FILTERS, 'people', Number.POSITIVE_INFINITY);
      flagsInWindow(every, lastYear);
    },
  );
  console.log(
    `${name}: ${table.length} events, ${table.monthCount} months, ${set.series.length} series ` +
      `(routes ${set.coverage.route.tested}/${set.coverage.route.withCounts}, sites ${set.coverage.site.tested}/` +
      `${set.coverage.site.withCounts}, nationalities ${set.coverage.nationality.tested}/` +
      `${set.coverage.nationality.withCounts})\n` +
      `  cube ${cubeMs.toFixed(1)} ms · series ${seriesMs.toFixed(1)} ms · last 12 months tested ${yearMs.toFixed(1)} ms ` +
      `(${flagsYear.flagged.length} flags) · rest of the whole period ${wholeMs.toFixed(1)} ms ` +
      `(${flagsWhole.flagged.length} flags) · window moved by a month ${stepMs.toFixed(2)} ms\n` +
      `  warm, a full GC before each, median of 7 (range): last 12 months tested ${warm} · series built ${seriesWarm}, on a new cube ${seriesUncached}\n` +
      `  every series with counts (${every.series.length}) on a new cube, built and its last 12 months tested: ${everyWarm}`,
  );
}

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/**
 * Median and range of seven runs of `timed` on what `setup` returns (untimed), as text. A full GC before
 * each timed run (with --expose-gc), so no run pays for the load's garbage.
 */
function medianOf7<T>(setup: () => T, timed: (input: T) => unknown): string {
  const runs = Array.from({ length: 7 }, () => {
    const input = setup();
    gc();
    const t = performance.now();
    timed(input);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  return `${(runs[3] ?? NaN).toFixed(1)} ms (${(runs[0] ?? NaN).toFixed(1)}–${(runs[6] ?? NaN).toFixed(1)})`;
}

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) {
  report('demo', demoTable());
  report('synthetic', syntheticTable(100_000));
} else {
  for (const n of sizes) report('synthetic', syntheticTable(n));
}
