// Loading a person's own file in the browser: valid features beside bad ones load, every rejection is
// listed with where and why, untrusted text stays text, and a broken file changes nothing. Run last on the
// page of charts-and-filters.test.ts (it replaces the demo data).
import { beforeAll, describe, expect, it } from 'vitest';
import { figure, settleAfter, waitForSettled, type PageRecorder } from './harness';
import { projectToPage } from './map-projection';

const XSS = '<img src=x onerror="window.__pwned=1">Cidaun';

function feature(
  id: string,
  props: Record<string, unknown>,
  coordinates: unknown = [107.37, -7.47],
): unknown {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      id,
      kind: 'interception',
      date: '2013-07-23',
      people: 10,
      route: 'java-christmas',
      site: XSS,
      outcome: 'landed',
      ...props,
    },
  };
}

const mixedFile = JSON.stringify({
  type: 'FeatureCollection',
  metadata: { formatVersion: 1, kind: 'events', title: 'Analyst test file', source: XSS },
  features: [
    feature('ok-1', { people: 100 }),
    feature('bad-date', { date: '2013-02-30' }),
    feature('ok-2', { people: 23, boats: 1 }),
    feature('bad-coords', {}, [200, -7]),
    feature('ok-1', {}),
  ],
});

/** Loading own files on a page showing the demo; the page is left on the analyst's test file, in English. */
export function describeLoadingOwnFile(shared: () => PageRecorder): void {
  describe('loading an own file', () => {
    let view: PageRecorder;

    beforeAll(async () => {
      view = shared();
      await view.page.selectOption('[data-testid="language-select"]', 'en');
      await view.page.waitForFunction(() =>
        document.querySelector('[data-testid="load-counts"]')?.textContent?.includes('events loaded'),
      );
    });

    it('keeps valid features and reports each rejected one with index, id and reason', async () => {
      const { page } = view;
      await settleAfter(page, () =>
        page.setInputFiles('[data-testid="events-file-input"]', {
          name: 'mixed.geojson',
          mimeType: 'application/geo+json',
          buffer: Buffer.from(mixedFile),
        }),
      );
      await page.waitForFunction(
        () => document.querySelector('[data-testid="dataset-title"]')?.textContent === 'Analyst test file',
      );
      const counts = await page.textContent('[data-testid="load-counts"]');
      expect(counts).toContain('2 events loaded');
      expect(counts).toContain('3 rejected');
      expect(await page.textContent('[data-testid="kpi-landed-people"]')).toBe('123');
      expect(await figure(page, 'kpi-landed-boats')).toBe(2);
      await page.click('[data-testid="load-counts"]');
      const report = (await page.textContent('[data-testid="report-dialog"]')) ?? '';
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="report-dialog"]', { state: 'hidden' });
      // Feature numbers are 1-based, as people count them: the file's 2nd, 4th and 5th features.
      expect(report).toMatch(
        /Feature 2 \(id bad-date\),? date: date "2013-02-30" does not exist in the calendar/,
      );
      expect(report).toMatch(
        /Feature 4 \(id bad-coords\),? geometry\.coordinates: longitude outside -180…180/,
      );
      expect(report).toMatch(/Feature 5 \(id ok-1\),? id: id "ok-1" is used by an earlier feature/);
    });

    it('renders a site name with HTML in it as text, never as markup', async () => {
      const { page } = view;
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      // The dataset's source line (metadata from the file) is shown verbatim, markup and all.
      expect(await page.textContent('.map-source')).toBe(XSS);
      // The site's symbol tooltip and the keyboard list show the site name as text too.
      // The own file's sites are drawn (and the camera fitted to them) before the pointer looks for one.
      await waitForSettled(page);
      const at = await projectToPage(page, 107.37, -7.47);
      await page.mouse.move(at.x, at.y);
      const tooltip = page.locator('[data-testid="map-tooltip"]');
      await tooltip.waitFor({ timeout: 10_000 });
      expect(await tooltip.textContent()).toContain(XSS);
      await page.click('[data-testid="tab-map"]');
      expect(await page.textContent('[data-testid="selection-list"]')).toContain(XSS);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });

    it('shows one clear message for a file that is not JSON, and keeps the loaded data', async () => {
      const { page } = view;
      await page.setInputFiles('[data-testid="events-file-input"]', {
        name: 'broken.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from('{"type": "FeatureCollection", "features": [\n  {"type": "Feature",,}\n]}'),
      });
      const banner = await page.waitForSelector('[data-testid="load-error"]');
      const text = (await banner.textContent()) ?? '';
      expect(text).toContain('not valid JSON');
      expect(text).toContain('line 2, column 22');
      expect(text).toContain('previous data stay on screen');
      expect(await page.textContent('[data-testid="dataset-title"]')).toBe('Analyst test file');
      expect(await figure(page, 'kpi-landed-people')).toBe(123);
      expect(view.pageErrors).toEqual([]);
    });
  });
}
