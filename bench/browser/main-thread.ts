// Main-thread benchmark on the production build: what a person waits for while a high-cardinality file
// (100k events, 4,000 sites, 200 routes, 150 nationalities by default) loads through the file input, and
// the main-thread script time of a filter click, a language switch and a keyboard brush step on it.
//
// Measured per build (in one run, so `--compare` gives before/after side by side):
// - load: the longest task on the main thread from picking the file until the map has drawn it and the
//   page is quiet (PerformanceObserver 'longtask'), and from a Chromium trace the same tasks split into
//   script and the rest (with --disable-gpu the rest is mostly the compositor reading back SwiftShader's
//   WebGL canvas, which is not script; see README.md), plus CDP ScriptDuration for the whole load;
// - interactions, each with the Filters tab open and again with the Overview tab open: CDP
//   ScriptDuration (JavaScript on the main thread) from the action until the map has drawn and the page is
//   quiet, per step; a control (the same wait with no action) gives what waiting alone costs;
// - with --profile: CDP CPU profiles of the load and of one of each interaction, in the Filters tab and
//   in the Overview (results/*.cpuprofile), summarised as the top self-time functions.
//
//   npx tsx bench/browser/main-thread.ts [--dist /tmp/main-thread-dist] [--compare /tmp/old-dist]
//     [--count 100000] [--sites 4000] [--routes 200] [--nationalities 150] [--steps 4] [--profile]
//     [--with-gpu]   (Chromium without --disable-gpu: compositing in the GPU process, no read-back tasks)
//     [--builds before=/tmp/a,after=/tmp/b]   (several named builds, measured in that order)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHROMIUM_PATH,
  HEADLESS_CHROMIUM_ARGS,
  WITH_GPU_PROCESS_ARGS,
} from '../../scripts/headless-chromium';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { serveDirectory } from '../../scripts/serve-dist';
import { makeHighCardinalityEvents } from './high-cardinality-events';
import {
  readLongTraceTasks,
  summarizeCpuProfile,
  type CpuProfile,
  type TraceTask,
} from './main-thread-trace';
import { median } from './stats';

const TITLE = 'Main-thread benchmark';
/** Wall time the page must stay quiet after an action before its script time is read, ms. */
const QUIET_MS = 400;
const LOAD_TIMEOUT_MS = 300_000;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const flag = (name: string): boolean => process.argv.includes(name);

/** ISO alpha-3 codes from src/domain/iso-alpha3.ts, the usual nationalities of the data first. */
function nationalityCodes(count: number): string[] {
  const source = readFileSync('src/domain/iso-alpha3.ts', 'utf8');
  const all = [...new Set(source.match(/\b[A-Z]{3}\b/g) ?? [])];
  const first = ['AFG', 'IRN', 'IRQ', 'LKA', 'MMR', 'PAK', 'BGD', 'VNM', 'SOM', 'SDN', 'SYR', 'IND', 'NPL'];
  const ordered = [...first, ...all.filter((c) => !first.includes(c))];
  return ordered.slice(0, count);
}

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Waits until the map has drawn every layer push (or, if it has none pending, at once). */
async function waitMapDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    `(() => { const m = document.querySelector('[data-testid="map"]'); if (!m) return false;
       const d = m.getAttribute('data-render-seq'); return d !== null && Number(d) > 0 && d === m.getAttribute('data-layer-seq'); })()`,
    undefined,
    { timeout: LOAD_TIMEOUT_MS, polling: 100 },
  );
}

/**
 * Waits until the early-warning flags are computed, where the build says so (`data-flags` on the
 * timeline; older builds computed them on the main thread, inside the wait for quiet). Work left in a
 * worker would otherwise take CPU from the next step's main thread on this 2-core machine.
 */
async function waitFlags(page: Page): Promise<void> {
  await page.waitForFunction(
    `document.querySelector('[data-testid="timeline"]')?.getAttribute('data-flags') !== 'pending'`,
    undefined,
    { timeout: LOAD_TIMEOUT_MS, polling: 100 },
  );
}

/**
 * Waits for the map, then QUIET_MS, then an idle callback: deferred work (effects, redraws) has run; and
 * for the flags worker.
 */
async function waitQuiet(page: Page): Promise<void> {
  await waitMapDrawn(page);
  await waitFlags(page);
  await new Promise((done) => setTimeout(done, QUIET_MS));
  await page.evaluate('new Promise((done) => requestIdleCallback(() => done(0), { timeout: 5000 }))');
  await waitMapDrawn(page);
}

interface LongTask {
  readonly startMs: number;
  readonly durationMs: number;
}

/** Long tasks the page's observer saw since `sinceMs` (page clock). */
async function longTasksSince(page: Page, sinceMs: number): Promise<LongTask[]> {
  return page.evaluate<LongTask[]>(`(window.__mtLongTasks ?? []).filter((t) => t.startMs >= ${sinceMs})`);
}
const pageNow = async (page: Page): Promise<number> => Number(await page.evaluate('performance.now()'));

interface LoadResult {
  readonly wallMs: number;
  readonly scriptMs: number;
  readonly longTasks: readonly LongTask[];
  readonly traceTasks: readonly TraceTask[];
}

async function measureLoad(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  file: string,
  trace: boolean,
): Promise<LoadResult> {
  if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const since = await pageNow(page);
  const scriptBefore = await scriptMs(cdp);
  await page.setInputFiles('[data-testid="events-file-input"]', file);
  await page.waitForFunction(
    `document.querySelector('[data-testid="dataset-title"]')?.textContent === ${JSON.stringify(TITLE)}`,
    undefined,
    { timeout: LOAD_TIMEOUT_MS, polling: 100 },
  );
  const shownMs = (await pageNow(page)) - since;
  await waitQuiet(page);
  const scriptAfter = await scriptMs(cdp);
  const longTasks = await longTasksSince(page, since);
  let traceTasks: TraceTask[] = [];
  if (trace) {
    const buffer = await browser.stopTracing();
    traceTasks = readLongTraceTasks(buffer.toString('utf8'), 50);
  }
  return { wallMs: shownMs, scriptMs: scriptAfter - scriptBefore, longTasks, traceTasks };
}

type Action = 'control' | 'filter click' | 'language switch' | 'brush step';

interface StepSample {
  readonly tab: string;
  readonly action: Action;
  readonly scriptMs: number;
  readonly longestTaskMs: number;
}

/** One action, its script time from the action until the page is quiet. */
async function measureStep(
  page: Page,
  cdp: CDPSession,
  tab: string,
  action: Action,
  step: number,
): Promise<StepSample> {
  // Set-up that is not timed: where the action lands.
  if (action === 'brush step')
    await page.evaluate(`document.querySelector('[data-testid="brush-end"]').focus()`);
  const brushBefore = await page.getAttribute('[data-testid="brush-end"]', 'aria-valuenow');
  const language = await page.evaluate('document.documentElement.lang');
  const ticked = await page.evaluate(
    `document.querySelector('[data-testid^="filter-option-routes-"]')?.checked === true`,
  );
  const since = await pageNow(page);
  const before = await scriptMs(cdp);
  if (action === 'filter click') {
    // The first route rendered in the Filters tab: ticked, then unticked on the next step.
    await page.evaluate(`document.querySelector('[data-testid^="filter-option-routes-"]').click()`);
    await page.waitForFunction(
      `document.querySelector('[data-testid^="filter-option-routes-"]').checked === ${!ticked}`,
      undefined,
      { polling: 50, timeout: LOAD_TIMEOUT_MS },
    );
  } else if (action === 'language switch') {
    const next = language === 'en' ? 'id' : 'en';
    await page.evaluate(
      `(() => { const s = document.querySelector('[data-testid="language-select"]'); s.value = ${JSON.stringify(next)};
         s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
    );
    await page.waitForFunction(`document.documentElement.lang !== ${JSON.stringify(language)}`, undefined, {
      polling: 50,
      timeout: LOAD_TIMEOUT_MS,
    });
  } else if (action === 'brush step') {
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(
      `document.querySelector('[data-testid="brush-end"]').getAttribute('aria-valuenow') !== ${JSON.stringify(brushBefore)}`,
      undefined,
      { polling: 50, timeout: LOAD_TIMEOUT_MS },
    );
  }
  await waitQuiet(page);
  const after = await scriptMs(cdp);
  const tasks = await longTasksSince(page, since);
  console.log(`  ${tab} ${action} #${step}: script ${(after - before).toFixed(1)} ms`);
  return {
    tab,
    action,
    scriptMs: after - before,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.durationMs)),
  };
}

async function openTab(page: Page, tab: 'filters' | 'overview'): Promise<void> {
  await waitQuiet(page);
  await page.evaluate(`document.querySelector('[data-testid="tab-${tab}"]').click()`);
}

interface BuildResult {
  readonly build: string;
  readonly load: LoadResult;
  readonly openFiltersScriptMs: number;
  readonly openFiltersLongestTaskMs: number;
  readonly filterRows: number;
  readonly steps: readonly StepSample[];
  readonly profiles: Readonly<Record<string, ReturnType<typeof summarizeCpuProfile>>>;
}

async function newPage(
  browser: Browser,
  baseUrl: string,
): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
  });
  await context.addInitScript(
    `window.__mtLongTasks = [];
     new PerformanceObserver((list) => { for (const e of list.getEntries())
       window.__mtLongTasks.push({ startMs: e.startTime, durationMs: e.duration }); }).observe({ type: 'longtask' });`,
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(baseUrl);
  await page.waitForSelector('[data-testid="app"][data-status="ready"]', { timeout: LOAD_TIMEOUT_MS });
  await waitQuiet(page);
  return { page, cdp, close: () => context.close() };
}

async function profileOf<T>(
  cdp: CDPSession,
  name: string,
  out: string,
  run: () => Promise<T>,
): Promise<CpuProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  mkdirSync('bench/browser/results', { recursive: true });
  writeFileSync(
    join('bench/browser/results', `main-thread-${out}-${name}.cpuprofile`),
    JSON.stringify(profile),
  );
  return profile;
}

async function measureBuild(
  browser: Browser,
  baseUrl: string,
  build: string,
  file: string,
  stepsPerAction: number,
  profile: boolean,
): Promise<BuildResult> {
  const { page, cdp, close } = await newPage(browser, baseUrl);
  try {
    const load = await measureLoad(browser, page, cdp, file, true);
    const before = await scriptMs(cdp);
    const since = await pageNow(page);
    await openTab(page, 'filters');
    await page.waitForSelector('[data-testid="filter-group-sites"]', { timeout: LOAD_TIMEOUT_MS });
    await waitQuiet(page);
    const openFiltersScriptMs = (await scriptMs(cdp)) - before;
    const openFiltersLongestTaskMs = Math.max(
      0,
      ...(await longTasksSince(page, since)).map((t) => t.durationMs),
    );
    const filterRows = Number(
      await page.evaluate(`document.querySelectorAll('[data-testid^="filter-option-"]').length`),
    );
    const steps: StepSample[] = [];
    for (const tab of ['filters', 'overview'] as const) {
      await openTab(page, tab);
      await waitQuiet(page);
      const actions: Action[] =
        tab === 'filters'
          ? ['control', 'filter click', 'language switch', 'brush step']
          : ['control', 'language switch', 'brush step'];
      for (const action of actions)
        for (let i = 0; i < stepsPerAction; i++) steps.push(await measureStep(page, cdp, tab, action, i));
    }
    const profiles: Record<string, ReturnType<typeof summarizeCpuProfile>> = {};
    if (profile) {
      const out = build.replace(/\W+/g, '-');
      const profiled = [
        ['filters', ['filter click', 'language switch', 'brush step']],
        ['overview', ['language switch', 'brush step']],
      ] as const;
      for (const [tab, actions] of profiled) {
        await openTab(page, tab);
        await waitQuiet(page);
        for (const action of actions) {
          const name = `${tab} ${action}`;
          const p = await profileOf(cdp, name.replace(/ /g, '-'), out, () =>
            measureStep(page, cdp, tab, action, stepsPerAction),
          );
          profiles[name] = summarizeCpuProfile(p);
        }
      }
      // The load profiled on a fresh page (the profiler slows it, so it is not the timed load).
      const fresh = await newPage(browser, baseUrl);
      try {
        const p = await profileOf(fresh.cdp, 'load', out, () =>
          measureLoad(browser, fresh.page, fresh.cdp, file, false),
        );
        profiles['load'] = summarizeCpuProfile(p, 40);
      } finally {
        await fresh.close();
      }
    }
    return { build, load, openFiltersScriptMs, openFiltersLongestTaskMs, filterRows, steps, profiles };
  } finally {
    await close();
  }
}

const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '–');

function report(results: readonly BuildResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const l = r.load;
    const longest = Math.max(0, ...l.longTasks.map((t) => t.durationMs));
    const mostScript = [...l.traceTasks].sort((a, b) => b.scriptMs - a.scriptMs)[0];
    const longestTrace = [...l.traceTasks].sort((a, b) => b.durationMs - a.durationMs)[0];
    lines.push(
      `## ${r.build}`,
      `load: title shown after ${f1(l.wallMs)} ms; script ${f1(l.scriptMs)} ms in all; long tasks (>50 ms): ${l.longTasks.length}, longest ${f1(longest)} ms`,
      `  trace: longest task ${f1(longestTrace?.durationMs ?? 0)} ms (script ${f1(longestTrace?.scriptMs ?? 0)} ms; ${longestTrace?.otherTop.map((o) => `${o.name} ${f1(o.ms)}`).join(', ') ?? ''})`,
      `  trace: most script in one task ${f1(mostScript?.scriptMs ?? 0)} ms (of a ${f1(mostScript?.durationMs ?? 0)} ms task); tasks with > 100 ms of script: ${l.traceTasks.filter((t) => t.scriptMs > 100).length}`,
      `open Filters tab: script ${f1(r.openFiltersScriptMs)} ms, longest task ${f1(r.openFiltersLongestTaskMs)} ms, ${r.filterRows} option rows rendered`,
      '',
      '| tab | action | script ms (median) | script ms (max) | longest task ms (max) |',
      '|---|---|---|---|---|',
    );
    const keys = [...new Set(r.steps.map((s) => `${s.tab}|${s.action}`))];
    for (const key of keys) {
      const [tab, action] = key.split('|');
      const list = r.steps.filter((s) => s.tab === tab && s.action === action);
      lines.push(
        `| ${tab} | ${action} | ${f1(median(list.map((s) => s.scriptMs)))} | ${f1(Math.max(...list.map((s) => s.scriptMs)))} | ${f1(Math.max(...list.map((s) => s.longestTaskMs)))} |`,
      );
    }
    for (const [name, p] of Object.entries(r.profiles)) {
      lines.push(
        '',
        `profile ${name}: ${f1(p.totalMs)} ms, longest script run ${f1(p.longestScriptRunMs)} ms`,
      );
      for (const t of p.top.slice(0, name === 'load' ? 30 : 12))
        lines.push(`  ${f1(t.selfMs).padStart(8)}  ${t.fn}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  // --builds before=/tmp/a,after=/tmp/b measures several builds in one run, in that order.
  const named = argument('--builds', '');
  const builds: [string, string][] =
    named !== ''
      ? named.split(',').map((entry): [string, string] => {
          const at = entry.indexOf('=');
          return [entry.slice(0, at), entry.slice(at + 1)];
        })
      : [['this build', argument('--dist', '/tmp/main-thread-dist')]];
  const compare = argument('--compare', '');
  if (compare !== '') builds.unshift(['compared build', compare]);
  const count = Number(argument('--count', '100000'));
  const sites = Number(argument('--sites', '4000'));
  const routes = Number(argument('--routes', '200'));
  const nationalities = Number(argument('--nationalities', '150'));
  const stepsPerAction = Number(argument('--steps', '4'));
  const collection = makeHighCardinalityEvents({
    count,
    sites,
    routes,
    nationalityCodes: nationalityCodes(nationalities),
    firstYear: 2005,
    years: 15,
    seed: 20_260_101,
  });
  const dir = join(tmpdir(), 'lintas-main-thread');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `events-${count}-${sites}s-${routes}r-${nationalities}n.geojson`);
  writeFileSync(file, JSON.stringify(collection));
  const distinctSites = new Set(collection.features.map((f) => f.properties['site'])).size;
  console.log(
    `${count} events, ${distinctSites} distinct sites, ${routes} routes, ${nationalities} nationalities → ${file}`,
  );
  const args = [...(flag('--with-gpu') ? WITH_GPU_PROCESS_ARGS : HEADLESS_CHROMIUM_ARGS)];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args });
  const results: BuildResult[] = [];
  try {
    for (const [name, dist] of builds) {
      const server = await serveDirectory({
        dir: dist,
        port: 0,
        host: '127.0.0.1',
        headers: {},
        basePath: '/',
      });
      const { port } = server.address() as AddressInfo;
      try {
        console.log(`[main-thread] ${name} (${dist})`);
        results.push(
          await measureBuild(
            browser,
            `http://127.0.0.1:${port}/`,
            name,
            file,
            stepsPerAction,
            flag('--profile'),
          ),
        );
      } finally {
        await new Promise<void>((done) => server.close(() => done()));
      }
    }
  } finally {
    await browser.close();
  }
  console.log(report(results));
  mkdirSync('bench/browser/results', { recursive: true });
  writeFileSync('bench/browser/results/main-thread.json', `${JSON.stringify(results, null, 2)}\n`);
}

await main();
