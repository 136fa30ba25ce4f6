// Exports in a real browser, under the documented Content-Security-Policy: the view as PNG at 1×, 2× and
// 3× (size, colours), the totals as CSV (equal to the header KPIs and to the demo file), chart SVG and PNG,
// the filtered events as GeoJSON that loads back to the same KPIs, and the printed briefing. Files are
// caught with Playwright's download event; nothing may leave the origin.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePng, shareWhere, type DecodedPng } from './decode-png';
import { DEMO_FEATURES, digits, isLanded, sumPeople, type DemoFeature } from './demo-file';
import {
  openPage,
  saveScreenshot,
  SCREENSHOT_DIR,
  startHarness,
  waitForDashboard,
  type Harness,
  type PageRecorder,
} from './harness';

/** The policy as documented in docs/deploy.md (the code block after "## Content-Security-Policy"). */
function documentedPolicy(): string {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const block = /## Content-Security-Policy[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  return block
    .replace(/^Content-Security-Policy:\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The view exported: the year 2012 (a time filter the exports must name and honour). */
const YEAR = '2012';
const in2012 = (f: DemoFeature): boolean => f.properties.date.startsWith(YEAR);
const landed2012 = DEMO_FEATURES.filter((f) => in2012(f) && isLanded(f));
const DEMO_META = (
  JSON.parse(readFileSync('data/demo/events.geojson', 'utf8')) as {
    metadata: { title: string; source: string };
  }
).metadata;

interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Opens the Export dialog if needed, clicks a button and returns the file it saves. */
async function download(page: Page, testId: string): Promise<Downloaded> {
  if (!(await page.locator('[data-testid="export-dialog"]').isVisible())) {
    await page.click('[data-testid="export-button"]');
  }
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.click(`[data-testid="${testId}"]`),
  ]);
  const path = await file.path();
  const bytes = readFileSync(path);
  mkdirSync(join(SCREENSHOT_DIR, 'exports'), { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, 'exports', file.suggestedFilename()), bytes);
  return { name: file.suggestedFilename(), bytes };
}

/** Width and height from a PNG's header, without decoding it. */
const pngSize = (png: Buffer): { width: number; height: number } => ({
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
});

/** A small RFC 4180 reader. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const whole = (image: DecodedPng): { x: number; y: number; width: number; height: number } => ({
  x: 0,
  y: 0,
  width: image.width,
  height: image.height,
});

describe('exports', () => {
  let harness: Harness;
  let view: PageRecorder;
  let mapWidth = 0;
  let mapHeight = 0;
  const kpi = async (id: string): Promise<number> =>
    digits(await view.page.textContent(`[data-testid="kpi-${id}"]`));

  beforeAll(async () => {
    harness = await startHarness({ 'Content-Security-Policy': documentedPolicy() });
    view = await openPage(harness, 1280, 720);
    const { page } = view;
    await page.addInitScript(() => {
      const w = window as unknown as { __printCalls: number; __cspViolations: string[] };
      w.__printCalls = 0;
      w.__cspViolations = [];
      // The print dialog cannot be driven headless: count the calls, then look at the print layout.
      window.print = () => {
        w.__printCalls++;
      };
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${harness.baseUrl}?t=${YEAR}-01-01..${YEAR}-12-31`);
    await waitForDashboard(page);
    await page.waitForSelector('[data-testid="series-chart"] .recharts-bar-rectangle', { timeout: 30_000 });
    await page.waitForTimeout(500);
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    mapWidth = Math.round(box.width);
    mapHeight = Math.round(box.height);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('shows the 2012 totals of the demo file in the header (the numbers the exports must carry)', async () => {
    expect(landed2012.length).toBeGreaterThan(100);
    expect(await kpi('landed-people')).toBe(sumPeople(landed2012));
  });

  it('exports the view as PNG at 2×: twice the map width, the map, flows, legend and labels drawn', async () => {
    const file = await download(view.page, 'export-png-2');
    await saveScreenshot(view.page, 'export-dialog');
    expect(await view.page.textContent('[data-testid="export-status"]')).toBe(`Saved ${file.name}`);
    expect(file.name).toMatch(/^lintas-map-2x-\d{4}-\d{2}-\d{2}\.png$/);
    const image = decodePng(file.bytes);
    expect(image.width).toBe(2 * mapWidth);
    // Header, map and legend: taller than the map alone at that scale.
    expect(image.height).toBeGreaterThan(2 * mapHeight + 100);
    const all = whole(image);
    // White paper around the map, sea and land of the basemap, the blue of the Java route's flow, the
    // amber of the "illustrative" label and dark text.
    expect(shareWhere(image, all, (r, g, b) => r > 250 && g > 250 && b > 250)).toBeGreaterThan(0.05);
    expect(
      shareWhere(image, all, (r, g, b) => Math.abs(r - 223) < 8 && Math.abs(g - 233) < 8 && b > 232),
    ).toBeGreaterThan(0.05);
    expect(shareWhere(image, all, (r, g, b) => b - r > 50 && b - g > 25 && r < 130)).toBeGreaterThan(0.001);
    expect(
      shareWhere(image, all, (r, g, b) => r > 250 && Math.abs(g - 241) < 6 && Math.abs(b - 214) < 8),
    ).toBeGreaterThan(0.0005);
    expect(shareWhere(image, all, (r, g, b) => r < 60 && g < 70 && b < 80)).toBeGreaterThan(0.002);
    // The outcome colours of the site symbols (landed: bluish green) are on the map.
    expect(
      shareWhere(image, all, (r, g, b) => r < 40 && g > 120 && g < 190 && b > 85 && b < 145),
    ).toBeGreaterThan(0.0002);
  });

  it('exports the view at 1× and 3× with widths of 1× and 3× the map', async () => {
    const one = pngSize((await download(view.page, 'export-png-1')).bytes);
    const three = pngSize((await download(view.page, 'export-png-3')).bytes);
    expect(one.width).toBe(mapWidth);
    expect(three.width).toBe(3 * mapWidth);
    // The layout is the same at every scale (text wraps by CSS pixels).
    expect(Math.abs(three.height - 3 * one.height)).toBeLessThanOrEqual(3);
  });

  it('exports the totals as CSV naming the dataset, source and filters, equal to the header KPIs', async () => {
    const file = await download(view.page, 'export-csv');
    expect(file.name).toMatch(/\.csv$/);
    const text = file.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    const header = new Map(rows.slice(0, 16).map((r) => [r[0], r[1]]));
    expect(header.get('Dataset')).toBe(DEMO_META.title);
    expect(header.get('Source')).toBe(DEMO_META.source);
    expect(header.get('Illustrative data')).toMatch(/^Synthetic records/);
    expect(header.get('Time window')).toBe('2012 (2012-01-01 – 2012-12-31)');
    expect(header.get('Filters')).toBe('none (all records)');
    const totals = new Map(rows.map((r) => [r[0], r.slice(1).map(Number)]));
    const landed = totals.get('Landed in Australia')!;
    expect(landed[0]).toBe(await kpi('landed-people'));
    expect(landed[0]).toBe(sumPeople(landed2012));
    expect(landed[1]).toBe(await kpi('landed-boats'));
    expect(landed[1]).toBe(landed2012.reduce((a, f) => a + (f.properties.boats ?? 1), 0));
    const deaths2012 = DEMO_FEATURES.filter(in2012).reduce((a, f) => a + (f.properties.deaths ?? 0), 0);
    expect(totals.get('All records')![3]).toBe(await kpi('deaths'));
    expect(totals.get('All records')![3]).toBe(deaths2012);
    // Monthly rows of 2012 add up to the landed total.
    const monthly = rows.filter((r) => /^2012-\d{2}$/.test(r[0] ?? ''));
    expect(monthly).toHaveLength(12);
    const landedColumn = rows.find((r) => r[0] === 'Month')!.indexOf('Landed in Australia: people');
    expect(monthly.reduce((a, r) => a + Number(r[landedColumn]), 0)).toBe(sumPeople(landed2012));
  });

  it('exports charts as well-formed SVG with their title, and as PNG', async () => {
    const { page } = view;
    const seriesTitle = (await page.textContent('[data-testid="series-section"] h3'))!.trim();
    const svg = (await download(page, 'export-chart-series-svg')).bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        title: doc.querySelector('svg > title')?.textContent ?? '',
        bars: doc.querySelectorAll('.recharts-bar-rectangle path, path.recharts-rectangle').length,
        text: doc.documentElement.textContent ?? '',
        width: Number(doc.documentElement.getAttribute('width')),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.title).toBe(seriesTitle);
    expect(parsed.text).toContain('Illustrative data');
    expect(parsed.text).toContain('Source: ');
    expect(parsed.bars).toBeGreaterThan(10);
    expect(svg).not.toContain('style="');

    const nationalities = (await download(page, 'export-chart-nationalities-svg')).bytes.toString('utf8');
    const rankedTitle = (await page.textContent('[data-testid="ranked-nationalities"] h3'))!.trim();
    expect(nationalities).toContain(`<title>${rankedTitle}</title>`);
    expect(nationalities).toContain('>Afghanistan<');

    const png = decodePng((await download(page, 'export-chart-series-png')).bytes);
    expect(png.width).toBe(2 * parsed.width);
    const all = whole(png);
    expect(shareWhere(png, all, (r, g, b) => r > 250 && g > 250 && b > 250)).toBeGreaterThan(0.3);
    expect(shareWhere(png, all, (r, _g, b) => r < 120 && b - r > 40)).toBeGreaterThan(0.005);
  });

  it('prints a briefing: map, key figures, charts and caveats on the print layout', async () => {
    const { page } = view;
    await page.click('[data-testid="export-print"]');
    await page.waitForFunction(
      () => (window as unknown as { __printCalls: number }).__printCalls === 1,
      null,
      {
        timeout: 30_000,
      },
    );
    // The browser's own Print (no button): `afterprint` drops the images, `beforeprint` makes them
    // again before the page is laid out for paper.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.waitForSelector('[data-testid="print-map"]', { state: 'detached' });
    const remade = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelectorAll('[data-testid="print-map"], [data-testid^="print-chart-"]').length;
    });
    expect(remade).toBe(5);
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('.print-sheet img')].every((img) => img.complete),
    );
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    try {
      expect(await page.locator('[data-testid="print-sheet"]').isVisible()).toBe(true);
      expect(await page.locator('[data-testid="app"]').isVisible()).toBe(false);
      const map = await page.locator('[data-testid="print-map"]').evaluate((img: HTMLImageElement) => ({
        complete: img.complete,
        width: img.naturalWidth,
      }));
      expect(map.complete).toBe(true);
      expect(map.width).toBe(2 * mapWidth);
      expect(digits(await page.textContent('[data-testid="print-kpi-landed-people"]'))).toBe(
        sumPeople(landed2012),
      );
      expect(await page.locator('[data-testid^="print-chart-"]').count()).toBe(4);
      expect(await page.textContent('[data-testid="print-caveats"]')).toContain('Synthetic records');
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-print-layout.png'), fullPage: true });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      writeFileSync(join(SCREENSHOT_DIR, 'exports', 'briefing.pdf'), pdf);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(pages.length).toBeLessThanOrEqual(4);
    } finally {
      await page.emulateMedia({ media: 'screen', reducedMotion: 'reduce' });
    }
  });

  it('exports the 2012 events as GeoJSON that loads back with the same KPIs', async () => {
    const { page } = view;
    const before = await kpi('landed-people');
    const file = await download(page, 'export-geojson');
    const json = JSON.parse(file.bytes.toString('utf8')) as {
      metadata: { title: string; illustrative: boolean; filters: { timeRange: unknown } };
      features: { properties: { id: string } }[];
    };
    expect(json.features).toHaveLength(DEMO_FEATURES.filter(in2012).length);
    expect(json.metadata.illustrative).toBe(true);
    expect(json.metadata.filters.timeRange).toEqual({ from: '2012-01-01', to: '2012-12-31' });
    await page.click('[data-testid="export-dialog"] >> text=Close');
    await page.setInputFiles('[data-testid="events-file-input"]', {
      name: file.name,
      mimeType: 'application/geo+json',
      buffer: file.bytes,
    });
    await page.waitForFunction(
      (title) => document.querySelector('[data-testid="dataset-title"]')?.textContent === title,
      json.metadata.title,
    );
    expect(await page.textContent('[data-testid="load-counts"]')).toContain(
      `${json.features.length.toLocaleString('en')} events loaded`,
    );
    expect(await kpi('landed-people')).toBe(before);
    // Without the time filter the file still holds only 2012.
    await page.click('[data-testid="reset-filters"]');
    await page.waitForSelector('[data-testid="chip-period"]', { state: 'detached' });
    expect(await kpi('landed-people')).toBe(before);
    expect(await kpi('landed-boats')).toBe(landed2012.reduce((a, f) => a + (f.properties.boats ?? 1), 0));
  });

  it('sent nothing off the page and broke no CSP rule', async () => {
    const origin = new URL(harness.baseUrl).origin;
    const offsite = view.requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(offsite).toEqual([]);
    const violations = await view.page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
    expect(view.pageErrors).toEqual([]);
    expect(view.consoleErrors).toEqual([]);
  });
});
