// The production bundle: builds the real app (repo vite.config.ts) into a temporary directory, then lists
// every emitted file with raw and gzip (level 9) sizes and sums what a first visit transfers before the first
// map frame: index.html + initial JS (entry + its static imports) + CSS + MapLibre's worker + the basemap.
// Usage alone: npx tsx bench/browser/bundle-report.ts
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { textTable } from './stats';

export type FileCategory =
  | 'html'
  | 'initial JS'
  | 'initial CSS'
  | 'maplibre worker'
  | 'basemap'
  | 'demo data'
  | 'worker'
  | 'lazy JS (map layers)'
  | 'lazy JS'
  | 'lazy CSS'
  | 'other';

export interface BundleFile {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  readonly category: FileCategory;
}

export interface BundleReport {
  readonly files: readonly BundleFile[];
  readonly sums: readonly { readonly label: string; readonly raw: number; readonly gzip: number }[];
  readonly beforeFirstFrameGzip: number;
  readonly targetGzip: number;
}

/** 800 kB, in the 1000-byte kilobytes Vite reports. */
export const FIRST_FRAME_TARGET_GZIP = 800_000;

interface ChunkInfo {
  readonly fileName: string;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly importedCss: readonly string[];
  readonly name: string;
}

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Chunks of a Vite/Rolldown build result (structurally: `output` arrays of `type: 'chunk'` items). */
function chunksOf(result: unknown): ChunkInfo[] {
  const outputs = Array.isArray(result) ? (result as unknown[]) : [result];
  const chunks: ChunkInfo[] = [];
  for (const out of outputs) {
    if (!isRecord(out) || !Array.isArray(out['output'])) continue;
    for (const item of out['output'] as unknown[]) {
      if (!isRecord(item) || item['type'] !== 'chunk' || typeof item['fileName'] !== 'string') continue;
      const meta = item['viteMetadata'];
      const css =
        isRecord(meta) && meta['importedCss'] instanceof Set
          ? [...(meta['importedCss'] as Set<unknown>)]
          : [];
      chunks.push({
        fileName: item['fileName'],
        isEntry: item['isEntry'] === true,
        imports: strings(item['imports']),
        dynamicImports: strings(item['dynamicImports']),
        importedCss: strings(css),
        name: typeof item['name'] === 'string' ? item['name'] : '',
      });
    }
  }
  return chunks;
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix))) {
    const rel = prefix === '' ? entry : `${prefix}/${entry}`;
    if (statSync(path.join(dir, rel)).isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

/** URLs index.html references: module scripts, modulepreloads, stylesheets (relative to the outDir). */
function htmlReferences(html: string): { scripts: string[]; preloads: string[]; styles: string[] } {
  const attr = (tag: string, name: string): string | null =>
    new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1] ?? null;
  const clean = (url: string): string => url.replace(/^\.?\//, '');
  const scripts: string[] = [];
  const preloads: string[] = [];
  const styles: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = attr(tag, 'src');
    const href = attr(tag, 'href');
    const rel = attr(tag, 'rel');
    if (tag.startsWith('<script') && src) scripts.push(clean(src));
    else if (rel === 'modulepreload' && href) preloads.push(clean(href));
    else if (rel === 'stylesheet' && href) styles.push(clean(href));
  }
  return { scripts, preloads, styles };
}

function staticClosure(start: readonly string[], byFile: ReadonlyMap<string, ChunkInfo>): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const file = stack.pop();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    for (const next of byFile.get(file)?.imports ?? []) stack.push(next);
  }
  return seen;
}

/** Builds the app into `outDir` and classifies what it emitted. */
export async function bundleReport(outDir: string): Promise<BundleReport> {
  const result = await build({
    root: repo,
    configFile: path.join(repo, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const chunks = chunksOf(result);
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const refs = htmlReferences(html);
  const entries = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  const initialJs = staticClosure([...refs.scripts, ...refs.preloads, ...entries], byFile);
  const initialCss = new Set(refs.styles);
  for (const file of initialJs) for (const css of byFile.get(file)?.importedCss ?? []) initialCss.add(css);
  const mapLayers = chunks.find((c) => /deck-layers/.test(c.fileName));
  // The map layers' chunk, its static imports, and luma.gl's WebGL adapter that deck.gl imports dynamically.
  const mapLayerJs = mapLayers ? staticClosure([mapLayers.fileName], byFile) : new Set<string>();
  const webgl = [...mapLayerJs]
    .flatMap((f) => byFile.get(f)?.dynamicImports ?? [])
    .filter((f) => /webgl/.test(f));
  for (const file of staticClosure(webgl, byFile)) mapLayerJs.add(file);

  const category = (file: string): FileCategory => {
    if (file === 'index.html') return 'html';
    if (initialJs.has(file)) return 'initial JS';
    if (initialCss.has(file)) return 'initial CSS';
    if (/maplibre-gl-worker/.test(file)) return 'maplibre worker';
    if (/countries-50m.*\.json$/.test(file)) return 'basemap';
    if (/\/(events|routes|briefing)-[^/]*\.(geo)?json$/.test(file)) return 'demo data';
    if (/\.(m?js)$/.test(file) && !byFile.has(file)) return 'worker';
    if (mapLayerJs.has(file)) return 'lazy JS (map layers)';
    if (/\.m?js$/.test(file)) return 'lazy JS';
    if (file.endsWith('.css')) return 'lazy CSS';
    return 'other';
  };
  const files: BundleFile[] = listFiles(outDir).map((file) => {
    const bytes = readFileSync(path.join(outDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, category: category(file) };
  });
  const sum = (
    label: string,
    cats: readonly FileCategory[],
    extra: (f: BundleFile) => boolean = () => false,
  ) => {
    const picked = files.filter((f) => cats.includes(f.category) || extra(f));
    return {
      label,
      raw: picked.reduce((s, f) => s + f.raw, 0),
      gzip: picked.reduce((s, f) => s + f.gzip, 0),
    };
  };
  const firstFrame: FileCategory[] = ['html', 'initial JS', 'initial CSS', 'maplibre worker', 'basemap'];
  const loaderWorker = (f: BundleFile): boolean => f.category === 'worker' && /load-worker/.test(f.file);
  const sums = [
    sum('all emitted files', [
      'html',
      'initial JS',
      'initial CSS',
      'maplibre worker',
      'basemap',
      'demo data',
      'worker',
      'lazy JS (map layers)',
      'lazy JS',
      'lazy CSS',
      'other',
    ]),
    sum('all JS (chunks + workers)', [
      'initial JS',
      'maplibre worker',
      'worker',
      'lazy JS (map layers)',
      'lazy JS',
    ]),
    sum('all CSS', ['initial CSS', 'lazy CSS']),
    sum('initial JS', ['initial JS']),
    sum('initial CSS', ['initial CSS']),
    sum('before first map frame (html + initial JS/CSS + maplibre worker + basemap)', firstFrame),
    sum('  + demo data (events + routes)', [...firstFrame, 'demo data']),
    sum(
      '  + demo data + loader worker + map-layer chunks (first frame with flows)',
      [...firstFrame, 'demo data', 'lazy JS (map layers)'],
      loaderWorker,
    ),
  ];
  return {
    files,
    sums,
    beforeFirstFrameGzip: sums[5]?.gzip ?? NaN,
    targetGzip: FIRST_FRAME_TARGET_GZIP,
  };
}

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

export function formatBundleReport(report: BundleReport): string {
  const order: FileCategory[] = [
    'html',
    'initial JS',
    'initial CSS',
    'maplibre worker',
    'basemap',
    'demo data',
    'worker',
    'lazy JS (map layers)',
    'lazy JS',
    'lazy CSS',
    'other',
  ];
  const files = [...report.files].sort(
    (a, b) => order.indexOf(a.category) - order.indexOf(b.category) || b.gzip - a.gzip,
  );
  const fileTable = textTable(
    ['file', 'category', 'raw kB', 'gzip kB'],
    files.map((f) => [f.file, f.category, kb(f.raw), kb(f.gzip)]),
  );
  const sumTable = textTable(
    ['sum', 'raw kB', 'gzip kB'],
    report.sums.map((s) => [s.label, kb(s.raw), kb(s.gzip)]),
  );
  const met = report.beforeFirstFrameGzip <= report.targetGzip;
  return [
    'Production bundle (vite build of the app; gzip -9 via node:zlib; 1 kB = 1000 bytes)',
    fileTable,
    '',
    sumTable,
    '',
    `Target: ≤ ${kb(report.targetGzip)} kB gzip before the first map frame → ${kb(report.beforeFirstFrameGzip)} kB: ` +
      `${met ? 'MET' : 'NOT MET'} (${met ? 'margin' : 'over by'} ${kb(Math.abs(report.targetGzip - report.beforeFirstFrameGzip))} kB)`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'lintas-bundle-'));
  try {
    console.log(formatBundleReport(await bundleReport(outDir)));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
