// The Lintas benchmarks, all figures from one run (see bench/README.md), per data shape and size:
//   1. interaction sequence (first step, month slides, day drags, jumps, toggles): Lintas aggregateWindow vs
//      the previous Lintas core, crossfilter2 (the best design we could write) and a naive filter + Maps;
//      every implementation is checked against Lintas on every step before timing;
//   2. full recompute (a cold engine over the whole period, the first call after a forced GC), cube build;
//   3. loading (demo shape): JSON.parse alone vs parseEventsText (parse + validate + build table);
//   4. memory: table, cube and running windows, bytes per event.
// Prints a table and writes results/latest.json next to this file (LINTAS_BENCH_DIR overrides the folder).
// Normally started by run-all.ts (`npm run bench`), which bundles it and runs Node with --expose-gc.
// BENCH_SIZES=demo:100000,demo:1000000,high-cardinality:1000000 (the default; a bare number means demo).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { parseEventsText, parseEventsValue } from '@/data/parse-events';
import { NO_FILTERS } from '@/domain/event-filters';
import { measureTableBytes } from '@/domain/event-table';
import { WindowEngine } from '@/domain/window-engine';
import { CrossfilterDashboard } from './baselines/crossfilter-sequence';
import { tableToRecords, type EventRecord } from './baselines/event-records';
import { naiveAggregate } from './baselines/naive-sequence';
import { buildInteractionSteps, STEP_KINDS, windowFilters, type StepKind } from './interaction-steps';
import {
  buildEventCube,
  buildPreviousEventCube,
  LintasRunner,
  measureCubeBytes,
  measurePreviousCubeBytes,
  previousCoreStep,
  rowPathStep,
  type PreviousEventCube,
} from './lintas-sequence';
import {
  collectGarbage,
  firstCallAfterGc,
  flushObservers,
  gcShareOf,
  recordGcPauses,
  type GcPause,
  type GcShare,
  retainedHeapBytes,
  timeInterleaved,
  timeMedian,
  timeSequences,
  type SequenceRunner,
  type SequenceTiming,
} from './measure';
import { ratiosOf, statsByKind, sumOfStepMedians, type KindStats, type Ratios } from './sequence-stats';
import {
  BENCH_SEED,
  BENCH_SHAPES,
  generateEventsText,
  type BenchShape,
  type BenchShapeName,
} from './synthetic-events';
import { diffAggregates, type DiffScope } from './verify-aggregates';

interface SizeSpec {
  readonly shape: BenchShape;
  readonly events: number;
}
const SPECS: SizeSpec[] = (process.env.BENCH_SIZES ?? 'demo:100000,demo:1000000,high-cardinality:1000000')
  .split(',')
  .map((item) => {
    const [a, b] = item.trim().split(':');
    const name = (b === undefined ? 'demo' : a) as BenchShapeName;
    const shape = BENCH_SHAPES[name];
    const events = Number(b ?? a);
    if (shape === undefined || !Number.isInteger(events) || events <= 0) throw new Error(`bad size: ${item}`);
    return { shape, events };
  });
const benchStart = performance.now();

// ---------- formatting ----------
const ms = (v: number): string => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0));
const x = (v: number): string => `${v.toFixed(v < 10 ? 2 : 1)}×`;
const pad = (s: string, n: number): string => s.padStart(n);
const padEnd = (s: string, n: number): string => s.padEnd(n);
const int = (n: number): string => n.toLocaleString('en-US');
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const log = (line = ''): void => console.log(line);

// ---------- one shape and size ----------
interface Implementation {
  readonly timing: SequenceTiming;
  readonly byKind: Partial<Record<StepKind, KindStats>>;
  /** This implementation ÷ Lintas, same run. */
  readonly overLintas: Ratios;
  /** GC pauses inside its timed steps. */
  readonly gc: GcShare;
}

interface SizeResult {
  readonly shape: BenchShapeName;
  readonly events: number;
  readonly textMB: number;
  readonly generateMs: number;
  readonly loading: {
    readonly runs: number;
    readonly jsonParseMs: number | null;
    readonly parseEventsTextMs: number;
    readonly ratio: number | null;
    readonly parseEventsValueMs: number | null;
  };
  readonly table: {
    readonly sites: number;
    readonly routes: number;
    readonly nationalities: number;
    readonly months: number;
  };
  readonly bytes: {
    readonly tableBytes: number;
    readonly tableBytesPerEvent: number;
    readonly cubeBytes: number;
    readonly cubeBytesPerEvent: number;
    readonly cubeCells: number;
    readonly monthsWithCells: number;
    readonly previousCubeBytes: number;
    /** Running windows the engine held at the end of a sequence run, and their bytes. */
    readonly runningWindows: number;
    readonly runningWindowBytes: number;
    readonly recordsHeapBytesPerEvent: number | null;
    readonly crossfilterHeapBytesPerEvent: number | null;
  };
  readonly cubeBuildMs: number;
  readonly previousCubeBuildMs: number;
  readonly crossfilterBuildMs: number;
  readonly verification: {
    readonly steps: number;
    readonly crossfilterStepsChecked: number;
    readonly previousCoreStepsChecked: number;
    readonly rowPathStepsChecked: number;
    readonly naiveStepsChecked: number;
    readonly agree: true;
  };
  readonly sequence: {
    readonly steps: number;
    readonly stepsByKind: Partial<Record<StepKind, number>>;
    readonly runs: number;
    readonly lintas: Implementation;
    readonly previousCore: Implementation;
    readonly crossfilter: Implementation;
    readonly naive: Implementation | null;
    /** Lintas again, after the baselines' records and indexes were released (the heap as in the app). */
    readonly lintasAlone: Implementation;
  };
  readonly fullRecompute: {
    /** A cold engine (no running window) over the whole period, no filters. */
    readonly coldAllMs: number;
    readonly coldAllFirstAfterGcMs: number;
    readonly previousCoreAllMs: number;
    readonly previousCoreAllFirstAfterGcMs: number;
    /** A cold engine on one 12-month window (the busiest year of the demo shape, or year 2005). */
    readonly cold12MonthMs: number;
    readonly rowPath12MonthMs: number;
  };
}

function loadTable(spec: SizeSpec, fileName: string, loadRuns: number) {
  const { shape, events: n } = spec;
  let t0 = performance.now();
  const text = generateEventsText(n, BENCH_SEED, shape.name);
  const generateMs = performance.now() - t0;
  const textMB = text.length / 1e6;
  log(`generated ${textMB.toFixed(1)} MB of JSON in ${ms(generateMs)} ms`);
  const unlimited = { fileName, routes: null, maxBytes: Number.MAX_SAFE_INTEGER };

  let loading: SizeResult['loading'];
  if (loadRuns > 0) {
    // Interleaved runs; maxBytes lifted: 1M events exceed the 200 MB default.
    const [jsonT, parseT] = timeInterleaved(
      [() => JSON.parse(text) as unknown, () => parseEventsText(text, unlimited)],
      loadRuns,
      1,
    );
    if (!jsonT || !parseT) throw new Error('loading timings missing');
    const parsed = { value: JSON.parse(text) as unknown };
    const valueT = timeMedian(() => parseEventsValue(parsed.value, unlimited), loadRuns, 1);
    parsed.value = null;
    loading = {
      runs: loadRuns,
      jsonParseMs: jsonT.median,
      parseEventsTextMs: parseT.median,
      ratio: parseT.median / jsonT.median,
      parseEventsValueMs: valueT.median,
    };
  } else
    loading = { runs: 1, jsonParseMs: null, parseEventsTextMs: NaN, ratio: null, parseEventsValueMs: null };

  // The table of the sequence: same text, parsed with the shape's corridors so that flows exist.
  collectGarbage();
  t0 = performance.now();
  const loaded = parseEventsText(text, { ...unlimited, routes: shape.routes() });
  const parseWithRoutesMs = performance.now() - t0;
  if (!loaded.ok) throw new Error(`load failed: ${loaded.error.code} ${String(loaded.error.value)}`);
  const { table, report } = loaded;
  if (report.accepted !== n || report.rejected.length > 0 || report.warnings.length > 0) {
    throw new Error(
      `unexpected load report: ${report.accepted} accepted, ${report.rejected.length} rejected, ${report.warnings.length} warnings`,
    );
  }
  if (loadRuns === 0) loading = { ...loading, parseEventsTextMs: parseWithRoutesMs };
  return { generateMs, textMB, loading, table };
}

/** Checks every implementation against Lintas, replaying the sequence in order (as the timed runs do). */
function verify(
  lintas: LintasRunner,
  others: readonly {
    readonly name: string;
    readonly every: number;
    readonly run: SequenceRunner;
    readonly scope: DiffScope;
  }[],
  steps: ReturnType<typeof buildInteractionSteps>,
): Record<string, number> {
  const checked: Record<string, number> = {};
  lintas.reset();
  for (const o of others) {
    o.run.reset();
    checked[o.name] = 0;
  }
  steps.forEach((step, i) => {
    const expected = lintas.step(step.filters);
    for (const o of others) {
      // Stateful implementations (crossfilter) replay every step; `every` thins only the stateless ones.
      if (o.every > 1 && i % o.every !== 0 && i !== steps.length - 1) continue;
      const diff = diffAggregates(expected, o.run.step(i) as typeof expected, o.scope);
      if (diff !== null)
        throw new Error(`step ${i} (${step.label}): ${o.name} differs from Lintas in ${diff}`);
      checked[o.name] = (checked[o.name] ?? 0) + 1;
    }
  });
  return checked;
}

function implementation(
  timing: SequenceTiming,
  lintas: SequenceTiming,
  steps: ReturnType<typeof buildInteractionSteps>,
  pauses: readonly GcPause[],
): Implementation {
  return {
    timing,
    byKind: statsByKind(timing, steps),
    overLintas: ratiosOf(timing, lintas, steps),
    gc: gcShareOf(timing, pauses),
  };
}

async function runSize(spec: SizeSpec): Promise<SizeResult> {
  const { shape, events: n } = spec;
  const big = n >= 500_000;
  const demo = shape.name === 'demo';
  const seqRuns = Number(process.env.BENCH_RUNS ?? (big ? 5 : 7));
  const fileName = `bench-${shape.name}-${n}.geojson`;
  log(`\n== ${shape.name} shape, ${int(n)} events ==`);

  const { generateMs, textMB, loading, table } = loadTable(spec, fileName, demo ? (big ? 3 : 7) : 0);
  collectGarbage();
  log(
    `table: ${int(table.sites.length)} sites, ${int(table.routes.length)} routes, ${table.nationalityNames.length} nationalities, ${table.monthCount} months`,
  );

  // --- cubes ---
  const cubeT = timeMedian(() => buildEventCube(table), big ? 3 : 7, 1);
  const cube = buildEventCube(table);
  const previousCubeT = timeMedian(() => buildPreviousEventCube(table), big ? 3 : 5, 1);
  const previousCube = buildPreviousEventCube(table);

  // --- baselines' state ---
  // Held in one object, so that they can be released before the Lintas-alone runs.
  const held: {
    records: EventRecord[];
    cf: CrossfilterDashboard | null;
    previousCube: PreviousEventCube | null;
  } = { records: [], cf: null, previousCube };
  const recordsHeap = retainedHeapBytes(() => tableToRecords(table));
  held.records = recordsHeap.value;
  recordsHeap.value = [];
  const t0 = performance.now();
  const cfHeap = retainedHeapBytes(
    (): CrossfilterDashboard | null => new CrossfilterDashboard(table, held.records),
  );
  const crossfilterBuildMs = performance.now() - t0;
  held.cf = cfHeap.value;
  cfHeap.value = null;
  const previousCubeBytes = measurePreviousCubeBytes(previousCube);

  const steps = buildInteractionSteps(shape);
  const lintas = new LintasRunner(cube);
  const runners = {
    lintas: {
      name: 'Lintas',
      reset: () => lintas.reset(),
      step: (i: number) => lintas.step(steps[i]!.filters),
    },
    previous: {
      name: 'previous core',
      reset: () => undefined,
      step: (i: number) => previousCoreStep(held.previousCube!, steps[i]!.filters),
    },
    crossfilter: {
      name: 'crossfilter2',
      reset: () => held.cf?.reset(),
      step: (i: number) => held.cf!.apply(steps[i]!.filters),
    },
    naive: {
      name: 'naive',
      reset: () => undefined,
      step: (i: number) => naiveAggregate(table, held.records, steps[i]!.filters),
    },
    rowPath: {
      name: 'row path',
      reset: () => undefined,
      step: (i: number) => rowPathStep(table, steps[i]!.filters),
    },
  } satisfies Record<string, SequenceRunner>;

  // --- verification: same WindowAggregates as Lintas ---
  const thin = big ? 5 : 1;
  const checked = verify(
    lintas,
    [
      { name: 'crossfilter2', every: 1, run: runners.crossfilter, scope: 'all' as const },
      {
        name: 'previous core',
        every: demo ? 1 : thin,
        run: runners.previous,
        scope: 'people-boats' as const,
      },
      { name: 'row path', every: thin, run: runners.rowPath, scope: 'all' as const },
      ...(demo ? [{ name: 'naive', every: thin, run: runners.naive, scope: 'all' as const }] : []),
    ],
    steps,
  );
  log(
    `agree: yes — crossfilter2 on all ${steps.length} steps, the previous core on ${checked['previous core']}, the row path on ${checked['row path']}${demo ? `, naive on ${checked['naive']}` : ''}`,
  );

  // --- 1. interaction sequence ---
  // The previous core takes 50–100 ms a step at high cardinality: there it runs once, on its own.
  const timed = [runners.lintas, runners.crossfilter, ...(demo ? [runners.previous, runners.naive] : [])];
  const gc = recordGcPauses();
  const timings = timeSequences(timed, steps.length, seqRuns, 1);
  const [lintasT, cfT] = timings;
  const previousT = demo ? timings[2] : timeSequences([runners.previous], steps.length, 1, 0)[0];
  const naiveT = demo ? timings[3] : undefined;
  if (!lintasT || !previousT || !cfT) throw new Error('sequence timings missing');
  const footprint = lintas.footprint;

  // --- 2. full recompute, from a cold engine ---
  const cold = (filters: typeof NO_FILTERS) => () => new WindowEngine(cube).aggregate(filters, 'route');
  const allT = timeMedian(cold(NO_FILTERS), 11, 3, false);
  const allAfterGcT = firstCallAfterGc(cold(NO_FILTERS), 5);
  const prevAllT = timeMedian(() => previousCoreStep(previousCube, NO_FILTERS), 11, 3, false);
  const prevAllAfterGcT = firstCallAfterGc(() => previousCoreStep(previousCube, NO_FILTERS), 5);
  const year = windowFilters(demo ? 48 : 15 * 12, shape);
  const window12T = timeMedian(cold(year), 21, 3, false);
  const rowT = timeMedian(() => rowPathStep(table, year), 11, 2, false);

  // --- Lintas alone: the baselines' JS objects released, so a GC costs what it would in the app ---
  held.cf = null;
  held.records = [];
  held.previousCube = null;
  const [aloneT] = timeSequences([runners.lintas], steps.length, seqRuns, 1);
  await flushObservers();
  gc.stop();
  if (!aloneT) throw new Error('Lintas-alone timing missing');

  const stepsByKind: Partial<Record<StepKind, number>> = {};
  for (const s of steps) stepsByKind[s.kind] = (stepsByKind[s.kind] ?? 0) + 1;
  const cubeBytes = measureCubeBytes(cube);
  let monthsWithCells = 0;
  for (const v of cube.monthHasCells) monthsWithCells += v;

  const result: SizeResult = {
    shape: shape.name,
    events: n,
    textMB,
    generateMs,
    loading,
    table: {
      sites: table.sites.length,
      routes: table.routes.length,
      nationalities: table.nationalityNames.length,
      months: table.monthCount,
    },
    bytes: {
      tableBytes: measureTableBytes(table),
      tableBytesPerEvent: measureTableBytes(table) / table.length,
      cubeBytes,
      cubeBytesPerEvent: cubeBytes / table.length,
      cubeCells: cube.cellCount,
      monthsWithCells,
      previousCubeBytes,
      runningWindows: footprint.windows,
      runningWindowBytes: footprint.bytes,
      recordsHeapBytesPerEvent: recordsHeap.bytes === null ? null : recordsHeap.bytes / n,
      crossfilterHeapBytesPerEvent: cfHeap.bytes === null ? null : cfHeap.bytes / n,
    },
    cubeBuildMs: cubeT.median,
    previousCubeBuildMs: previousCubeT.median,
    crossfilterBuildMs,
    verification: {
      steps: steps.length,
      crossfilterStepsChecked: checked['crossfilter2'] ?? 0,
      previousCoreStepsChecked: checked['previous core'] ?? 0,
      rowPathStepsChecked: checked['row path'] ?? 0,
      naiveStepsChecked: checked['naive'] ?? 0,
      agree: true,
    },
    sequence: {
      steps: steps.length,
      stepsByKind,
      runs: seqRuns,
      lintas: implementation(lintasT, lintasT, steps, gc.pauses),
      previousCore: implementation(previousT, lintasT, steps, gc.pauses),
      crossfilter: implementation(cfT, lintasT, steps, gc.pauses),
      naive: naiveT ? implementation(naiveT, lintasT, steps, gc.pauses) : null,
      lintasAlone: implementation(aloneT, lintasT, steps, gc.pauses),
    },
    fullRecompute: {
      coldAllMs: allT.median,
      coldAllFirstAfterGcMs: allAfterGcT.median,
      previousCoreAllMs: prevAllT.median,
      previousCoreAllFirstAfterGcMs: prevAllAfterGcT.median,
      cold12MonthMs: window12T.median,
      rowPath12MonthMs: rowT.median,
    },
  };
  printSize(result);
  return result;
}

function printSize(r: SizeResult): void {
  const s = r.sequence;
  const kinds = STEP_KINDS.filter((k) => (s.stepsByKind[k] ?? 0) > 0);
  log(
    `\nInteraction sequence: ${s.steps} steps (${kinds.map((k) => `${s.stepsByKind[k]} ${k}`).join(', ')}), median of ${s.runs} runs after 1 warm-up`,
  );
  log(
    `${padEnd('implementation', 15)}${pad('median', 9)}${pad('p95', 9)}${pad('worst', 9)}${pad('first', 9)}${pad('total ms', 10)}${pad('÷ Lintas', 10)}${pad('Σ medians', 11)}${pad('÷ Lintas', 10)}${pad('median ÷', 10)}`,
  );
  const impls = [s.lintas, s.previousCore, s.crossfilter, ...(s.naive ? [s.naive] : [])];
  for (const impl of [...impls, s.lintasAlone]) {
    const t = impl === s.lintasAlone ? { ...impl.timing, name: 'Lintas alone' } : impl.timing;
    log(
      `${padEnd(t.name, 15)}${pad(ms(t.medianStepMs), 9)}${pad(ms(t.p95StepMs), 9)}${pad(ms(t.worstStepMs), 9)}${pad(ms(t.firstStepMs), 9)}${pad(ms(t.totalMs), 10)}${pad(x(impl.overLintas.total), 10)}${pad(ms(sumOfStepMedians(t)), 11)}${pad(x(impl.overLintas.totalOfStepMedians), 10)}${pad(x(impl.overLintas.medianStep), 10)}`,
    );
  }
  log(`per kind: median ms/step (worst) · total ms · ÷ Lintas on the kind's total`);
  for (const kind of kinds) {
    const cells = impls.map((impl) => {
      const k = impl.byKind[kind];
      if (!k) return '';
      const ratio = impl === s.lintas ? '' : ` ${x(impl.overLintas.byKindTotal[kind] ?? NaN)}`;
      return `${impl.timing.name}: ${ms(k.medianStepMs)} (${ms(k.worstStepMs)}) · ${ms(k.totalMs)}${ratio}`;
    });
    log(`  ${padEnd(kind, 12)} ${cells.join(' | ')}`);
  }
  log(
    `GC inside the timed steps, ms per run (samples hit; worst per-step median without GC): ${[
      ...impls,
      s.lintasAlone,
    ]
      .map(
        (impl) =>
          `${impl === s.lintasAlone ? 'Lintas alone' : impl.timing.name} ${ms(impl.gc.gcMsPerRun)} (${impl.gc.samplesWithGc}; ${ms(impl.gc.worstStepWithoutGcMs)})`,
      )
      .join(' · ')}`,
  );
  log(`"Lintas alone": the same Lintas runs after the baselines' records and indexes were released.`);
  const f = r.fullRecompute;
  log(
    `Full recompute, whole period, no filters: cold engine ${ms(f.coldAllMs)} ms (first call after a forced full GC ${ms(f.coldAllFirstAfterGcMs)} ms); previous core ${ms(f.previousCoreAllMs)} ms (after GC ${ms(f.previousCoreAllFirstAfterGcMs)} ms)`,
  );
  log(`  cold engine, one 12-month window ${ms(f.cold12MonthMs)} ms; row path ${ms(f.rowPath12MonthMs)} ms`);
  log(
    `Builds: cube ${ms(r.cubeBuildMs)} ms (${int(r.bytes.cubeCells)} cells, ${r.bytes.monthsWithCells} of ${r.table.months} months as cells); previous cube ${ms(r.previousCubeBuildMs)} ms; crossfilter2 ${ms(r.crossfilterBuildMs)} ms`,
  );
  const l = r.loading;
  if (l.ratio !== null && l.jsonParseMs !== null) {
    log(
      `Loading (${r.textMB.toFixed(1)} MB, median of ${l.runs}): JSON.parse ${ms(l.jsonParseMs)} ms; parseEventsText ${ms(l.parseEventsTextMs)} ms; ratio ${x(l.ratio)}`,
    );
  } else
    log(
      `Loading (${r.textMB.toFixed(1)} MB, one run, with routes): parseEventsText ${ms(l.parseEventsTextMs)} ms`,
    );
  const b = r.bytes;
  const heap = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(0));
  log(
    `Memory: table ${b.tableBytesPerEvent.toFixed(1)} B/event; cube ${mb(b.cubeBytes)} (${b.cubeBytesPerEvent.toFixed(1)} B/event; previous cube ${mb(b.previousCubeBytes)}); ` +
      `running windows ${b.runningWindows}, ${mb(b.runningWindowBytes)}; JS records ≈${heap(b.recordsHeapBytesPerEvent)} B/event, crossfilter2 ≈${heap(b.crossfilterHeapBytesPerEvent)} B/event`,
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
  `sizes: ${SPECS.map((s) => `${s.shape.name} ${int(s.events)}`).join(', ')}; code: ${machine.mode}; forced GC between runs: ${machine.gcExposed ? 'yes' : 'no (run without --expose-gc)'}`,
);

const results: SizeResult[] = [];
for (const spec of SPECS) {
  results.push(await runSize(spec));
  collectGarbage();
}

// ---------- targets ----------
interface TargetRow {
  readonly at: string;
  readonly name: string;
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean;
}
const targets: TargetRow[] = [];
for (const r of results) {
  const at = `${r.shape} ${int(r.events)}`;
  const s = r.sequence;
  const cf = s.crossfilter.overLintas;
  const worst = s.lintas.timing.worstStepMs;
  const alone = s.lintasAlone.timing;
  targets.push(
    {
      at,
      name: 'sequence vs crossfilter2 (total)',
      goal: '≥ 10×',
      measured: x(cf.total),
      met: cf.total >= 10,
    },
    {
      at,
      name: 'sequence vs crossfilter2 (Σ step medians)',
      goal: '≥ 10×',
      measured: x(cf.totalOfStepMedians),
      met: cf.totalOfStepMedians >= 10,
    },
    {
      at,
      name: 'sequence vs crossfilter2 (median step)',
      goal: '≥ 5×',
      measured: x(cf.medianStep),
      met: cf.medianStep >= 5,
    },
    {
      at,
      name: 'every step (worst per-step median)',
      goal: '≤ 5 ms',
      measured: `${ms(worst)} ms (p95 ${ms(s.lintas.timing.p95StepMs)})`,
      met: worst <= 5,
    },
    {
      at,
      name: 'every step, Lintas alone (app heap)',
      goal: '≤ 5 ms',
      measured: `${ms(alone.worstStepMs)} ms (p95 ${ms(alone.p95StepMs)})`,
      met: alone.worstStepMs <= 5,
    },
  );
  if (r.loading.ratio !== null && r.events >= 1_000_000) {
    targets.push({
      at,
      name: 'load ÷ JSON.parse',
      goal: '≤ 1.5×',
      measured: x(r.loading.ratio),
      met: r.loading.ratio <= 1.5,
    });
  }
}
log(`\nTargets`);
log(`${padEnd('at', 24)}${padEnd('target', 40)}${padEnd('goal', 9)}${padEnd('measured', 26)}status`);
for (const t of targets)
  log(
    `${padEnd(t.at, 24)}${padEnd(t.name, 40)}${padEnd(t.goal, 9)}${padEnd(t.measured, 26)}${t.met ? 'met' : 'NOT MET'}`,
  );

const totalSeconds = (performance.now() - benchStart) / 1000;
const rounded = (impl: Implementation | null) =>
  impl === null
    ? null
    : {
        ...impl,
        timing: {
          ...impl.timing,
          perStepMedianMs: impl.timing.perStepMedianMs.map((v) => Number(v.toFixed(4))),
          perRunMs: undefined,
          startMs: undefined,
        },
      };
const json = {
  generatedAt: new Date().toISOString(),
  machine: { ...machine, loadAverageAtEnd: os.loadavg().map((v) => Number(v.toFixed(2))) },
  method: {
    seed: BENCH_SEED,
    sequence:
      'per shape: first 12-month window; 12-month window slid month by month over the span with route and nationality toggled on/off at 4 positions; 3 day drags (365, 90, 730 days from mid-month, 40 one-day steps each, after a jump to the start) with a route and a nationality toggle; each step: flows per route and segment, monthly series by route, site totals, headline totals',
    timing:
      'performance.now(); 1 warm-up run; runs of the implementations interleaved; before each timed run: reset (Lintas: a new engine, no running window), forced full GC, 8 untimed re-warm steps, reset (no GC between steps); full recompute: cold engine each call, steady state after warm-up, plus first call after a forced GC',
    crossfilter:
      'filter dims day (filterRange), route (filterExact), nationality (array dimension: any-of, as Lintas); one group on a never-filtered key dim month×route×reached stage×site×kind×outcome; reduce keeps totals and people per nationality code, read sums the selected codes (no rebind on toggles); read visits only the keys of the window months (binary search on the sorted group)',
    previousCore:
      'the Lintas core before issue 10 (bench/baselines/previous-core): stateless month cube, partial months scanned row by row',
    naive: 'array of plain objects; per step Array.filter then reduce into 4 Maps (demo shape only)',
    loading: 'parseEventsText(text, { routes: null, maxBytes: unlimited }) vs JSON.parse(text), interleaved',
  },
  sizes: results.map((r) => ({
    ...r,
    sequence: {
      ...r.sequence,
      lintas: rounded(r.sequence.lintas),
      previousCore: rounded(r.sequence.previousCore),
      crossfilter: rounded(r.sequence.crossfilter),
      naive: rounded(r.sequence.naive),
      lintasAlone: rounded(r.sequence.lintasAlone),
    },
  })),
  targets,
  totalSeconds,
};
const benchDir = process.env.LINTAS_BENCH_DIR ?? path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(benchDir, 'results');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, 'latest.json');
writeFileSync(outFile, `${JSON.stringify(json, null, 2)}\n`);
log(`\nwrote ${path.relative(process.cwd(), outFile)}; total ${totalSeconds.toFixed(0)} s`);
