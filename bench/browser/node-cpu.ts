// Node, no GPU: the CPU part of both time-window update paths at sizes SwiftShader cannot draw (1M).
//   A (Lintas): aggregateWindow + makeFlowSegments + makeSiteSymbols + constructing the layer descriptions,
//      plus an emulation of the O(N) point-attribute re-upload deck.gl does per step today (see
//      reuploadPointAttributes); A′ is A without it (its own pass).
//   B (rebuild): the same, plus filtering the window's events into new plain objects and filling the point
//      attributes from accessors the way deck.gl's AttributeManager would (positions as float64 with the
//      fp64 low part, radii, colours). deck.gl's own attribute code is not run (it needs a GPU device), so
//      B here is a lower bound of the rebuild's CPU cost; the flows/arrows/symbols layer updates inside
//      deck.gl are left out of both.
// Usage: node <bundle of this file> <out.json> [sizes, default 100000,1000000]  (run.ts does it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseEventsValue } from '@/data/parse-events';
import { parseRoutesText } from '@/data/parse-routes';
import { buildEventCube } from '@/domain/event-cube';
import type { EventTable } from '@/domain/event-table';
import { computeRouteEndpoints } from '@/domain/route-endpoints';
import { makeEventPointAttributes, type EventPointAttributes } from '@/map/event-point-attributes';
import type { SymbolAtlas } from '@/map/symbol-shapes';
import { makeDemoLikeEvents, readTemplates } from './demo-like-events';
import {
  getPointColor,
  getPointPosition,
  getPointRadius,
  lintasLayers,
  PhaseClock,
  rebuildLayers,
  scrubWindows,
  tableToPlainEvents,
  type PointDatum,
  type StepContext,
} from './scrub-steps';
import { median, p95 } from './stats';

export interface NodePathResult {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Median per phase, ms. */
  readonly phases: Readonly<Record<string, number>>;
}

export interface NodeCpuResult {
  readonly n: number;
  readonly rows: number;
  readonly rounds: number;
  readonly setupMs: Readonly<Record<string, number>>;
  readonly medianPoints: number;
  /** A with deck.gl's per-step point attribute work (emulated), as src/ builds the point layer today. */
  readonly lintas: NodePathResult;
  /** A without it: the point layer's data object reused (A′). */
  readonly lintasStable: NodePathResult;
  readonly rebuild: NodePathResult;
}

// run.ts runs a bundle of this file from bench/browser/dist and says where the repository is.
const repo =
  process.env['LINTAS_REPO'] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

// Like deck.gl, the emulation reuses its typed arrays across steps (typedArrayManager keeps scratch and
// attribute arrays; buffer.write copies into GPU memory, not into new JS arrays), so it makes no garbage.
const pool = new Map<string, Float32Array>();
function scratch(name: string, length: number): Float32Array {
  let array = pool.get(name);
  if (array === undefined || array.length < length) {
    array = new Float32Array(Math.ceil(length * 1.5));
    pool.set(name, array);
  }
  return array;
}
const pool64 = new Map<string, Float64Array>();
function scratch64(name: string, length: number): Float64Array {
  let array = pool64.get(name);
  if (array === undefined || array.length < length) {
    array = new Float64Array(Math.ceil(length * 1.5));
    pool64.set(name, array);
  }
  return array;
}

/** GPU upload stand-in: deck.gl's buffer.write (gl.bufferSubData) copies each attribute once per update. */
function upload(name: string, a: ArrayBufferView): number {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const target = new Uint8Array(scratch(`gpu:${name}`, Math.ceil(a.byteLength / 4)).buffer, 0, a.byteLength);
  target.set(bytes);
  return target[0] ?? 0;
}

/**
 * What deck.gl does today on each Lintas step for the point layer: makeEventPointLayer builds new `data` and
 * attribute descriptors, so deck.gl re-reads every external attribute (Attribute.setExternalBuffer compares
 * descriptors by identity), splits the float32 positions into hi/lo pairs (toDoublePrecisionArray) and
 * writes every buffer again. O(N) per step; zero if the descriptors were reused (A′).
 */
export function reuploadPointAttributes(a: EventPointAttributes): number {
  const n = a.length;
  const split = scratch('split', n * 4);
  for (let i = 0; i < n; i++) {
    const lon = a.positions[i * 2] ?? 0;
    const lat = a.positions[i * 2 + 1] ?? 0;
    split[i * 4] = lon;
    split[i * 4 + 1] = lat;
    split[i * 4 + 2] = lon - Math.fround(lon);
    split[i * 4 + 3] = lat - Math.fround(lat);
  }
  return (
    upload('positions', split.subarray(0, n * 4)) +
    upload('radii', a.radiiPx) +
    upload('colors', a.colors) +
    upload('days', a.days)
  );
}

/** What deck.gl's AttributeManager does for the baseline's point layer, reduced to the copies it makes. */
export function fillPointAttributes(data: readonly PointDatum[]): number {
  const n = data.length;
  const positions = scratch64('b:positions', n * 3);
  const positionsLow = scratch('b:positionsLow', n * 3);
  const radii = scratch('b:radii', n);
  const colors = new Uint8ClampedArray(scratch('b:colors', n).buffer, 0, n * 4);
  for (let i = 0; i < n; i++) {
    const d = data[i];
    if (d === undefined) continue;
    const [lon, lat] = getPointPosition(d);
    positions[i * 3] = lon;
    positions[i * 3 + 1] = lat;
    positionsLow[i * 3] = lon - Math.fround(lon);
    positionsLow[i * 3 + 1] = lat - Math.fround(lat);
    radii[i] = getPointRadius(d);
    colors.set(getPointColor(d), i * 4);
  }
  // deck.gl uploads positions as float32 hi + lo halves.
  const hi = scratch('b:positionsHi', n * 3);
  for (let i = 0; i < n * 3; i++) hi[i] = positions[i] ?? 0;
  return (
    upload('b:positions', hi.subarray(0, n * 3)) +
    upload('b:positionsLow', positionsLow.subarray(0, n * 3)) +
    upload('b:radii', radii.subarray(0, n)) +
    upload('b:colors', colors)
  );
}

function loadTable(n: number, setup: Record<string, number>): EventTable {
  const routes = parseRoutesText(readFileSync(path.join(repo, 'data/demo/routes.geojson'), 'utf8'));
  if (!routes.ok) throw new Error(`routes: ${routes.error.code}`);
  const templates = readTemplates(
    JSON.parse(readFileSync(path.join(repo, 'data/demo/events.geojson'), 'utf8')),
  );
  let t = performance.now();
  const collection = makeDemoLikeEvents(templates, n);
  setup['generate'] = performance.now() - t;
  t = performance.now();
  const outcome = parseEventsValue(collection, { fileName: 'bench.geojson', routes: routes.routes });
  setup['parseEventsValue'] = performance.now() - t;
  if (!outcome.ok) throw new Error(`events: ${outcome.error.code}`);
  if (outcome.report.rejected.length > 0) throw new Error(`${outcome.report.rejected.length} rejected`);
  return outcome.table;
}

export function measureNodeCpu(n: number, rounds: number): NodeCpuResult {
  const setup: Record<string, number> = {};
  const table = loadTable(n, setup);
  collectGarbage();
  const time = <T>(name: string, fn: () => T): T => {
    const t = performance.now();
    const value = fn();
    setup[name] = performance.now() - t;
    return value;
  };
  // The atlas canvas is only read when deck.gl creates the texture, never by the layer constructor.
  const atlas: SymbolAtlas = {
    canvas: {} as unknown as HTMLCanvasElement,
    mapping: Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [
        String(i),
        { x: i * 64, y: 0, width: 64, height: 64, anchorY: 32 },
      ]),
    ),
  };
  const ctx: StepContext = {
    table,
    cube: time('buildEventCube', () => buildEventCube(table)),
    endpoints: time('computeRouteEndpoints', () => computeRouteEndpoints(table)),
    attributes: time('makeEventPointAttributes', () => makeEventPointAttributes(table)),
    atlas,
    plainEvents: time('plainEvents (baseline)', () => tableToPlainEvents(table)),
  };
  const windows = scrubWindows();
  const clock = new PhaseClock();
  type Which = 'lintas' | 'lintasStable' | 'rebuild';
  const samples: Record<Which, { steps: number[]; phases: Map<string, number[]> }> = {
    lintas: { steps: [], phases: new Map() },
    lintasStable: { steps: [], phases: new Map() },
    rebuild: { steps: [], phases: new Map() },
  };
  const points: number[] = [];
  let sink = 0;
  const step = (which: Which, index: number, record: boolean): void => {
    const w = windows[index];
    if (w === undefined) return;
    clock.start();
    if (which === 'lintas') {
      sink += lintasLayers(ctx, w, clock).length;
      sink += reuploadPointAttributes(ctx.attributes);
      clock.lap('updateLayers');
    } else if (which === 'lintasStable') {
      // A′: same layers, the point attributes left alone (the data object would be reused).
      sink += lintasLayers(ctx, w, clock).length;
    } else {
      const built = rebuildLayers(ctx, w, clock);
      sink += fillPointAttributes(built.points) + built.layers.length;
      clock.lap('updateLayers');
      if (record) points.push(built.points.length);
    }
    if (!record) return;
    const s = samples[which];
    s.steps.push(clock.total());
    for (const [phase, ms] of clock.laps) {
      const list = s.phases.get(phase) ?? [];
      list.push(ms);
      s.phases.set(phase, list);
    }
  };
  // Warm-up round, then passes over all 73 windows in rotating order (A A′ B, A′ B A, B A A′, …).
  const paths: Which[] = ['lintas', 'lintasStable', 'rebuild'];
  for (const which of paths) for (let i = 0; i < 12; i++) step(which, i * 6, false);
  for (let round = 0; round < rounds; round++) {
    const order = [...paths.slice(round % 3), ...paths.slice(0, round % 3)];
    for (const which of order) {
      collectGarbage();
      for (let i = 0; i < windows.length; i++) step(which, i, true);
    }
  }
  if (sink === 0) console.log('');
  const summarize = (s: { steps: number[]; phases: Map<string, number[]> }): NodePathResult => ({
    medianMs: median(s.steps),
    p95Ms: p95(s.steps),
    maxMs: Math.max(...s.steps),
    phases: Object.fromEntries([...s.phases].map(([phase, list]) => [phase, median(list)])),
  });
  return {
    n,
    rows: table.length,
    rounds,
    setupMs: setup,
    medianPoints: median(points),
    lintas: summarize(samples.lintas),
    lintasStable: summarize(samples.lintasStable),
    rebuild: summarize(samples.rebuild),
  };
}

if (process.argv[2] !== undefined && process.env['LINTAS_NODE_CPU'] === '1') {
  const out = process.argv[2];
  const sizes = (process.argv[3] ?? '100000,1000000').split(',').map(Number);
  const results: NodeCpuResult[] = [];
  for (const n of sizes) {
    console.log(`[node-cpu] n=${n}`);
    results.push(measureNodeCpu(n, 3));
  }
  writeFileSync(out, JSON.stringify(results));
}
