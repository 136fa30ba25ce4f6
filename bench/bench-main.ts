// The Lintas benchmarks at 100k and 1M synthetic events, all figures from one run (see bench/README.md):
//   1. interaction sequence (81 steps) — Lintas aggregateWindow vs crossfilter2 vs naive filter+Maps;
//      full recompute (aggregateWindow over everything, the row path for a 12-month window), cube build;
//   2. loading — JSON.parse alone vs parseEventsText (parse + validate + build table);
//   3. bytes per event — table and cube typed arrays.
// Prints a table and writes results/latest.json next to this file (LINTAS_BENCH_DIR overrides the folder).
// Normally started by run-all.ts (`npm run bench`), which bundles it and runs Node with --expose-gc.
// Sizes: BENCH_SIZES=100000,1000000 (default).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { parseEventsText, parseEventsValue } from '@/data/parse-events';
import { NO_FILTERS } from '@/domain/event-filters';
import { measureTableBytes } from '@/domain/event-table';
import { CrossfilterDashboard } from './baselines/crossfilter-sequence';
import { tableToRecords } from './baselines/event-records';
import { naiveAggregate } from './baselines/naive-sequence';
import { buildInteractionSteps, windowFilters } from './interaction-steps';
import { buildEventCube, lintasStep, measureCubeBytes, rowPathStep } from './lintas-sequence';
import {
  collectGarbage,
  firstCallAfterGc,
  retainedHeapBytes,
  timeInterleaved,
  timeMedian,
  timeSequences,
  type SequenceTiming,
} from './measure';
import { BENCH_ROUTES, BENCH_SEED, generateEventsText } from './synthetic-events';
import { diffAggregates, routePeople } from './verify-aggregates';

const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const benchStart = performance.now();

// ---------- formatting ----------
const ms = (v: number): string => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0));
const x = (v: number): string => `${v.toFixed(v < 10 ? 2 : 1)}×`;
const pad = (s: string, n: number): string => s.padStart(n);
const padEnd = (s: string, n: number): string => s.padEnd(n);
const int = (n: number): string => n.toLocaleString('en-US');
const log = (line = ''): void => console.log(line);

// ---------- one size ----------
interface SizeResult {
  readonly events: number;
  readonly textMB: number;
  readonly generateMs: number;
  readonly loading: {
    readonly runs: number;
    readonly jsonParseMs: number;
    readonly parseEventsTextMs: number;
    readonly ratio: number;
    readonly parseEventsValueMs: number;
    readonly parseWithRoutesMs: number;
    readonly accepted: number;
    readonly rejected: number;
    readonly warnings: number;
  };
  readonly bytes: {
    readonly tableBytes: number;
    readonly tableBytesPerEvent: number;
    readonly idBytesPerEvent: number;
    readonly natBytesPerEvent: number;
    readonly cubeBytes: number;
    readonly cubeBytesPerEvent: number;
    readonly cubeCells: number;
    readonly recordsHeapBytesPerEvent: number | null;
    readonly crossfilterHeapBytesPerEvent: number | null;
  };
  readonly cubeBuildMs: number;
  readonly crossfilterBuildMs: number;
  readonly verification: {
    readonly stepsChecked: number;
    readonly agree: boolean;
    readonly samples: readonly object[];
  };
  readonly sequence: {
    readonly steps: number;
    readonly runs: number;
    readonly lintas: SequenceTiming;
    readonly crossfilter: SequenceTiming;
    readonly naive: SequenceTiming;
    readonly crossfilterOverLintas: number;
    readonly naiveOverLintas: number;
    readonly crossfilterOverLintasMedianStep: number;
    readonly naiveOverLintasMedianStep: number;
  };
  readonly fullRecompute: {
    readonly aggregateWindowAllMs: number;
    readonly aggregateWindowAllFirstAfterGcMs: number;
    readonly aggregateWindow12MonthMs: number;
    readonly rowPath12MonthMs: number;
    readonly rowPath12MonthRows: number;
  };
}

/** Generates the text, times loading, and returns the table of the sequence (the text is dropped after). */
function generateAndLoad(n: number, fileName: string, loadRuns: number) {
  let t0 = performance.now();
  const text = generateEventsText(n, BENCH_SEED);
  const generateMs = performance.now() - t0;
  const textMB = text.length / 1e6;
  log(`generated ${textMB.toFixed(1)} MB of JSON in ${ms(generateMs)} ms`);

  // Interleaved runs; maxBytes lifted: 1M events exceed the 200 MB default.
  const [jsonT, parseT] = timeInterleaved(
    [
      () => JSON.parse(text) as unknown,
      () => parseEventsText(text, { fileName, routes: null, maxBytes: Number.MAX_SAFE_INTEGER }),
    ],
    loadRuns,
    1,
  );
  if (!jsonT || !parseT) throw new Error('loading timings missing');
  // Breakdown: validate + build alone, on a value parsed beforehand (measured apart, so that the parsed
  // tree does not sit in the heap during the headline timings).
  const parsed = { value: JSON.parse(text) as unknown };
  const valueT = timeMedian(() => parseEventsValue(parsed.value, { fileName, routes: null }), loadRuns, 1);
  parsed.value = null;

  // The table the sequence uses: same text, parsed with the bench corridors so that flows exist.
  collectGarbage();
  t0 = performance.now();
  const loaded = parseEventsText(text, { fileName, routes: BENCH_ROUTES, maxBytes: Number.MAX_SAFE_INTEGER });
  const parseWithRoutesMs = performance.now() - t0;
  if (!loaded.ok) throw new Error(`load failed: ${loaded.error.code} ${loaded.error.value}`);
  const { table, report } = loaded;
  if (report.accepted !== n || report.rejected.length > 0 || report.warnings.length > 0) {
    throw new Error(
      `unexpected load report: ${report.accepted} accepted, ${report.rejected.length} rejected, ${report.warnings.length} warnings`,
    );
  }
  const loading: SizeResult['loading'] = {
    runs: loadRuns,
    jsonParseMs: jsonT.median,
    parseEventsTextMs: parseT.median,
    ratio: parseT.median / jsonT.median,
    parseEventsValueMs: valueT.median,
    parseWithRoutesMs,
    accepted: report.accepted,
    rejected: report.rejected.length,
    warnings: report.warnings.length,
  };
  return { generateMs, textMB, loading, table };
}

function runSize(n: number): SizeResult {
  const big = n >= 500_000;
  const loadRuns = big ? 3 : 7;
  const seqRuns = big ? 5 : 7;
  const fileName = `bench-${n}.geojson`;
  log(`\n== ${int(n)} events ==`);

  const { generateMs, textMB, loading, table } = generateAndLoad(n, fileName, loadRuns);
  collectGarbage();

  // --- 3. bytes ---
  const tableBytes = measureTableBytes(table);
  const idBytes = table.idBytes.byteLength + table.idOffsets.byteLength;
  const natBytes = table.natOffsets.byteLength + table.natCode.byteLength + table.natPeople.byteLength;

  // --- cube ---
  const cubeT = timeMedian(() => buildEventCube(table), big ? 3 : 7, 1);
  const cube = buildEventCube(table);
  const cubeBytes = measureCubeBytes(cube);

  // --- baselines' state ---
  const recordsHeap = retainedHeapBytes(() => tableToRecords(table));
  const records = recordsHeap.value;
  const t0 = performance.now();
  const cfHeap = retainedHeapBytes(() => new CrossfilterDashboard(table, records));
  const crossfilterBuildMs = performance.now() - t0;
  const cf = cfHeap.value;

  // --- verification: every implementation returns the same WindowAggregates ---
  const steps = buildInteractionSteps();
  const verifyIndices = n <= 200_000 ? steps.map((_, i) => i) : [0, 13, 14, 15, 33, 34, 35, steps.length - 1];
  const samples: object[] = [];
  cf.reset();
  for (const i of verifyIndices) {
    const step = steps[i];
    if (!step) continue;
    const lintas = lintasStep(cube, step.filters);
    const others = {
      rowPath: rowPathStep(table, step.filters),
      crossfilter: cf.apply(step.filters),
      naive: naiveAggregate(table, records, step.filters),
    };
    for (const [name, result] of Object.entries(others)) {
      const diff = diffAggregates(lintas, result);
      if (diff !== null) throw new Error(`step ${i} (${step.label}): ${name} differs from Lintas in ${diff}`);
    }
    if (i === 0 || step.label.includes('+')) {
      samples.push({
        step: i,
        label: step.label,
        headlinePeople: lintas.totals.all.people,
        crossfilterHeadlinePeople: others.crossfilter.totals.all.people,
        naiveHeadlinePeople: others.naive.totals.all.people,
        routePeople: routePeople(lintas),
        crossfilterRoutePeople: routePeople(others.crossfilter),
        naiveRoutePeople: routePeople(others.naive),
      });
    }
  }
  log(
    `agree: yes — Lintas, row path, crossfilter2 and naive give identical WindowAggregates on ${verifyIndices.length} steps`,
  );
  for (const s of samples.slice(0, 3) as {
    step: number;
    label: string;
    headlinePeople: number;
    routePeople: number[];
  }[]) {
    log(
      `  step ${s.step} (${s.label}): headline people ${int(s.headlinePeople)}; per-route people ${s.routePeople.map(int).join(' / ')}`,
    );
  }

  // --- 1. interaction sequence ---
  const [lintasT, cfT, naiveT] = timeSequences(
    [
      { name: 'Lintas', reset: () => undefined, step: (i) => lintasStep(cube, steps[i]!.filters) },
      { name: 'crossfilter2', reset: () => cf.reset(), step: (i) => cf.apply(steps[i]!.filters) },
      {
        name: 'naive',
        reset: () => undefined,
        step: (i) => naiveAggregate(table, records, steps[i]!.filters),
      },
    ],
    steps.length,
    seqRuns,
    1,
  );
  if (!lintasT || !cfT || !naiveT) throw new Error('sequence timings missing');

  // --- full recompute ---
  const allT = timeMedian(() => lintasStep(cube, NO_FILTERS), 21, 3, false);
  const allAfterGcT = firstCallAfterGc(() => lintasStep(cube, NO_FILTERS), 5);
  const year = windowFilters(48); // 2012-01..2012-12, the busiest year
  const window12T = timeMedian(() => lintasStep(cube, year), 21, 3, false);
  const rowT = timeMedian(() => rowPathStep(table, year), 11, 2, false);
  const rowPath12MonthRows = (table.monthRowStart[48 + 12] ?? 0) - (table.monthRowStart[48] ?? 0);

  const result: SizeResult = {
    events: n,
    textMB,
    generateMs,
    loading,
    bytes: {
      tableBytes,
      tableBytesPerEvent: tableBytes / table.length,
      idBytesPerEvent: idBytes / table.length,
      natBytesPerEvent: natBytes / table.length,
      cubeBytes,
      cubeBytesPerEvent: cubeBytes / table.length,
      cubeCells: cube.cellCount,
      recordsHeapBytesPerEvent: recordsHeap.bytes === null ? null : recordsHeap.bytes / n,
      crossfilterHeapBytesPerEvent: cfHeap.bytes === null ? null : cfHeap.bytes / n,
    },
    cubeBuildMs: cubeT.median,
    crossfilterBuildMs,
    verification: { stepsChecked: verifyIndices.length, agree: true, samples },
    sequence: {
      steps: steps.length,
      runs: seqRuns,
      lintas: lintasT,
      crossfilter: cfT,
      naive: naiveT,
      crossfilterOverLintas: cfT.totalMs / lintasT.totalMs,
      naiveOverLintas: naiveT.totalMs / lintasT.totalMs,
      crossfilterOverLintasMedianStep: cfT.medianStepMs / lintasT.medianStepMs,
      naiveOverLintasMedianStep: naiveT.medianStepMs / lintasT.medianStepMs,
    },
    fullRecompute: {
      aggregateWindowAllMs: allT.median,
      aggregateWindowAllFirstAfterGcMs: allAfterGcT.median,
      aggregateWindow12MonthMs: window12T.median,
      rowPath12MonthMs: rowT.median,
      rowPath12MonthRows,
    },
  };
  printSize(result);
  return result;
}

function printSize(r: SizeResult): void {
  const s = r.sequence;
  log(
    `\nInteraction sequence: ${s.steps} steps (73 windows + 8 toggles), median of ${s.runs} runs after 1 warm-up`,
  );
  log(
    `${padEnd('implementation', 14)}${pad('median ms/step', 16)}${pad('p95 ms/step', 13)}${pad('worst step', 12)}${pad('first step', 12)}${pad('total ms', 11)}${pad('÷ Lintas', 10)}`,
  );
  for (const t of [s.lintas, s.crossfilter, s.naive]) {
    log(
      `${padEnd(t.name, 14)}${pad(ms(t.medianStepMs), 16)}${pad(ms(t.p95StepMs), 13)}${pad(ms(t.worstStepMs), 12)}${pad(ms(t.firstStepMs), 12)}${pad(ms(t.totalMs), 11)}${pad(x(t.totalMs / s.lintas.totalMs), 10)}`,
    );
  }
  const f = r.fullRecompute;
  log(
    `\nFull recompute: aggregateWindow(cube, no filters) ${ms(f.aggregateWindowAllMs)} ms (first call after a forced full GC ${ms(f.aggregateWindowAllFirstAfterGcMs)} ms);`,
  );
  log(`  aggregateWindow 12-month (2012) ${ms(f.aggregateWindow12MonthMs)} ms;`);
  log(
    `  row path aggregateRows(table, filterEvents(2012)) ${ms(f.rowPath12MonthMs)} ms (${int(f.rowPath12MonthRows)} rows); cube build ${ms(r.cubeBuildMs)} ms (${int(r.bytes.cubeCells)} cells); crossfilter2 build ${ms(r.crossfilterBuildMs)} ms`,
  );
  const l = r.loading;
  log(
    `Loading (${r.textMB.toFixed(1)} MB, median of ${l.runs}): JSON.parse ${ms(l.jsonParseMs)} ms; parseEventsText ${ms(l.parseEventsTextMs)} ms; ratio ${x(l.ratio)}`,
  );
  log(
    `  of which validate + build (parseEventsValue on an already parsed value) ${ms(l.parseEventsValueMs)} ms`,
  );
  const b = r.bytes;
  const heap = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(0));
  log(
    `Bytes/event: table ${b.tableBytesPerEvent.toFixed(1)} (ids ${b.idBytesPerEvent.toFixed(1)}, nationalities ${b.natBytesPerEvent.toFixed(1)}); cube ${b.cubeBytesPerEvent.toFixed(1)}; ` +
      `for comparison JS records ≈${heap(b.recordsHeapBytesPerEvent)}, crossfilter2 indexes+groups ≈${heap(b.crossfilterHeapBytesPerEvent)}`,
  );
}

// ---------- run ----------
const cpu = os.cpus()[0]?.model ?? 'unknown';
const machine = {
  cpu,
  cores: os.cpus().length,
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  totalMemGB: Math.round(os.totalmem() / 1e9),
  loadAverageAtStart: os.loadavg().map((v) => Number(v.toFixed(2))),
  gcExposed: collectGarbage(),
  /** 'bundle': esbuild bundle run by plain Node (as shipped code); 'tsx': tsx transform (keepNames on). */
  mode: process.env.LINTAS_BENCH_MODE ?? 'tsx',
};
log(
  `Lintas bench — ${cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.os}; load avg ${machine.loadAverageAtStart.join(' ')}`,
);
log(
  `sizes: ${SIZES.map(int).join(', ')}; code: ${machine.mode}; forced GC between runs: ${machine.gcExposed ? 'yes' : 'no (run without --expose-gc)'}`,
);

const results: SizeResult[] = [];
for (const n of SIZES) {
  results.push(runSize(n));
  collectGarbage();
}

// ---------- targets ----------
const target = results.find((r) => r.events === 1_000_000) ?? results[results.length - 1];
interface TargetRow {
  readonly name: string;
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean;
}
const targets: TargetRow[] = [];
if (target) {
  const s = target.sequence;
  targets.push(
    {
      name: 'sequence vs crossfilter2 (total)',
      goal: '≥ 10×',
      measured: x(s.crossfilterOverLintas),
      met: s.crossfilterOverLintas >= 10,
    },
    {
      name: 'sequence vs naive (total)',
      goal: '≥ 20×',
      measured: x(s.naiveOverLintas),
      met: s.naiveOverLintas >= 20,
    },
    {
      name: 'every step (worst per-step median)',
      goal: '≤ 2 ms',
      measured: `${ms(s.lintas.worstStepMs)} ms (p95 ${ms(s.lintas.p95StepMs)})`,
      met: s.lintas.worstStepMs <= 2,
    },
    {
      name: 'full recompute aggregateWindow(all)',
      goal: '≤ 16 ms',
      measured: `${ms(target.fullRecompute.aggregateWindowAllMs)} ms`,
      met: target.fullRecompute.aggregateWindowAllMs <= 16,
    },
    {
      name: 'load ÷ JSON.parse',
      goal: '≤ 1.5×',
      measured: x(target.loading.ratio),
      met: target.loading.ratio <= 1.5,
    },
    {
      name: 'table bytes/event',
      goal: '≤ 64',
      measured: target.bytes.tableBytesPerEvent.toFixed(1),
      met: target.bytes.tableBytesPerEvent <= 64,
    },
  );
  log(`\nTargets at ${int(target.events)} events`);
  log(`${padEnd('target', 38)}${padEnd('goal', 10)}${padEnd('measured', 26)}status`);
  for (const t of targets)
    log(`${padEnd(t.name, 38)}${padEnd(t.goal, 10)}${padEnd(t.measured, 26)}${t.met ? 'met' : 'NOT MET'}`);
}

const totalSeconds = (performance.now() - benchStart) / 1000;
const json = {
  generatedAt: new Date().toISOString(),
  machine: { ...machine, loadAverageAtEnd: os.loadavg().map((v) => Number(v.toFixed(2))) },
  method: {
    seed: BENCH_SEED,
    sequence:
      '12-month window slid month by month over 2008-01..2014-12 (73 steps) + route java-christmas and nationality IRN toggled on/off at 4 positions (8 steps); each step: flows per route and segment, monthly series by route, site totals, headline totals',
    timing:
      'performance.now(); 1 warm-up run; runs of the three implementations interleaved; before each timed run: reset, forced full GC, 8 untimed re-warm steps, reset (not GC between steps); full recompute: steady state after warm-up, plus first call after a forced GC',
    crossfilter:
      'filter dims day (filterRange), route, nationality (array dimension: any-of, as Lintas); groups on never-filtered dims kind×outcome, site×kind×outcome, route×reachedStage, month×route with custom multi-measure reduce; nationality toggles rebind reduce (people weighted by selected nationalities) → regroup',
    naive: 'array of plain objects; per step Array.filter then reduce into 4 Maps',
    loading: 'parseEventsText(text, { routes: null, maxBytes: unlimited }) vs JSON.parse(text), interleaved',
  },
  sizes: results.map((r) => ({
    ...r,
    sequence: {
      ...r.sequence,
      lintas: {
        ...r.sequence.lintas,
        perStepMedianMs: r.sequence.lintas.perStepMedianMs.map((v) => Number(v.toFixed(4))),
      },
      crossfilter: {
        ...r.sequence.crossfilter,
        perStepMedianMs: r.sequence.crossfilter.perStepMedianMs.map((v) => Number(v.toFixed(4))),
      },
      naive: {
        ...r.sequence.naive,
        perStepMedianMs: r.sequence.naive.perStepMedianMs.map((v) => Number(v.toFixed(4))),
      },
    },
  })),
  targets: targets.map((t) => ({ ...t, atEvents: target?.events ?? null })),
  totalSeconds,
};
const benchDir = process.env.LINTAS_BENCH_DIR ?? path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(benchDir, 'results');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, 'latest.json');
writeFileSync(outFile, `${JSON.stringify(json, null, 2)}\n`);
log(`\nwrote ${path.relative(process.cwd(), outFile)}; total ${totalSeconds.toFixed(0)} s`);
