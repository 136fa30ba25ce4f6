// Render-loop benchmark on the production build: main-thread script time per animation frame (flows in
// motion, and at rest with reduced motion) and per pointer move over a flow, at the demo data and at 100k
// demo-like events. Script time is CDP's ScriptDuration (JavaScript on the main thread), apart from what
// SwiftShader spends drawing. `--compare <dir>` measures a second build (e.g. an older commit's) in the
// same run, so the report gives before/after ratios measured side by side.
//
//   npx tsx bench/browser/render-loop.ts [--dist dist] [--compare /tmp/old-dist] [--sizes demo,100000]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '../../scripts/headless-chromium';
import { serveDirectory } from '../../scripts/serve-dist';
import { makeDemoLikeEvents, readTemplates } from './demo-like-events';

/** How long each animation sample runs, in milliseconds of wall time. */
const SAMPLE_MS = 4000;
const POINTER_MOVES = 40;

interface Sample {
  readonly build: string;
  readonly size: string;
  readonly motion: 'moving' | 'at rest';
  readonly frames: number;
  readonly scriptMsPerFrame: number;
  readonly scriptMsPerSecond: number;
  readonly pointerScriptMsPerMove: number | null;
  /** Whether the moves were over a flow (the tooltip showed): a miss would measure nothing. */
  readonly pointerHit: boolean;
}

function argument(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
}

/** Counts animation frames in the page for `ms`, measuring script time over the same interval. */
async function sampleFrames(
  page: Page,
  cdp: CDPSession,
  ms: number,
): Promise<{ frames: number; scriptMs: number }> {
  const before = await scriptSeconds(cdp);
  const frames = await page.evaluate(
    `new Promise((done) => { let n = 0; const end = performance.now() + ${ms};
       const tick = () => { n++; if (performance.now() < end) requestAnimationFrame(tick); else done(n); };
       requestAnimationFrame(tick); })`,
  );
  const after = await scriptSeconds(cdp);
  return { frames: Number(frames), scriptMs: (after - before) * 1000 };
}

async function waitSettled(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="app"][data-status="ready"]', { timeout: 120_000 });
  // Builds before the settle signal have only data-map-ready; accept either.
  await page.waitForFunction(
    `(() => { const m = document.querySelector('[data-testid="map"]'); if (!m) return false;
       const d = m.getAttribute('data-render-seq'); if (d !== null) return Number(d) > 0 && d === m.getAttribute('data-layer-seq');
       return m.getAttribute('data-map-ready') === 'true' && document.querySelector('[data-layers-ready="true"]') !== null; })()`,
    undefined,
    { timeout: 120_000 },
  );
}

/** A point on a bold sea flow: Negombo → Cocos, between its second and third vertices, from the camera. */
async function flowPoint(page: Page): Promise<{ x: number; y: number }> {
  const routes = JSON.parse(readFileSync('data/demo/routes.geojson', 'utf8')) as {
    features: { geometry: { coordinates: [number, number][] } }[];
  };
  const cocos = routes.features.find(
    (f) => (f as { properties?: { id?: string } }).properties?.id === 'sri-lanka-cocos',
  );
  const path = cocos?.geometry.coordinates ?? [];
  const a = path[2] ?? [0, 0];
  const b = path[3] ?? a;
  const lonLat: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const box = await page.locator('[data-testid="map"]').boundingBox();
  const view = JSON.parse((await page.getAttribute('[data-testid="map"]', 'data-view')) ?? '{}') as {
    lon: number;
    lat: number;
    zoom: number;
  };
  if (!box) throw new Error('no map');
  const world = 512 * 2 ** view.zoom;
  const mx = (l: number): number => ((l + 180) / 360) * world;
  const my = (p: number): number =>
    ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
  return {
    x: box.x + box.width / 2 + mx(lonLat[0]) - mx(view.lon),
    y: box.y + box.height / 2 + my(lonLat[1]) - my(view.lat),
  };
}

async function pointerCost(page: Page, cdp: CDPSession): Promise<{ msPerMove: number; hit: boolean }> {
  const at = await flowPoint(page);
  await page.mouse.move(at.x, at.y);
  const before = await scriptSeconds(cdp);
  for (let i = 0; i < POINTER_MOVES; i++)
    await page.mouse.move(at.x + (i % 2 === 0 ? 2 : -2), at.y + (i % 3) - 1);
  // Let the last pick and the tooltip render run (deck.gl picks on its next frame).
  const hit = await page
    .waitForSelector('[data-testid="map-tooltip"]', { timeout: 5000 })
    .then(() => true)
    .catch(() => false);
  const after = await scriptSeconds(cdp);
  return { msPerMove: ((after - before) * 1000) / POINTER_MOVES, hit };
}

async function measure(
  browser: Browser,
  baseUrl: string,
  build: string,
  size: string,
  eventsFile: string | null,
): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const motion of ['moving', 'at rest'] as const) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: motion === 'moving' ? 'no-preference' : 'reduce',
    });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(baseUrl);
      await waitSettled(page);
      if (eventsFile !== null) {
        await page.setInputFiles('[data-testid="events-file-input"]', eventsFile);
        await page.waitForFunction(
          `document.querySelector('[data-testid="dataset-title"]')?.textContent === 'Render-loop benchmark'`,
          undefined,
          { timeout: 180_000 },
        );
        await waitSettled(page);
      }
      await sampleFrames(page, cdp, 1000); // warm-up
      const { frames, scriptMs } = await sampleFrames(page, cdp, SAMPLE_MS);
      const pointer = await pointerCost(page, cdp);
      out.push({
        build,
        size,
        motion,
        frames,
        scriptMsPerFrame: frames > 0 ? scriptMs / frames : 0,
        scriptMsPerSecond: scriptMs / (SAMPLE_MS / 1000),
        pointerScriptMsPerMove: pointer.msPerMove,
        pointerHit: pointer.hit,
      });
    } finally {
      await context.close();
    }
  }
  return out;
}

async function main(): Promise<void> {
  const builds: [string, string][] = [['this build', argument('--dist') ?? 'dist']];
  const compare = argument('--compare');
  if (compare !== null) builds.push(['compared build', compare]);
  const sizes = (argument('--sizes') ?? 'demo,100000').split(',');
  const templates = readTemplates(JSON.parse(readFileSync('data/demo/events.geojson', 'utf8')));
  const dir = join(tmpdir(), 'lintas-render-loop');
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, string | null>();
  for (const size of sizes) {
    if (size === 'demo') {
      files.set(size, null);
      continue;
    }
    const collection = makeDemoLikeEvents(templates, Number(size));
    const file = join(dir, `events-${size}.geojson`);
    writeFileSync(
      file,
      JSON.stringify({ ...collection, metadata: { ...collection.metadata, title: 'Render-loop benchmark' } }),
    );
    files.set(size, file);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...HEADLESS_CHROMIUM_ARGS],
  });
  const samples: Sample[] = [];
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
        for (const size of sizes)
          samples.push(
            ...(await measure(browser, `http://127.0.0.1:${port}/`, name, size, files.get(size) ?? null)),
          );
      } finally {
        await new Promise<void>((done) => server.close(() => done()));
      }
    }
  } finally {
    await browser.close();
  }
  const rows = samples.map(
    (s) =>
      `| ${s.build} | ${s.size} | ${s.motion} | ${s.frames} | ${s.scriptMsPerFrame.toFixed(3)} | ${s.scriptMsPerSecond.toFixed(1)} | ${s.pointerScriptMsPerMove?.toFixed(2) ?? '–'}${s.pointerHit ? '' : ' (missed the flow)'} |`,
  );
  console.log(
    [
      `Main-thread script time (CDP ScriptDuration), ${SAMPLE_MS / 1000} s samples, ${POINTER_MOVES} pointer moves over the main flow`,
      '',
      '| build | events | flows | frames | script ms / frame | script ms / s | script ms / pointer move |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
  );
  if (compare !== null) {
    console.log('\nRatios, compared build ÷ this build (script ms per frame; per pointer move):');
    for (const s of samples.filter((x) => x.build === 'this build')) {
      const other = samples.find(
        (x) => x.build !== 'this build' && x.size === s.size && x.motion === s.motion,
      );
      if (!other) continue;
      const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(1)}×` : '∞');
      console.log(
        `  ${s.size}, ${s.motion}: frame ${ratio(other.scriptMsPerFrame, s.scriptMsPerFrame)}, pointer ${ratio(other.pointerScriptMsPerMove ?? 0, s.pointerScriptMsPerMove ?? 0)}`,
      );
    }
  }
  mkdirSync('bench/browser/results', { recursive: true });
  writeFileSync('bench/browser/results/render-loop.json', `${JSON.stringify(samples, null, 2)}\n`);
}

await main();
