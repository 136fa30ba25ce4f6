// The first screen, end to end: production build, offline basemap, demo events, header numbers,
// no console errors and no request to any origin but our own. Run on the page of
// charts-and-filters.test.ts (one page load for both; it is that page's first view).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/map/basemap-style';
import { OUTCOME_COLORS } from '../../src/theme/palette';
import { DEMO_FEATURES, demoHeadlineOf } from '../../src/testing/demo-oracle';
import { figure, saveScreenshot, type Harness, type PageRecorder } from './harness';
import { mapRect } from './map-projection';
import { near, readPixels } from './pixels';

const hexToRgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** The first screen's checks on a page just loaded at the default size; it is left in English. */
export function describeFirstScreen(shared: () => { harness: Harness; view: PageRecorder }): void {
  describe('first screen', () => {
    let harness: Harness;
    let view: PageRecorder;

    beforeAll(() => {
      ({ harness, view } = shared());
    });

    it('shows the demo totals computed from the data file', async () => {
      const expected = demoHeadlineOf('');
      expect(await figure(view.page, 'kpi-landed-people')).toBe(expected.landedPeople);
      expect(await figure(view.page, 'kpi-landed-boats')).toBe(expected.landedBoats);
      expect(await figure(view.page, 'kpi-deaths')).toBe(expected.deaths);
      const counts = await view.page.textContent('[data-testid="load-counts"]');
      expect(counts).toContain(`${DEMO_FEATURES.length.toLocaleString('en')} events loaded`);
      expect(counts).toContain('0 rejected');
    });

    it('labels the demo data as illustrative, with its sources one click away', async () => {
      expect(await view.page.isVisible('[data-testid="illustrative-badge"]')).toBe(true);
      await view.page.click('[data-testid="sources-button"]');
      const dialog = await view.page.textContent('[data-testid="sources-dialog"]');
      expect(dialog).toContain('Parliamentary Library');
      expect(dialog).toContain('SOURCES.md');
      await view.page.keyboard.press('Escape');
      await view.page.waitForSelector('[data-testid="sources-dialog"]', { state: 'hidden' });
    });

    it('draws a non-blank map: sea, land and event points', async () => {
      const path = await saveScreenshot(view.page, 'first-screen-1280x720');
      const rect = await mapRect(view.page);
      const image = await readPixels(view.context, readFileSync(path));
      // The default view frames Afghanistan to Australia: both sea and land take a real share of the map.
      expect(await image.share(near(hexToRgb(BASEMAP_COLORS.sea)), rect)).toBeGreaterThan(0.2);
      expect(await image.share(near(hexToRgb(BASEMAP_COLORS.land)), rect)).toBeGreaterThan(0.1);
      // Landed events are drawn in bluish green (Okabe–Ito, blended with the sea): green clearly dominates red.
      const landed = OUTCOME_COLORS[1]!;
      expect(landed[1] - landed[0]).toBeGreaterThan(100);
      expect(await image.share((r, g, b) => g - r > 80 && g > b, rect)).toBeGreaterThan(0.0003);
    });

    it('makes no request to any other origin, and logs no errors', () => {
      const foreign = view.requests.filter(
        (url) => !url.startsWith(harness.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'),
      );
      expect(foreign).toEqual([]);
      expect(view.requests.length).toBeGreaterThan(3);
      expect(view.consoleErrors).toEqual([]);
      expect(view.pageErrors).toEqual([]);
    });

    it('switches the language to Bahasa Indonesia with Indonesian number formats', async () => {
      const { page } = view;
      await page.selectOption('[data-testid="language-select"]', 'id');
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="load-counts"]')?.textContent?.includes('peristiwa dimuat'),
      );
      const landed = await page.textContent('[data-testid="kpi-landed-people"]');
      expect(landed).toMatch(/^\d{1,3}(\.\d{3})+$/); // id-ID groups thousands with "."
      expect(await page.getAttribute('html', 'lang')).toBe('id-ID');
      expect(await figure(page, 'kpi-landed-people')).toBe(demoHeadlineOf('').landedPeople);
      await page.selectOption('[data-testid="language-select"]', 'en');
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="load-counts"]')?.textContent?.includes('events loaded'),
      );
    });
  });
}
