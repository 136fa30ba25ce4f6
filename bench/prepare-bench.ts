// `npm run bench:prepare` (bench/README.md, "Preparation"): writes a seeded CSV of PREPARE_BENCH_ROWS
// rows (default 1,000,000), runs the preparation step on it as a person would (the command line, once
// as it is and once pre-aggregated per month), then loads the same events in Node from the columnar file
// and from GeoJSON, in alternation, in a bundled child (shipped-like code, no tsx wrappers). Prints a
// table and writes bench/results/prepare-latest.json. Run it alone: it uses both cores for minutes.
// Above the app's limit of events per file (MAX_FEATURES), e.g. PREPARE_BENCH_ROWS=10000000, it runs the
// step once as a person would (--aggregate auto) and skips the load half: no browser is meant to load
// that many records. That run writes bench/results/prepare-<rows>.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FEATURES } from '../src/data/format-limits';
import { PREPARE_BENCH_MAPPING, writePrepareBenchCsv } from './prepare-synthetic-csv';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(benchDir, '..');
const rows = Number(process.env['PREPARE_BENCH_ROWS'] ?? 1_000_000);
const work = mkdtempSync(path.join(os.tmpdir(), 'lintas-prepare-bench-'));
const large = rows > MAX_FEATURES;

interface PrepareRun {
  readonly wallMs: number;
  readonly rowsPerSecond: number;
  readonly maxRssMB: number;
  readonly timingsMs: Record<string, number> | null;
  readonly records: number;
  readonly eventsBytes: number;
}

/** Runs the command line (as `npm run prepare` does, without npm) and reads its stats line. */
function runPrepare(csv: string, out: string, extra: readonly string[]): PrepareRun {
  const mapping = path.join(work, 'mapping.json');
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      path.join(root, 'scripts/prepare/prepare.ts'),
      csv,
      '--mapping',
      mapping,
      '--out',
      out,
      '--quiet',
      ...extra,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LINTAS_PREPARE_STATS: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`prepare failed: ${child.stderr}`);
  const statsLine = child.stderr.split('\n').find((line) => line.startsWith('prepare-stats ')) ?? '';
  const stats = JSON.parse(statsLine.slice('prepare-stats '.length) || '{}') as {
    maxRssBytes?: number;
    timingsMs?: Record<string, number> | null;
  };
  const written = /(\d+) records written/.exec(child.stdout);
  return {
    wallMs,
    rowsPerSecond: rows / (wallMs / 1000),
    maxRssMB: (stats.maxRssBytes ?? 0) / 1e6,
    timingsMs: stats.timingsMs ?? null,
    records: Number(written?.[1] ?? 0),
    eventsBytes: statSync(path.join(out, 'events.arrow')).size,
  };
}

function machine(): Record<string, unknown> {
  return {
    cpu: os.cpus()[0]?.model ?? '',
    cores: os.cpus().length,
    node: process.version,
    loadAverageAtEnd: os.loadavg(),
  };
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const phases = (run: PrepareRun): string =>
  JSON.stringify(Object.fromEntries(Object.entries(run.timingsMs ?? {}).map(([k, v]) => [k, Math.round(v)])));

/** The run above MAX_FEATURES: the preparation only. */
function writeLargeResult(csvBytes: number, auto: PrepareRun): void {
  const result = {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    rows,
    csvBytes,
    prepareAuto: auto,
  };
  mkdirSync(path.join(benchDir, 'results'), { recursive: true });
  writeFileSync(
    path.join(benchDir, 'results', `prepare-${rows}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.log(`
Preparation of ${rows.toLocaleString('en')} CSV rows (${mb(csvBytes)}), --aggregate auto
  ${s(auto.wallMs)} wall, ${Math.round(auto.rowsPerSecond).toLocaleString('en')} rows/s, peak ${auto.maxRssMB.toFixed(0)} MB, ${auto.records.toLocaleString('en')} records, ${mb(auto.eventsBytes)}
  phases ${phases(auto)}
Written to bench/results/prepare-${rows}.json`);
}

async function bundleLoadMain(outfile: string): Promise<void> {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(benchDir, 'prepare-load-main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
}

try {
  const csv = path.join(work, 'events.csv');
  writeFileSync(path.join(work, 'mapping.json'), JSON.stringify(PREPARE_BENCH_MAPPING));
  console.log(`bench:prepare: writing ${rows.toLocaleString('en')} CSV rows…`);
  const csvBytes = writePrepareBenchCsv(csv, rows);

  if (large) {
    console.log('bench:prepare: prepare (--aggregate auto)…');
    const auto = runPrepare(csv, path.join(work, 'out-auto'), ['--aggregate', 'auto']);
    writeLargeResult(csvBytes, auto);
  } else {
    console.log('bench:prepare: prepare (no aggregation)…');
    const plain = runPrepare(csv, path.join(work, 'out-rows'), ['--aggregate', 'none']);
    console.log('bench:prepare: prepare (per month)…');
    const monthly = runPrepare(csv, path.join(work, 'out-month'), ['--aggregate', 'month']);

    console.log('bench:prepare: loading the columnar file and the GeoJSON…');
    // The bundle sits inside the repository so that its bare imports (apache-arrow) resolve.
    const bundle = path.join(root, 'bench', `.prepare-load-${process.pid}.mjs`);
    await bundleLoadMain(bundle);
    const resultPath = path.join(work, 'load.json');
    const load = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=12288',
        bundle,
        csv,
        path.join(work, 'mapping.json'),
        path.join(work, 'out-rows', 'events.arrow'),
        path.join(work, 'events.geojson'),
        resultPath,
      ],
      { cwd: root, stdio: 'inherit' },
    );
    rmSync(bundle, { force: true });
    if (load.status !== 0) throw new Error('load benchmark failed');
    const loaded = JSON.parse(readFileSync(resultPath, 'utf8')) as Record<
      string,
      number | boolean | number[]
    >;

    const result = {
      generatedAt: new Date().toISOString(),
      machine: machine(),
      rows,
      csvBytes,
      csvBytesPerRow: csvBytes / rows,
      prepare: plain,
      prepareMonthly: monthly,
      load: loaded,
    };
    mkdirSync(path.join(benchDir, 'results'), { recursive: true });
    writeFileSync(
      path.join(benchDir, 'results', 'prepare-latest.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );

    console.log(`
  Preparation of ${rows.toLocaleString('en')} CSV rows (${mb(csvBytes)}, ${(csvBytes / rows).toFixed(0)} B/row)
    rows:     ${s(plain.wallMs)} wall, ${Math.round(plain.rowsPerSecond).toLocaleString('en')} rows/s, peak ${plain.maxRssMB.toFixed(0)} MB, ${plain.records.toLocaleString('en')} records, ${mb(plain.eventsBytes)}
              phases ${phases(plain)}
    monthly:  ${s(monthly.wallMs)} wall, ${Math.round(monthly.rowsPerSecond).toLocaleString('en')} rows/s, peak ${monthly.maxRssMB.toFixed(0)} MB, ${monthly.records.toLocaleString('en')} records, ${mb(monthly.eventsBytes)}
  Load of ${Number(loaded['events']).toLocaleString('en')} events in Node (median; runs ${JSON.stringify(loaded['columnarRuns'])} / ${JSON.stringify(loaded['geojsonRuns'])} ms)
    columnar (Arrow): ${s(Number(loaded['columnarMs']))}, ${Number(loaded['arrowBytesPerEvent']).toFixed(1)} B/event on disk
    GeoJSON:          ${s(Number(loaded['geojsonMs']))}, ${Number(loaded['geojsonBytesPerEvent']).toFixed(1)} B/event on disk
    speed-up ${Number(loaded['speedup']).toFixed(1)}×; same figures: ${String(loaded['sameFigures'])}; table ${Number(loaded['tableBytesPerEvent']).toFixed(1)} B/event in memory
  Written to bench/results/prepare-latest.json`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
