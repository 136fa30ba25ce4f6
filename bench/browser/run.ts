// `npx tsx bench/browser/run.ts`: the browser benchmark of the map's time-window update path, end to end.
//   1. builds bench/browser (Vite) and serves it on 127.0.0.1 (scripts/serve-dist.ts, port 0);
//   2. runs the page in Debian's headless Chromium (SwiftShader WebGL) at N = 10,000 and 100,000 events,
//      plus a control run at the same sizes without --disable-gpu (where the long tasks come from);
//   3. measures the CPU part of both paths in Node at 100k and 1M events (no GPU);
//   4. builds the app and reports the production bundle (bundle-report.ts).
// Prints the tables, writes bench/browser/results/latest.json (+ CPU profiles), removes bench/browser/dist.
// Flags: --sizes=10000,100000  --node-sizes=100000,1000000  --control-sizes=10000,100000
//        --rounds-10k=2 --rounds-100k=1
//        --skip-node  --skip-bundle  --no-control  --keep-dist  --no-cpu-profile
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '../../scripts/headless-chromium';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { serveDirectory } from '../../scripts/serve-dist';
import type { BenchResults, PassResult, PathName } from './bench-types';
import { bundleReport, formatBundleReport, type BundleReport } from './bundle-report';
import type { NodeCpuResult } from './node-cpu';
import { PHASES } from './scrub-steps';
import { fmt, median, p95, textTable } from './stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const distDir = path.join(here, 'dist');
const resultsDir = path.join(here, 'results');

const flag = (name: string): boolean => process.argv.includes(`--${name}`);
const option = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = option('sizes', '10000,100000').split(',').map(Number);
const nodeSizes = option('node-sizes', '100000,1000000').split(',').map(Number);
const controlSizes = option('control-sizes', '10000,100000').split(',').map(Number);
const roundsFor = (n: number): number =>
  Number(option(n >= 100_000 ? 'rounds-100k' : 'rounds-10k', n >= 100_000 ? '1' : '2'));
const cpuProfile = !flag('no-cpu-profile');

const CHROMIUM_ARGS = [
  ...HEADLESS_CHROMIUM_ARGS,
  // gc() before each timed pass, so a pass does not pay for the previous one's garbage.
  '--js-flags=--expose-gc',
];

const STEP_BUDGET_MS = 16;
const RATIO_TARGET = 5;

interface CdpDelta {
  readonly scriptMs: number;
  readonly taskMs: number;
}

interface ProfileSummary {
  readonly path: string;
  readonly n: number;
  readonly totalMs: number;
  readonly top: readonly { readonly fn: string; readonly selfMs: number }[];
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time per function (name + file) from a CDP CPU profile. */
function summarizeProfile(profile: CpuProfile, pathName: string, n: number): ProfileSummary {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  samples.forEach((id, i) => {
    const node = byNode.get(id);
    const ms = (deltas[i] ?? 0) / 1000;
    total += ms;
    if (!node) return;
    const file = node.callFrame.url.split('/').pop() ?? '';
    const name = `${node.callFrame.functionName || '(anonymous)'} ${file}${file ? `:${node.callFrame.lineNumber + 1}` : ''}`;
    self.set(name, (self.get(name) ?? 0) + ms);
  });
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 24)
    .map(([fn, selfMs]) => ({ fn, selfMs }));
  return { path: pathName, n, totalMs: total, top };
}

interface BrowserRun {
  readonly results: BenchResults;
  readonly cdp: ReadonlyMap<string, CdpDelta>;
  readonly profiles: readonly ProfileSummary[];
  readonly wallMs: number;
}

async function runPage(page: Page, cdp: CDPSession, url: string, n: number): Promise<BrowserRun> {
  const started = Date.now();
  await cdp.send('Performance.enable');
  const metricsAt = new Map<string, Map<string, number>>();
  const readMetrics = async (): Promise<Map<string, number>> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return new Map(metrics.map((m) => [m.name, m.value]));
  };
  const cdpDeltas = new Map<string, CdpDelta>();
  const profiles: ProfileSummary[] = [];
  await page.exposeFunction('__benchHook', async (event: string, label: string) => {
    if (event === 'start') metricsAt.set(label, await readMetrics());
    else if (event === 'end') {
      const before = metricsAt.get(label);
      const after = await readMetrics();
      if (before)
        cdpDeltas.set(label, {
          scriptMs: ((after.get('ScriptDuration') ?? 0) - (before.get('ScriptDuration') ?? 0)) * 1000,
          taskMs: ((after.get('TaskDuration') ?? 0) - (before.get('TaskDuration') ?? 0)) * 1000,
        });
    } else if (event === 'profile-start' && cpuProfile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    } else if (event === 'profile-end' && cpuProfile) {
      const { profile } = await cdp.send('Profiler.stop');
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(path.join(resultsDir, `${label}-${n}.cpuprofile`), JSON.stringify(profile));
      profiles.push(summarizeProfile(profile, label, n));
    }
  });
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[bench]') && !text.startsWith('[bench] results')) console.log(`  ${text}`);
    else if (message.type() === 'error' || message.type() === 'warning')
      console.log(`  [page ${message.type()}] ${text}`);
  });
  page.on('pageerror', (error) => console.log(`  [page error] ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(
    () => window.__benchResults !== undefined || window.__benchError !== undefined,
    null,
    {
      timeout: 600_000,
      polling: 1000,
    },
  );
  const error = await page.evaluate(() => window.__benchError);
  if (error !== undefined) throw new Error(`bench page failed at n=${n}: ${error}`);
  const results = await page.evaluate(() => window.__benchResults);
  if (!results) throw new Error('no results');
  return { results, cdp: cdpDeltas, profiles, wallMs: Date.now() - started };
}

interface PathSummary {
  readonly n: number;
  readonly path: PathName;
  readonly passes: number;
  readonly steps: number;
  readonly stepMs: readonly number[];
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly longTasks: number;
  readonly longestTaskMs: number;
  readonly cdpScriptMsPerStep: number;
  readonly cdpTaskMsPerStep: number;
  readonly medianPoints: number;
  readonly medianFrameMs: number;
  readonly phases: Readonly<Record<string, number>>;
}

function summarizePath(run: BrowserRun, pathName: PathName): PathSummary {
  const passes: PassResult[] = run.results.passes.filter((p) => p.path === pathName);
  const stepMs = passes.flatMap((p) => p.stepMs);
  const longTasks = passes.flatMap((p) => p.longTasks);
  let script = 0;
  let task = 0;
  for (const p of passes) {
    const d = run.cdp.get(`${p.path}-${p.round}`);
    script += d?.scriptMs ?? NaN;
    task += d?.taskMs ?? NaN;
  }
  const phases: Record<string, number> = {};
  for (const phase of PHASES) phases[phase] = median(passes.flatMap((p) => p.phases[phase] ?? []));
  return {
    n: run.results.n,
    path: pathName,
    passes: passes.length,
    steps: stepMs.length,
    stepMs,
    medianMs: median(stepMs),
    p95Ms: p95(stepMs),
    maxMs: Math.max(...stepMs),
    longTasks: longTasks.length,
    longestTaskMs: longTasks.reduce((m, t) => Math.max(m, t.durationMs), 0),
    cdpScriptMsPerStep: script / stepMs.length,
    cdpTaskMsPerStep: task / stepMs.length,
    medianPoints: median(passes.flatMap((p) => p.points)),
    medianFrameMs: median(passes.flatMap((p) => p.frameIntervalsMs)),
    phases,
  };
}

function formatBrowser(runs: readonly BrowserRun[]): string {
  const rows: string[][] = [];
  const verdicts: string[] = [];
  const phaseRows: string[][] = [];
  const layerRows: string[][] = [];
  const slowRows: string[][] = [];
  for (const run of runs) {
    const a = summarizePath(run, 'lintas');
    const b = summarizePath(run, 'rebuild');
    const ratio = b.medianMs / a.medianMs;
    for (const s of [a, b]) {
      rows.push([
        s.n.toLocaleString('en'),
        s.path === 'lintas' ? 'A lintas' : 'B rebuild',
        `${s.passes}×${s.steps / Math.max(1, s.passes)}`,
        fmt(s.medianMs),
        fmt(s.p95Ms),
        fmt(s.maxMs),
        `${s.longTasks}${s.longTasks > 0 ? ` (max ${fmt(s.longestTaskMs, 0)})` : ''}`,
        fmt(s.cdpScriptMsPerStep),
        fmt(s.cdpTaskMsPerStep),
        String(Math.round(s.medianPoints)),
        fmt(s.medianFrameMs, 0),
        s.path === 'lintas' ? '' : fmt(ratio, 2),
      ]);
      phaseRows.push([s.n.toLocaleString('en'), s.path, ...PHASES.map((p) => fmt(s.phases[p] ?? NaN, 3))]);
    }
    for (const s of [a, b]) {
      // The slowest step of the path, phase by phase (which phase an outlier sits in).
      const passes = run.results.passes.filter((p) => p.path === s.path);
      let worst: { pass: PassResult; i: number; ms: number } | null = null;
      for (const pass of passes)
        pass.stepMs.forEach((ms, i) => {
          if (worst === null || ms > worst.ms) worst = { pass, i, ms };
        });
      const w = worst as { pass: PassResult; i: number; ms: number } | null;
      if (w !== null)
        slowRows.push([
          s.n.toLocaleString('en'),
          s.path,
          `${w.pass.windows[w.i] ?? '?'}`,
          fmt(w.ms, 2),
          ...PHASES.map((p) => fmt(w.pass.phases[p]?.[w.i] ?? NaN, 2)),
        ]);
    }
    const okRatio = ratio >= RATIO_TARGET;
    const okBudget = a.maxMs < STEP_BUDGET_MS;
    const okLong = a.longTasks === 0;
    verdicts.push(
      `N=${a.n.toLocaleString('en')}: B/A = ${fmt(ratio, 2)}× (p95 ${fmt(b.p95Ms / a.p95Ms, 2)}×) → ≥ ${RATIO_TARGET}× ${okRatio ? 'MET' : 'NOT MET'}; ` +
        `A under ${STEP_BUDGET_MS} ms every step (max ${fmt(a.maxMs)}, p95 ${fmt(a.p95Ms)}) → ${okBudget ? 'MET' : 'NOT MET'}; ` +
        `no long task while scrubbing with A (${a.longTasks}) → ${okLong ? 'MET' : 'NOT MET'}`,
    );
    const profiles = run.results.profiles;
    const ids = new Set(profiles.flatMap((p) => [...Object.keys(p.updateMs), ...Object.keys(p.drawMs)]));
    const byPath = (path: PathName) => profiles.find((p) => p.path === path);
    const cells = (path: PathName, id: string): string[] => {
      const p = byPath(path);
      return p ? [fmt(p.updateMs[id] ?? 0, 3), fmt(p.drawMs[id] ?? 0, 3)] : ['', ''];
    };
    for (const id of [...ids].sort())
      layerRows.push([
        run.results.n.toLocaleString('en'),
        id,
        ...cells('lintas', id),
        ...cells('rebuild', id),
        ...cells('lintas-stable', id),
      ]);
    layerRows.push([
      run.results.n.toLocaleString('en'),
      'whole step (median)',
      fmt(byPath('lintas')?.stepMedianMs ?? NaN, 3),
      '',
      fmt(byPath('rebuild')?.stepMedianMs ?? NaN, 3),
      '',
      fmt(byPath('lintas-stable')?.stepMedianMs ?? NaN, 3),
      '',
    ]);
  }
  return [
    'Browser: main-thread ms per time-window step (headless Chromium, SwiftShader WebGL, 1280×720)',
    textTable(
      [
        'N',
        'path',
        'passes×steps',
        'median',
        'p95',
        'max',
        'long tasks',
        'CDP script/step',
        'CDP task/step',
        'points',
        'frame ms',
        'B/A',
      ],
      rows,
    ),
    '',
    ...verdicts,
    '',
    'Where a step goes: median ms per phase (one step = all phases)',
    textTable(['N', 'path', ...PHASES], phaseRows),
    '',
    'Slowest step of each path, ms per phase',
    textTable(['N', 'path', 'window', 'step', ...PHASES], slowRows),
    '',
    'deck.gl self time per layer and step, ms (profile passes, Layer methods wrapped; A′ = A with the point',
    "layer's data object cached, a what-if not in src/)",
    textTable(['N', 'layer', 'A update', 'A draw', 'B update', 'B draw', 'A′ update', 'A′ draw'], layerRows),
  ].join('\n');
}

function formatControl(runs: readonly BrowserRun[], controls: readonly BrowserRun[]): string {
  const rows: string[][] = [];
  for (const control of controls) {
    const main = runs.find((r) => r.results.n === control.results.n) ?? null;
    for (const [label, run] of [
      ['--disable-gpu (brief)', main],
      ['GPU compositing (control)', control],
    ] as const) {
      if (!run) continue;
      for (const path of ['lintas', 'rebuild'] as const) {
        const s = summarizePath(run, path);
        rows.push([
          s.n.toLocaleString('en'),
          label,
          s.path,
          fmt(s.medianMs),
          fmt(s.p95Ms),
          fmt(s.maxMs),
          `${s.longTasks}${s.longTasks > 0 ? ` (max ${fmt(s.longestTaskMs, 0)})` : ''}`,
          fmt(s.cdpScriptMsPerStep),
          fmt(s.cdpTaskMsPerStep),
          fmt(s.medianFrameMs, 0),
        ]);
      }
    }
  }
  return [
    'Control: the same page in Chromium without --disable-gpu (compositing in the GPU process on SwiftShader,',
    'so the main thread does not read the WebGL canvas back); 1 pass per path',
    textTable(
      [
        'N',
        'flags',
        'path',
        'median',
        'p95',
        'max',
        'long tasks',
        'CDP script/step',
        'CDP task/step',
        'frame ms',
      ],
      rows,
    ),
  ].join('\n');
}

function formatProfiles(profiles: readonly ProfileSummary[]): string {
  const out: string[] = [
    'CPU profile of the profile passes (CDP sampler, 100 µs): top JS self time. "(program)" is native time',
    "outside JS: GL command encoding and, with --disable-gpu, the compositor's wait for SwiftShader.",
  ];
  const native = new Set(['(program)', '(idle)', '(garbage collector)']);
  for (const p of profiles) {
    const share = (name: string): string =>
      fmt((100 * (p.top.find((t) => t.fn.trim() === name)?.selfMs ?? 0)) / p.totalMs, 1);
    out.push(
      `N=${p.n.toLocaleString('en')} ${p.path}: ${fmt(p.totalMs, 0)} ms sampled; (program) ${share('(program)')}%, ` +
        `(garbage collector) ${share('(garbage collector)')}%, (idle) ${share('(idle)')}%`,
    );
    const js = p.top.filter((t) => !native.has(t.fn.trim())).slice(0, 8);
    out.push(
      textTable(
        ['function', 'self ms', '%'],
        js.map((t) => [t.fn, fmt(t.selfMs, 1), fmt((100 * t.selfMs) / p.totalMs, 1)]),
      ),
    );
  }
  return out.join('\n');
}

function formatNode(results: readonly NodeCpuResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    for (const [name, s] of [
      ['A lintas', r.lintas],
      ['A′ stable point data', r.lintasStable],
      ['B rebuild', r.rebuild],
    ] as const) {
      rows.push([
        r.n.toLocaleString('en'),
        name,
        fmt(s.medianMs, 3),
        fmt(s.p95Ms, 3),
        fmt(s.maxMs, 2),
        fmt(s.phases['points'] ?? NaN, 3),
        fmt(s.phases['aggregate'] ?? NaN, 3),
        fmt((s.phases['segments'] ?? 0) + (s.phases['symbols'] ?? 0), 3),
        fmt(s.phases['layers'] ?? NaN, 3),
        fmt(s.phases['updateLayers'] ?? NaN, 3),
        name.startsWith('A') ? fmt(r.rebuild.medianMs / s.medianMs, 1) : '',
      ]);
    }
  }
  const setup = results
    .map(
      (r) =>
        `N=${r.n.toLocaleString('en')} setup (once per table): ${Object.entries(r.setupMs)
          .map(([k, v]) => `${k} ${fmt(v, 0)} ms`)
          .join(', ')}; median points in window ${Math.round(r.medianPoints)}`,
    )
    .join('\n');
  return [
    'Node, no GPU: CPU part of a step, ms (73 windows × rounds). deck.gl is not run: "deck attrs" emulates its',
    'per-step point attribute work (A: re-split + re-upload of all N points, as src/ triggers it today;',
    'B: accessor fill + upload of the window points). Flow/arrow/symbol layer updates are left out of all rows.',
    textTable(
      [
        'N',
        'path',
        'median',
        'p95',
        'max',
        'points filter',
        'aggregate',
        'segments+symbols',
        'layer objects',
        'deck attrs (emulated)',
        'B/this',
      ],
      rows,
    ),
    setup,
  ].join('\n');
}

async function runNodeCpu(): Promise<NodeCpuResult[]> {
  const esbuild = await import('esbuild');
  const bundle = path.join(distDir, 'node-cpu.mjs');
  await esbuild.build({
    entryPoints: [path.join(here, 'node-cpu.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    tsconfig: path.join(repo, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const out = path.join(distDir, 'node-cpu.json');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', bundle, out, nodeSizes.join(',')],
      {
        stdio: 'inherit',
        env: { ...process.env, LINTAS_NODE_CPU: '1', LINTAS_REPO: repo },
      },
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`node-cpu exited ${code ?? 'null'}`)),
    );
  });
  return JSON.parse(readFileSync(out, 'utf8')) as NodeCpuResult[];
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const sections: string[] = [];
  console.log('building bench/browser …');
  await build({ configFile: path.join(here, 'vite.config.ts') });
  // Cross-origin isolation: performance.now() resolution 5 µs instead of 100 µs.
  const server = await serveDirectory({
    dir: distDir,
    port: 0,
    host: '127.0.0.1',
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const runs: BrowserRun[] = [];
  const profiles: ProfileSummary[] = [];
  const controls: BrowserRun[] = [];
  try {
    for (const n of sizes) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
      const cdp = await page.context().newCDPSession(page);
      const url = `http://127.0.0.1:${port}/index.html?n=${n}&rounds=${roundsFor(n)}`;
      console.log(`browser: n=${n} (${url})`);
      const run = await runPage(page, cdp, url, n);
      console.log(`  n=${n} done in ${(run.wallMs / 1000).toFixed(1)} s`);
      runs.push(run);
      profiles.push(...run.profiles);
      await page.close();
    }
    // Control: the same page without --disable-gpu, so Chromium composites on the GPU process (SwiftShader)
    // instead of reading the WebGL canvas back on the main thread (see README: where long tasks come from).
    if (!flag('no-control')) {
      const gpuBrowser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'),
      });
      try {
        for (const n of controlSizes) {
          const page = await gpuBrowser.newPage({ viewport: { width: 1280, height: 760 } });
          const cdp = await page.context().newCDPSession(page);
          console.log(`control (GPU compositing): n=${n}`);
          const url = `http://127.0.0.1:${port}/index.html?n=${n}&rounds=1&profileSteps=0`;
          controls.push(await runPage(page, cdp, url, n));
          await page.close();
        }
      } finally {
        await gpuBrowser.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const first = runs[0]?.results;
  if (first) {
    sections.push(
      `Chromium: ${first.userAgent}\nWebGL renderer: ${first.renderer}; longtask observer: ${first.longTaskSupported}; cross-origin isolated (5 µs timer): ${first.crossOriginIsolated}`,
    );
    sections.push(
      runs
        .map(
          (r) =>
            `N=${r.results.n.toLocaleString('en')} page setup: ${Object.entries(r.results.setupMs)
              .map(([k, v]) => `${k} ${fmt(v, 0)} ms`)
              .join(', ')}`,
        )
        .join('\n'),
    );
  }
  sections.push(formatBrowser(runs));
  if (controls.length > 0) sections.push(formatControl(runs, controls));
  if (profiles.length > 0) sections.push(formatProfiles(profiles));

  let nodeResults: NodeCpuResult[] = [];
  if (!flag('skip-node')) {
    console.log(`node: n=${nodeSizes.join(', ')} …`);
    nodeResults = await runNodeCpu();
    sections.push(formatNode(nodeResults));
  }

  let bundle: BundleReport | null = null;
  if (!flag('skip-bundle')) {
    console.log('building the app for the bundle report …');
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'lintas-bundle-'));
    try {
      bundle = await bundleReport(outDir);
      sections.push(formatBundleReport(bundle));
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }

  sections.push(
    `machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; total ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  console.log(`\n${sections.join('\n\n')}`);

  mkdirSync(resultsDir, { recursive: true });
  const json = JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model,
        cores: os.cpus().length,
        node: process.version,
        load: os.loadavg(),
      },
      browser: runs.map((r) => ({
        results: r.results,
        cdp: Object.fromEntries(r.cdp),
        summary: (['lintas', 'rebuild'] as const).map((p) => summarizePath(r, p)),
      })),
      profiles,
      node: nodeResults,
      bundle,
    },
    null,
    1,
  );
  const resultFile = path.join(resultsDir, 'latest.json');
  // Formatted with the repository's Prettier settings, so `prettier --check .` passes on it.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(resultFile)) ?? {};
  writeFileSync(resultFile, await prettier.format(json, { ...options, filepath: resultFile }));
  console.log(`\nwrote ${path.relative(repo, resultFile)}${cpuProfile ? ' and *.cpuprofile' : ''}`);
  if (!flag('keep-dist')) rmSync(distDir, { recursive: true, force: true });
}

await main();
