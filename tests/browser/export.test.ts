// Exports in a real browser, under the documented Content-Security-Policy (docs/deploy.md) and served
// from a sub-path as a static host would: the view as PNG at 1×, 2× and 3× (size, colours), the totals as
// CSV (equal to the header KPIs and to the demo file), chart SVG and PNG, the filtered events as GeoJSON
// that loads back to the same KPIs, and the printed briefing; at the end, zero CSP violations and nothing
// sent off the origin. Files are caught with Playwright's download event.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_META, demoHeadlineOf, demoRecordsInView } from '../../src/testing/demo-oracle';
import {
  figure,
  openPage,
  saveScreenshot,
  SCREENSHOT_DIR,
  settleAfter,
  useHarness,
  waitForDashboard,
  waitForSettled,
  type PageRecorder,
} from './harness';
import { mapRect } from './map-projection';
import { readPixels } from './pixels';

/** The policy exactly as documented (the code block after "## Content-Security-Policy"). */
function documentedPolicy(): string {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const block = /## Content-Security-Policy[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  return block
    .replace(/^Content-Security-Policy:\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const POLICY = documentedPolicy();
const BASE_PATH = '/tools/lintas/';

/** The view exported: the year 2012 (a time filter the exports must name and honour). */
const VIEW_2012 = 't=2012-01-01..2012-12-31';
const HEADLINE_2012 = demoHeadlineOf(VIEW_2012);
const RECORDS_2012 = demoRecordsInView(VIEW_2012).records;

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
  const bytes = readFileSync(await file.path());
  mkdirSync(join(SCREENSHOT_DIR, 'exports'), { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, 'exports', file.suggestedFilename()), bytes);
  return { name: file.suggestedFilename(), bytes };
}

/** Width and height from a PNG's header, without decoding it. */
const pngSize = (png: Buffer): { width: number; height: number } => ({
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
});

describe('exports under the documented CSP, from a sub-path', () => {
  const harness = useHarness({ headers: { 'Content-Security-Policy': POLICY }, basePath: BASE_PATH });
  let view: PageRecorder;
  let page: Page;
  let mapWidth = 0;
  let mapHeight = 0;

  beforeAll(async () => {
    view = await openPage(harness);
    page = view.page;
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
    await page.goto(`${harness.baseUrl}?${VIEW_2012}`);
    await waitForDashboard(page);
    await page.waitForSelector('[data-testid="series-chart"] .series-bars');
    ({ width: mapWidth, height: mapHeight } = await mapRect(page));
  });

  it('serves the documented policy from a sub-path, with the 2012 totals in the header', async () => {
    expect(POLICY).toContain("script-src 'self'");
    expect(POLICY).not.toContain('unsafe-');
    expect(harness.baseUrl).toMatch(/\/tools\/lintas\/$/);
    expect(RECORDS_2012.length).toBeGreaterThan(100);
    expect(await figure(page, 'kpi-landed-people')).toBe(HEADLINE_2012.landedPeople);
  });

  it('exports the view as PNG at 2×: twice the map width, the map, flows, legend and labels drawn', async () => {
    const file = await download(page, 'export-png-2');
    await saveScreenshot(page, 'export-dialog');
    expect(await page.textContent('[data-testid="export-status"]')).toBe(`Saved ${file.name}`);
    expect(file.name).toMatch(/^lintas-map-2x-\d{4}-\d{2}-\d{2}\.png$/);
    const image = await readPixels(view.context, file.bytes);
    expect(image.width).toBe(2 * mapWidth);
    // Header, map and legend: taller than the map alone at that scale.
    expect(image.height).toBeGreaterThan(2 * mapHeight + 100);
    // White paper around the map, sea and land of the basemap, the blue of the Java route's flow, the
    // amber of the "illustrative" label and dark text.
    expect(await image.share((r, g, b) => r > 250 && g > 250 && b > 250)).toBeGreaterThan(0.05);
    expect(
      await image.share((r, g, b) => Math.abs(r - 223) < 8 && Math.abs(g - 233) < 8 && b > 232),
    ).toBeGreaterThan(0.05);
    expect(await image.share((r, g, b) => b - r > 50 && b - g > 25 && r < 130)).toBeGreaterThan(0.001);
    expect(
      await image.share((r, g, b) => r > 250 && Math.abs(g - 241) < 6 && Math.abs(b - 214) < 8),
    ).toBeGreaterThan(0.0005);
    expect(await image.share((r, g, b) => r < 60 && g < 70 && b < 80)).toBeGreaterThan(0.002);
    // The outcome colours of the site symbols (landed: bluish green) are on the map.
    expect(await image.share((r, g, b) => r < 40 && g > 120 && g < 190 && b > 85 && b < 145)).toBeGreaterThan(
      0.0002,
    );
  });

  it('exports the view at 1× and 3× with widths of 1× and 3× the map', async () => {
    const one = pngSize((await download(page, 'export-png-1')).bytes);
    const three = pngSize((await download(page, 'export-png-3')).bytes);
    expect(one.width).toBe(mapWidth);
    expect(three.width).toBe(3 * mapWidth);
    // The layout is the same at every scale (text wraps by CSS pixels).
    expect(Math.abs(three.height - 3 * one.height)).toBeLessThanOrEqual(3);
  });

  it('exports the totals as CSV naming the dataset, source and filters, equal to the header KPIs', async () => {
    const file = await download(page, 'export-csv');
    expect(file.name).toMatch(/\.csv$/);
    const text = file.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), {
      delimiter: ',',
      newline: '\r\n',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    const header = new Map(rows.slice(0, 16).map((r) => [r[0], r[1]]));
    expect(header.get('Dataset')).toBe(DEMO_META.title);
    expect(header.get('Source')).toBe(DEMO_META.source);
    expect(header.get('Illustrative data')).toMatch(/^Synthetic records/);
    expect(header.get('Time window')).toBe('2012 (2012-01-01 – 2012-12-31)');
    expect(header.get('Filters')).toBe('none (all records)');
    const totals = new Map(rows.map((r) => [r[0], r.slice(1).map(Number)]));
    const landed = totals.get('Landed in Australia')!;
    expect(landed[0]).toBe(await figure(page, 'kpi-landed-people'));
    expect(landed[0]).toBe(HEADLINE_2012.landedPeople);
    expect(landed[1]).toBe(await figure(page, 'kpi-landed-boats'));
    expect(landed[1]).toBe(HEADLINE_2012.landedBoats);
    expect(totals.get('All records')![3]).toBe(await figure(page, 'kpi-deaths'));
    expect(totals.get('All records')![3]).toBe(HEADLINE_2012.deaths);
    // Monthly rows of 2012 add up to the landed total.
    const monthly = rows.filter((r) => /^2012-\d{2}$/.test(r[0] ?? ''));
    expect(monthly).toHaveLength(12);
    const landedColumn = rows.find((r) => r[0] === 'Month')!.indexOf('Landed in Australia: people');
    expect(landedColumn).toBeGreaterThan(0);
    expect(monthly.reduce((a, r) => a + Number(r[landedColumn]), 0)).toBe(HEADLINE_2012.landedPeople);
  });

  it('exports charts as well-formed SVG with their title, and as PNG', async () => {
    const seriesTitle = (await page.textContent('[data-testid="series-section"] h3'))!.trim();
    const svg = (await download(page, 'export-chart-series-svg')).bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      // Coloured marks (bars, swatches): a fill of clear hue, whatever element draws it.
      const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
      const saturated = [...doc.querySelectorAll('rect[fill], path[fill]')].filter((el) => {
        ctx.fillStyle = '#000000';
        ctx.fillStyle = el.getAttribute('fill') ?? '';
        const hex = String(ctx.fillStyle);
        if (!/^#[0-9a-f]{6}$/.test(hex)) return false;
        const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        return Math.max(...rgb) - Math.min(...rgb) > 60;
      });
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        title: doc.querySelector('svg > title')?.textContent ?? '',
        marks: saturated.length,
        text: doc.documentElement.textContent ?? '',
        width: Number(doc.documentElement.getAttribute('width')),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.title).toBe(seriesTitle);
    expect(parsed.text).toContain('Illustrative data');
    expect(parsed.text).toContain('Source: ');
    // Twelve months of 2012, stacked by route.
    expect(parsed.marks).toBeGreaterThan(12);
    expect(svg).not.toContain('style="');

    const nationalities = (await download(page, 'export-chart-nationalities-svg')).bytes.toString('utf8');
    const rankedTitle = (await page.textContent('[data-testid="ranked-nationalities"] h3'))!.trim();
    expect(nationalities).toContain(`<title>${rankedTitle}</title>`);
    expect(nationalities).toContain('>Afghanistan<');

    const png = await readPixels(view.context, (await download(page, 'export-chart-series-png')).bytes);
    expect(png.width).toBe(2 * parsed.width);
    expect(await png.share((r, g, b) => r > 250 && g > 250 && b > 250)).toBeGreaterThan(0.3);
    expect(await png.share((r, _g, b) => r < 120 && b - r > 40)).toBeGreaterThan(0.005);
  });

  it('prints a briefing: map, key figures, charts and caveats on the print layout', async () => {
    await page.click('[data-testid="export-print"]');
    await page.waitForFunction(() => (window as unknown as { __printCalls: number }).__printCalls === 1);
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
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('[data-testid="print-sheet"]').isVisible()).toBe(true);
      expect(await page.locator('[data-testid="app"]').isVisible()).toBe(false);
      const map = await page.locator('[data-testid="print-map"]').evaluate((img: HTMLImageElement) => ({
        complete: img.complete,
        width: img.naturalWidth,
      }));
      expect(map.complete).toBe(true);
      expect(map.width).toBe(2 * mapWidth);
      expect(await figure(page, 'print-kpi-landed-people')).toBe(HEADLINE_2012.landedPeople);
      expect(await page.locator('[data-testid^="print-chart-"]').count()).toBe(4);
      expect(await page.textContent('[data-testid="print-caveats"]')).toContain('Synthetic records');
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-print-layout.png'), fullPage: true });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      writeFileSync(join(SCREENSHOT_DIR, 'exports', 'briefing.pdf'), pdf);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(pages.length).toBeLessThanOrEqual(4);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('exports the 2012 events as GeoJSON that loads back with the same KPIs', async () => {
    const file = await download(page, 'export-geojson');
    const json = JSON.parse(file.bytes.toString('utf8')) as {
      metadata: { title: string; illustrative: boolean; filters: { timeRange: unknown } };
      features: { properties: { id: string } }[];
    };
    expect(json.features.map((f) => f.properties.id).sort()).toEqual(
      RECORDS_2012.map((f) => f.properties.id).sort(),
    );
    expect(json.metadata.illustrative).toBe(true);
    expect(json.metadata.filters.timeRange).toEqual({ from: '2012-01-01', to: '2012-12-31' });
    await page.click('[data-testid="export-dialog"] >> text=Close');
    await settleAfter(page, () =>
      page.setInputFiles('[data-testid="events-file-input"]', {
        name: file.name,
        mimeType: 'application/geo+json',
        buffer: file.bytes,
      }),
    );
    await page.waitForFunction(
      (title) => document.querySelector('[data-testid="dataset-title"]')?.textContent === title,
      json.metadata.title,
    );
    await waitForSettled(page);
    expect(await page.textContent('[data-testid="load-counts"]')).toContain(
      `${json.features.length.toLocaleString('en')} events loaded`,
    );
    expect(await figure(page, 'kpi-landed-people')).toBe(HEADLINE_2012.landedPeople);
    // Without the time filter the file still holds only 2012.
    await settleAfter(page, () => page.click('[data-testid="reset-filters"]'));
    await page.waitForSelector('[data-testid="chip-period"]', { state: 'detached' });
    expect(await figure(page, 'kpi-landed-people')).toBe(HEADLINE_2012.landedPeople);
    expect(await figure(page, 'kpi-landed-boats')).toBe(HEADLINE_2012.landedBoats);
  });

  it('sent nothing off the page, broke no CSP rule and logged no error', async () => {
    const origin = new URL(harness.baseUrl).origin;
    const offsite = view.requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(offsite).toEqual([]);
    // Everything the page asked the server for lives under the sub-path.
    const outsideBase = view.requests.filter(
      (url) => url.startsWith(origin) && !url.startsWith(harness.baseUrl),
    );
    expect(outsideBase).toEqual([]);
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
    expect(view.pageErrors).toEqual([]);
    expect(view.consoleErrors).toEqual([]);
  });
});
