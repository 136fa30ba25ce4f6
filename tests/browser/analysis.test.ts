// The analysis tab in a real browser: two periods from a link with figures equal to the file's, a period
// shown on the map, flags on the timeline that open their list, and "not enough history" stated.
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
    await page.click('[data-testid="compare-map-b"]');
    await page.waitForURL(/t=2013-01-01\.\.2013-12-31/);
    expect(await page.getAttribute('[data-testid="compare-map-b"]', 'aria-pressed')).toBe('true');
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
});
