// `npm run bench:csv` (bench/README.md, "CSV import"): bundles csv-load-main.ts (shipped-like code, no tsx
// wrappers) and runs it with plain Node: the app's CSV import of CSV_BENCH_ROWS rows (default 1,000,000)
// against papaparse's own parse of the same text, CSV_BENCH_RUNS interleaved runs (default 3), both in
// chunks of CSV_BENCH_CHUNK characters (default 8 M, the app's). Prints the medians of wall and CPU time
// and their ratios and writes bench/results/csv-latest.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(benchDir, '..');
// Inside the repository, so the bundle's bare imports (papaparse) resolve.
const bundle = path.join(benchDir, `.csv-load-${process.pid}.mjs`);
const resultPath = path.join(os.tmpdir(), `lintas-csv-bench-${process.pid}.json`);
const esbuild = await import('esbuild');
await esbuild.build({
  entryPoints: [path.join(benchDir, 'csv-load-main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  packages: 'external',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'error',
});
const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', bundle, resultPath], {
  cwd: root,
  stdio: 'inherit',
});
rmSync(bundle, { force: true });
if (child.status !== 0) process.exit(child.status ?? 1);
const measured = JSON.parse(readFileSync(resultPath, 'utf8')) as Record<string, unknown>;
rmSync(resultPath, { force: true });
const result = {
  generatedAt: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model ?? '',
    cores: os.cpus().length,
    node: process.version,
    loadAverageAtEnd: os.loadavg(),
  },
  ...measured,
};
mkdirSync(path.join(benchDir, 'results'), { recursive: true });
writeFileSync(path.join(benchDir, 'results', 'csv-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
const ms = (value: unknown): string => `${Math.round(Number(value)).toLocaleString('en')} ms`;
console.log(
  `CSV import of ${Number(measured['rows']).toLocaleString('en')} rows (median of ${String(measured['runs'])}): ` +
    `papaparse ${ms(measured['papaparseMs'])}, import ${ms(measured['importMs'])}, ` +
    `ratio ${Number(measured['ratio']).toFixed(2)}×, CPU ratio ${Number(measured['cpuRatio']).toFixed(2)}× (runs ${JSON.stringify(measured['papaparseRuns'])} / ${JSON.stringify(measured['importRuns'])})\nWritten to bench/results/csv-latest.json`,
);
