// The analysis tab in a real browser: two periods from a link with figures equal to the file's, a period
// shown on the map, the map split by a swipe, flags on the timeline that open their list, "not enough history" stated,
// and the compared series exported as a chart and as CSV rows.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoHeadlineOf, digits } from '../../src/testing/demo-oracle';
import {
  navigateInApp,
  openPage,
  saveScreenshot,
  useHarness,
  waitForDashboard,
  type PageRecorder,
} from './harness';

/** Waits until the swipe's side B has drawn its last layer push. */
async function waitForSwipeDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = document.querySelector('[data-testid="map"]');
      const pushed = Number(map?.getAttribute('data-swipe-layer-seq') ?? 0);
      return pushed > 0 && Number(map?.getAttribute('data-swipe-render-seq') ?? 0) === pushed;
    },
    null,
    { timeout: 60_000 },
  );
}

/** Share of pixels whose colour differs by more than 40 in some channel between two same-size PNGs. */
async function differingShare(view: PageRecorder, first: Buffer, second: Buffer): Promise<number> {
  const scratch = await view.context.newPage();
  try {
    return await scratch.evaluate(
      async ([a, b]) => {
        const read = async (url: string): Promise<Uint8ClampedArray> => {
          const image = new Image();
          image.src = url;
          await image.decode();
          const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
          const ctx = canvas.getContext('2d');
          if (!ctx) throw new Error('no 2d context');
          ctx.drawImage(image, 0, 0);
          return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        };
        const [x, y] = [await read(a), await read(b)];
        let differing = 0;
        for (let i = 0; i < x.length; i += 4) {
          const d = Math.max(
            Math.abs((x[i] ?? 0) - (y[i] ?? 0)),
            Math.abs((x[i + 1] ?? 0) - (y[i + 1] ?? 0)),
            Math.abs((x[i + 2] ?? 0) - (y[i + 2] ?? 0)),
          );
          if (d > 40) differing += 1;
        }
        return differing / (x.length / 4);
      },
      [first, second].map((png) => `data:image/png;base64,${png.toString('base64')}`) as [string, string],
    );
  } finally {
    await scratch.close();
    await view.page.bringToFront();
  }
}

describe('analysis', () => {
  const harness = useHarness();
  let view: PageRecorder;

  beforeAll(async () => {
    view = await openPage(harness);
    await view.page.goto(
      `${harness.baseUrl}?v=1&tab=analysis&ca=2012-01-01..2012-12-31&cb=2013-01-01..2013-12-31`,
    );
    await waitForDashboard(view.page);
  });

  it('compares two periods from the link, with figures equal to the file', async () => {
    const { page } = view;
    await page.waitForSelector('[data-testid="compare-periods-label"]');
    expect(await page.textContent('[data-testid="compare-periods-label"]')).toContain('2012');
    expect(digits(await page.textContent('[data-testid="compare-figure-landed-people-a"]'))).toBe(
      demoHeadlineOf('t=2012-01-01..2012-12-31').landedPeople,
    );
    expect(digits(await page.textContent('[data-testid="compare-figure-landed-people-b"]'))).toBe(
      demoHeadlineOf('t=2013-01-01..2013-12-31').landedPeople,
    );
    await saveScreenshot(page, 'analysis-compare-1280x720');
    // The print pack carries the comparison (built by the browser's own Print, `beforeprint`).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const printedA = await page.textContent('[data-testid="print-compare-figures"] tbody tr td');
    expect(digits(printedA)).toBe(demoHeadlineOf('t=2012-01-01..2012-12-31').landedPeople);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.waitForSelector('[data-testid="print-compare"]', { state: 'detached' });
    await page.click('[data-testid="compare-map-b"]');
    await page.waitForURL(/t=2013-01-01\.\.2013-12-31/);
    expect(await page.getAttribute('[data-testid="compare-map-b"]', 'aria-pressed')).toBe('true');
  });

  it('splits the map with a swipe from the link: A left, B right, a divider moved by keys', async () => {
    const { page } = view;
    const periods = 'ca=2012-01-01..2012-12-31&cb=2013-01-01..2013-12-31';
    await navigateInApp(page, `?v=1&tab=analysis&${periods}&csw=1&csx=40`);
    await waitForSwipeDrawn(page);
    const divider = page.locator('[data-testid="swipe-divider"]');
    expect(await divider.getAttribute('aria-valuenow')).toBe('40');
    expect(await page.textContent('[data-testid="swipe-label-a"]')).toBe('A · 2012');
    expect(await page.textContent('[data-testid="swipe-label-b"]')).toBe('B · 2013');
    expect(await page.getAttribute('[data-testid="compare-map-swipe"]', 'aria-pressed')).toBe('true');
    const clips = await page.$$eval('[data-testid="map"] canvas', (canvases) =>
      canvases.map((c) => c.style.clipPath).filter((clip) => clip !== ''),
    );
    // The map's two deck.gl canvases (layers, dashes) keep A's side; the third keeps B's.
    expect(clips.sort()).toEqual([
      'inset(0px 0px 0px 40%)',
      'inset(0px 60% 0px 0px)',
      'inset(0px 60% 0px 0px)',
    ]);
    await saveScreenshot(page, 'analysis-swipe-1280x720');

    await divider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/csx=41/);
    await page.keyboard.press('Shift+ArrowLeft');
    await page.waitForURL(/csx=31/);
    expect(await divider.getAttribute('aria-valuenow')).toBe('31');

    // The two sides draw different periods: almost all A, then almost all B, differ where flows are.
    const box = await page.locator('[data-testid="map"]').boundingBox();
    if (box === null) throw new Error('no map box');
    const middle = {
      x: box.x + box.width * 0.1,
      y: box.y + 40,
      width: box.width * 0.8,
      height: box.height - 80,
    };
    await page.keyboard.press('End');
    await page.waitForURL(/csx=95/);
    const mostlyA = await page.screenshot({ clip: middle });
    await page.keyboard.press('Home');
    await page.waitForURL(/csx=5(&|$)/);
    const mostlyB = await page.screenshot({ clip: middle });
    expect(await differingShare(view, mostlyA, mostlyB)).toBeGreaterThan(0.002);
    await page.click('[data-testid="swipe-close"]');
    await page.waitForFunction(() => !location.search.includes('csw='));
    expect(await page.locator('[data-testid="compare-swipe"]').count()).toBe(0);
  });

  it('marks flagged months on the timeline, lists them, and says when there is not enough history', async () => {
    const { page } = view;
    await navigateInApp(page, '?v=1');
    await page.waitForSelector('[data-testid="brush-flag"]', { timeout: 30_000 });
    await page.locator('[data-testid="brush-flag"]').first().click();
    await page.waitForSelector('[data-testid="tab-analysis"][aria-selected="true"]');
    expect(await page.locator('[data-testid="flag-list"] [data-testid="flag-item"]').count()).toBeGreaterThan(
      0,
    );
    await navigateInApp(page, '?v=1&t=2008-01-01..2008-06-30&tab=analysis');
    await page.waitForSelector('[data-testid="flags-no-history"]', { timeout: 30_000 });
    expect(view.pageErrors).toEqual([]);
  });

  it('exports the compared series: A dashed, B solid, both periods in the footer, and the CSV rows', async () => {
    const { page } = view;
    await navigateInApp(page, '?v=1&tab=analysis&ca=2012-01-01..2012-12-31&cb=2013-01-01..2013-12-31');
    await page.waitForSelector('[data-testid="compare-series-chart"]');
    const save = async (testId: string): Promise<string> => {
      if (!(await page.locator('[data-testid="export-dialog"]').isVisible())) {
        await page.click('[data-testid="export-button"]');
      }
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.click(`[data-testid="${testId}"]`),
      ]);
      return readFileSync(await file.path(), 'utf8');
    };
    const svg = await save('export-chart-compare-svg');
    expect(svg).toContain('<title>Per month, A and B (people)</title>');
    expect(svg).toMatch(/<path d="M[^"]+"[^>]*stroke-dasharray="5 3"[^>]*data-period="a"/);
    expect(svg).toMatch(/<path d="M[^"]+"[^>]*data-period="b"/);
    expect(svg).toContain('Period A (reference): 2012 · Period B (compared): 2013 · Measure: people');
    const csv = await save('export-csv');
    expect(csv).toContain('Month,Month of A,A,Month of B,B');
    expect(csv).toMatch(/\n1,2012-01,\d+,2013-01,\d+/);
    expect(view.pageErrors).toEqual([]);
  });
});
