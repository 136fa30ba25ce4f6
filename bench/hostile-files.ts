// `npm run bench:hostile` (bench/README.md, "Hostile files"): writes the hostile-file corpus
// (hostile-corpus.ts) to a temporary folder, one file at a time, and loads each in its own Node process
// through the app's loading (hostile-load-main.ts, bundled like the other benchmarks: shipped-like code).
// The goal (issue 10): any file under the size limit gets an answer within 10 s on this machine, with peak
// memory ≤ 4× the file's size. Prints a table and writes bench/results/hostile-latest.json.
// HOSTILE_ONLY=name,name picks files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_FILES } from './hostile-corpus';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(benchDir, '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'lintas-hostile-'));
const bundle = path.join(benchDir, `.hostile-load-${process.pid}.mjs`);
const only = (process.env['HOSTILE_ONLY'] ?? '').split(',').filter(Boolean);
const ANSWER_LIMIT_MS = 10_000;
const MEMORY_LIMIT_FACTOR = 4;

interface Measured {
  readonly fileBytes: number;
  readonly wallMs: number;
  readonly rssBeforeBytes: number;
  readonly peakRssBytes: number;
  readonly answer: Record<string, unknown>;
}

const esbuild = await import('esbuild');
await esbuild.build({
  entryPoints: [path.join(benchDir, 'hostile-load-main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  packages: 'external',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'error',
});

/** A child that has not answered by then is stopped and reported as unanswered. */
const CHILD_TIMEOUT_MS = 120_000;
const results: (Measured & { name: string; what: string; writeMs: number; withinGoal: boolean })[] = [];
const loadAverageAtStart = os.loadavg();
try {
  for (const hostile of HOSTILE_FILES) {
    if (only.length > 0 && !only.includes(hostile.name)) continue;
    const file = path.join(work, `${hostile.name}.geojson`);
    const writeStarted = performance.now();
    hostile.write(file);
    const writeMs = performance.now() - writeStarted;
    const fileBytes = statSync(file).size;
    process.stdout.write(`bench:hostile: ${hostile.name} (${(fileBytes / 1e6).toFixed(1)} MB)… `);
    // The heap limit of a browser tab's worker is about 4 GB; the same here.
    const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', bundle, file], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      timeout: CHILD_TIMEOUT_MS,
    });
    rmSync(file, { force: true });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    let measured: Measured;
    try {
      measured = JSON.parse(line) as Measured;
    } catch {
      const reason = child.error
        ? child.error.message
        : `exit ${String(child.status)}: ${child.stderr.slice(-400)}`;
      measured = {
        fileBytes,
        // No answer within the child's time limit: the wall time is at least that limit.
        wallMs: child.error ? CHILD_TIMEOUT_MS : Number.NaN,
        rssBeforeBytes: 0,
        peakRssBytes: 0,
        answer: { ok: false, error: `no answer (${reason})` },
      };
    }
    // Judged on the growth over the process's resting memory (Node's own ~60 MB would dominate small files).
    const withinGoal =
      measured.wallMs <= ANSWER_LIMIT_MS &&
      measured.peakRssBytes - measured.rssBeforeBytes <= MEMORY_LIMIT_FACTOR * measured.fileBytes;
    results.push({ name: hostile.name, what: hostile.what, writeMs, withinGoal, ...measured });
    console.log(`${Math.round(measured.wallMs)} ms, peak ${(measured.peakRssBytes / 1e6).toFixed(0)} MB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(bundle, { force: true });
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
console.log('\n| file | size MB | answer ms | peak RSS MB (resting) | growth ÷ size | answer | goal |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  const answer =
    r.answer['ok'] === true
      ? `loaded ${String(r.answer['rows'])}, rejected ${String(r.answer['rejected'])}`
      : String(r.answer['error']);
  console.log(
    `| ${r.name} | ${mb(r.fileBytes)} | ${r.answer['ok'] === false && String(r.answer['error']).startsWith('no answer') ? `> ${String(CHILD_TIMEOUT_MS)}` : String(Math.round(r.wallMs))} | ${mb(r.peakRssBytes)} (${mb(r.rssBeforeBytes)}) | ${((r.peakRssBytes - r.rssBeforeBytes) / r.fileBytes).toFixed(2)} | ${answer} | ${r.withinGoal ? 'met' : 'NOT met'} |`,
  );
}
mkdirSync(path.join(benchDir, 'results'), { recursive: true });
writeFileSync(
  path.join(benchDir, 'results', 'hostile-latest.json'),
  `${JSON.stringify(
    {
      generatedAt: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model ?? '',
        cores: os.cpus().length,
        node: process.version,
        loadAverageAtStart,
        loadAverageAtEnd: os.loadavg(),
      },
      goal: { answerMs: ANSWER_LIMIT_MS, peakRssPerFileByte: MEMORY_LIMIT_FACTOR },
      results,
    },
    null,
    2,
  )}\n`,
);
console.log('Written to bench/results/hostile-latest.json');
