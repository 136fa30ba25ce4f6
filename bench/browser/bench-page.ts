// The browser benchmark page: N demo-like events → EventTable → a standalone deck.gl Deck (1280×720) with
// the Lintas layers, then a scrub of 73 twelve-month windows timed step by step on the main thread for
// A (Lintas: filterRange uniform, attributes reused) and B (rebuild: filtered object array, new layer).
// Query: ?n=10000&rounds=2&warmup=6&rebuildStride=1&profileSteps=12. Results: window.__benchResults.
import { Deck, Layer, WebMercatorViewport } from '@deck.gl/core';
import demoEventsText from '../../data/demo/events.geojson?raw';
import routesText from '../../data/demo/routes.geojson?raw';
import { parseEventsValue } from '@/data/parse-events';
import { parseRoutesText } from '@/data/parse-routes';
import { buildEventCube } from '@/domain/event-cube';
import { computeRouteEndpoints } from '@/domain/route-endpoints';
import { makeEventPointAttributes } from '@/map/event-point-attributes';
import { drawSymbolAtlas } from '@/map/symbol-shapes';
import type { BenchResults, LayerProfile, LongTask, PassResult, PathName } from './bench-types';
import { makeDemoLikeEvents, readTemplates } from './demo-like-events';
import { median } from './stats';
import {
  lintasLayers,
  lintasStableLayers,
  PhaseClock,
  PHASES,
  rebuildLayers,
  scrubWindows,
  tableToPlainEvents,
  type ScrubWindow,
  type StepContext,
} from './scrub-steps';

const WIDTH = 1280;
const HEIGHT = 720;

/** Deck with a synchronous layer flush: what its animation frame does before redraw(), on demand. */
class BenchDeck extends Deck {
  flushLayers(): void {
    this.layerManager?.updateLayers();
  }
}

const params = new URLSearchParams(location.search);
const intParam = (name: string, fallback: number, min = 1): number => {
  const raw = params.get(name);
  const value = Number(raw);
  return raw !== null && Number.isInteger(value) && value >= min ? value : fallback;
};

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();
const hook = async (event: string, label: string): Promise<void> => {
  if (window.__benchHook) await window.__benchHook(event, label);
};

function log(message: string): void {
  console.log(`[bench] ${message}`);
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}

function webglRenderer(): string {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 'no WebGL2';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return String(renderer);
}

function timed<T>(setup: Record<string, number>, name: string, fn: () => T): T {
  const t0 = performance.now();
  const value = fn();
  setup[name] = performance.now() - t0;
  return value;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const n = intParam('n', 10_000);
  const rounds = intParam('rounds', 2);
  const warmup = intParam('warmup', 6, 0);
  const rebuildStride = intParam('rebuildStride', 1);
  const profileSteps = intParam('profileSteps', 12, 0);
  const setup: Record<string, number> = {};

  log(`generating ${n} events`);
  const routes = parseRoutesText(routesText);
  if (!routes.ok) throw new Error(`routes: ${routes.error.code}`);
  const templates = timed(setup, 'readTemplates', () => readTemplates(JSON.parse(demoEventsText)));
  const collection = timed(setup, 'generate', () => makeDemoLikeEvents(templates, n));
  const outcome = timed(setup, 'parseEventsValue', () =>
    parseEventsValue(collection, { fileName: 'bench.geojson', routes: routes.routes }),
  );
  if (!outcome.ok) throw new Error(`events: ${outcome.error.code}`);
  const table = outcome.table;
  const ctx: StepContext = {
    table,
    cube: timed(setup, 'buildEventCube', () => buildEventCube(table)),
    endpoints: timed(setup, 'computeRouteEndpoints', () => computeRouteEndpoints(table)),
    attributes: timed(setup, 'makeEventPointAttributes', () => makeEventPointAttributes(table)),
    atlas: timed(setup, 'drawSymbolAtlas', () => drawSymbolAtlas()),
    plainEvents: timed(setup, 'plainEvents (baseline)', () => tableToPlainEvents(table)),
  };

  const renderer = webglRenderer();
  const parent = document.getElementById('deck');
  if (!(parent instanceof HTMLDivElement)) throw new Error('#deck missing');
  const frame = new WebMercatorViewport({ width: WIDTH, height: HEIGHT }).fitBounds(
    [
      [55, -25],
      [140, 40],
    ],
    { padding: 10 },
  );
  let loaded: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (loaded = resolve));
  const deckErrors: string[] = [];
  const tDeck = performance.now();
  const deck = new BenchDeck({
    parent,
    width: WIDTH,
    height: HEIGHT,
    useDevicePixels: 1,
    controller: false,
    initialViewState: { longitude: frame.longitude, latitude: frame.latitude, zoom: frame.zoom },
    layers: [],
    onLoad: () => loaded(),
    onError: (error) => {
      deckErrors.push(error.message);
    },
  });
  await ready;
  setup['deck onLoad'] = performance.now() - tDeck;

  const windows = scrubWindows();
  const clock = new PhaseClock();

  /** One synchronous step: build layers, hand them to deck, flush the layer update, draw. */
  const runStep = (path: PathName, w: ScrubWindow): number => {
    clock.start();
    let points: number;
    let layers: Layer[];
    if (path === 'lintas' || path === 'lintas-stable') {
      layers = path === 'lintas' ? lintasLayers(ctx, w, clock) : lintasStableLayers(ctx, w, clock);
      points = ctx.attributes.length;
    } else {
      const built = rebuildLayers(ctx, w, clock);
      layers = built.layers;
      points = built.points.length;
    }
    deck.setProps({ layers });
    clock.lap('setProps');
    deck.flushLayers();
    clock.lap('updateLayers');
    deck.redraw('bench');
    clock.lap('redraw');
    return points;
  };

  // First frame: initialize every layer (shaders, font and icon atlases) outside any timed pass.
  const firstWindow = windows[0];
  if (firstWindow === undefined) throw new Error('no windows');
  const tFirst = performance.now();
  runStep('lintas', firstWindow);
  setup['first frame (init layers)'] = performance.now() - tFirst;
  await nextFrame();
  await nextFrame();

  const longTaskSupported = PerformanceObserver.supportedEntryTypes.includes('longtask');

  async function runPass(path: PathName, round: number, pass: readonly ScrubWindow[]): Promise<PassResult> {
    // Warm-up on this path (also swaps the point layers when the previous pass ran the other path).
    for (let i = 0; i < warmup; i++) {
      const w = pass[i % pass.length];
      if (w === undefined) break;
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          runStep(path, w);
          resolve();
        }),
      );
    }
    collectGarbage();
    await nextFrame();
    await nextFrame();
    const longTasks: LongTask[] = [];
    const observer = longTaskSupported
      ? new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longTasks.push({ startMs: e.startTime, durationMs: e.duration });
        })
      : null;
    observer?.observe({ type: 'longtask' });
    await hook('start', `${path}-${round}`);
    const stepMs: number[] = [];
    const points: number[] = [];
    const frames: number[] = [];
    const phases: Record<string, number[]> = {};
    for (const phase of PHASES) phases[phase] = [];
    const passStart = performance.now();
    for (const w of pass) {
      await new Promise<void>((resolve) =>
        requestAnimationFrame((time) => {
          frames.push(time);
          points.push(runStep(path, w));
          stepMs.push(clock.total());
          for (const phase of PHASES) phases[phase]?.push(clock.laps.get(phase) ?? 0);
          resolve();
        }),
      );
    }
    const passMs = performance.now() - passStart;
    // Let the last frame finish and the observer deliver its entries.
    await nextFrame();
    await sleep(150);
    for (const e of observer?.takeRecords() ?? [])
      longTasks.push({ startMs: e.startTime, durationMs: e.duration });
    observer?.disconnect();
    await hook('end', `${path}-${round}`);
    const frameIntervalsMs = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
    return {
      path,
      round,
      windows: pass.map((w) => w.index),
      stepMs,
      phases,
      points,
      longTasks: longTasks.filter((t) => t.startMs >= passStart - 1 && t.startMs <= passStart + passMs),
      frameIntervalsMs,
      passMs,
    };
  }

  const rebuildWindows = windows.filter((_, i) => i % rebuildStride === 0);
  const passes: PassResult[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which path goes first, so drift and warm-up effects hit both alike.
    const order: PathName[] = round % 2 === 0 ? ['lintas', 'rebuild'] : ['rebuild', 'lintas'];
    for (const path of order) {
      log(`n=${n} round ${round + 1}/${rounds}: ${path}`);
      passes.push(await runPass(path, round, path === 'lintas' ? windows : rebuildWindows));
    }
  }

  // Profile: self time per layer in deck's update and draw, with Layer methods wrapped (not in timed passes).
  const profiles: LayerProfile[] = [];
  if (profileSteps > 0) {
    const proto = Layer.prototype as unknown as Record<
      '_update' | '_transferState' | '_initialize' | '_drawLayer',
      (this: Layer, ...args: unknown[]) => void
    >;
    const original = {
      _update: proto._update,
      _transferState: proto._transferState,
      _initialize: proto._initialize,
      _drawLayer: proto._drawLayer,
    };
    let bucket: { update: Record<string, number>; draw: Record<string, number> } = { update: {}, draw: {} };
    const wrap = (name: keyof typeof original, kind: 'update' | 'draw'): void => {
      const fn = original[name];
      proto[name] = function (this: Layer, ...args: unknown[]): void {
        const start = performance.now();
        fn.apply(this, args);
        const id = this.root.id;
        bucket[kind][id] = (bucket[kind][id] ?? 0) + performance.now() - start;
      };
    };
    wrap('_update', 'update');
    wrap('_transferState', 'update');
    wrap('_initialize', 'update');
    wrap('_drawLayer', 'draw');
    for (const path of ['lintas', 'rebuild', 'lintas-stable'] as const) {
      log(`n=${n} profile: ${path}`);
      const pass = windows.filter((_, i) => i % Math.max(1, Math.floor(windows.length / profileSteps)) === 0);
      for (const w of pass.slice(0, warmup)) {
        await new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            runStep(path, w);
            resolve();
          }),
        );
      }
      bucket = { update: {}, draw: {} };
      await hook('profile-start', path);
      const steps = pass.slice(0, profileSteps);
      const stepMs: number[] = [];
      for (const w of steps) {
        await new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            runStep(path, w);
            stepMs.push(clock.total());
            resolve();
          }),
        );
      }
      await hook('profile-end', path);
      const perStep = (r: Record<string, number>): Record<string, number> =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v / steps.length]));
      profiles.push({
        path,
        steps: steps.length,
        stepMedianMs: median(stepMs),
        updateMs: perStep(bucket.update),
        drawMs: perStep(bucket.draw),
      });
    }
    Object.assign(proto, original);
  }

  if (deckErrors.length > 0) throw new Error(`deck.gl errors: ${deckErrors.slice(0, 3).join('; ')}`);
  const results: BenchResults = {
    n,
    rows: table.length,
    rejected: outcome.report.rejected.length,
    userAgent: navigator.userAgent,
    renderer,
    longTaskSupported,
    crossOriginIsolated: window.crossOriginIsolated,
    setupMs: setup,
    passes,
    profiles,
    totalMs: performance.now() - t0,
  };
  window.__benchResults = results;
  log(`done in ${(results.totalMs / 1000).toFixed(1)} s`);
  console.log(`[bench] results ${JSON.stringify({ n, passes: passes.length })}`);
  deck.finalize();
}

main().catch((error: unknown) => {
  window.__benchError = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  log(`failed: ${window.__benchError}`);
});
