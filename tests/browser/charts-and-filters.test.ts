// The Overview and Filters tabs in a real browser: key figures equal to numbers computed here from the
// demo file, cross-filtering by clicking a bar, removable chips, the previous-period change, the Filters
// tab's checkboxes, data tables that hold the chart's numbers, and a screenshot of the Overview; on the
// same page, the first screen's checks (first-screen-checks.ts), the timeline's (timeline-checks.ts) and,
// last, loading own files (load-own-file-checks.ts).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_FEATURES,
  demoHeadlineOf,
  digits,
  peopleOfNationalities,
  sumPeople,
  type DemoFeature,
} from '../../src/testing/demo-oracle';
import {
  figure,
  openPage,
  saveScreenshot,
  settleAfter,
  useHarness,
  waitForDashboard,
  waitForFigure,
  type PageRecorder,
} from './harness';
import { describeFirstScreen } from './first-screen-checks';
import { describeLoadingOwnFile } from './load-own-file-checks';
import { describeTimeline } from './timeline-checks';

const en = (n: number): string => n.toLocaleString('en');
const intercepted = DEMO_FEATURES.filter((f) => f.properties.kind === 'interception');
const onRoute =
  (route: string) =>
  (f: DemoFeature): boolean =>
    f.properties.route === route;
const yearView = (year: number): string => `t=${year}-01-01..${year}-12-31`;
/** Opens a chart's data table (its rows exist only while it is open) and waits for its rows. */
async function openDataTable(page: Page, testId: string): Promise<void> {
  const details = page.locator(`[data-testid="${testId}"]`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  await details.locator('tbody tr').first().waitFor();
}

const countBeside = async (page: Page, testId: string): Promise<number> =>
  digits(
    await page
      .locator(`[data-testid="${testId}"]`)
      .locator('xpath=..')
      .locator('.filter-option-count')
      .textContent(),
  );

describe('charts and filters', () => {
  const harness = useHarness();
  let view: PageRecorder;
  let page: Page;
  const allLanded = demoHeadlineOf('').landedPeople;

  beforeAll(async () => {
    view = await openPage(harness);
    page = view.page;
    await page.goto(harness.baseUrl);
    await waitForDashboard(page);
    await page.waitForSelector('[data-testid="series-chart"] .series-bars');
    await page.waitForSelector('[data-testid="ranked-nationalities-chart"] .recharts-bar-rectangle');
  });

  // One page load for three files' worth of checks: the first screen, these, and the timeline.
  describeFirstScreen(() => ({ harness, view }));

  it('shows key figures equal to the demo file, with no change for the whole period', async () => {
    const headline = demoHeadlineOf('');
    const interceptedAs = (outcome: string): number =>
      sumPeople(intercepted.filter((f) => f.properties.outcome === outcome));
    expect(await figure(page, 'overview-landed-people')).toBe(headline.landedPeople);
    expect(await figure(page, 'overview-landed-boats')).toBe(headline.landedBoats);
    expect(await figure(page, 'overview-deaths')).toBe(headline.deaths);
    // The other cards are read from the same screen (no extra load): each equals the file too.
    expect(await figure(page, 'overview-departures')).toBe(
      DEMO_FEATURES.filter((f) => f.properties.kind === 'departure').length,
    );
    expect(await figure(page, 'overview-turned-back')).toBe(interceptedAs('turned_back'));
    expect(await figure(page, 'overview-disrupted')).toBe(interceptedAs('disrupted'));
    expect(await figure(page, 'overview-rescued')).toBe(interceptedAs('rescued'));
    expect(await figure(page, 'overview-lost-at-sea')).toBe(interceptedAs('lost_at_sea'));
    expect(await page.locator('.kpi-change').count()).toBe(0);
    expect(await page.textContent('[data-testid="overview-compare-note"]')).toContain('Whole period');
  });

  it('renders the Overview at 1280×720 (screenshot for review)', async () => {
    await saveScreenshot(page, 'charts-overview-1280x720');
    const panel = (await page.locator('[data-testid="side-panel"]').boundingBox())!;
    expect(panel.width).toBeGreaterThan(300);
    // Nothing in the Overview is wider than the panel (no horizontal scrolling).
    const overflow = await page.evaluate(() => {
      const tab = document.querySelector('.tab-panel');
      return tab ? tab.scrollWidth - tab.clientWidth : -1;
    });
    expect(overflow).toBe(0);
    // Nor does anything make the page itself scroll.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
    for (const section of [
      'series-section',
      'ranked-nationalities',
      'ranked-interception',
      'flow-breakdown',
    ]) {
      await page.evaluate((id) => {
        document.querySelector(`[data-testid="${id}"]`)?.scrollIntoView({ block: 'start' });
      }, section);
      await saveScreenshot(page, `charts-overview-${section}-1280x720`);
    }
    await page.evaluate(() => document.querySelector('.tab-panel')?.scrollTo(0, 0));
  });

  it('has data tables holding the numbers the charts show', async () => {
    // Closed, a table has no rows (nothing builds what nobody can see); opened, it has them all.
    const closed = page.locator('[data-testid="ranked-nationalities-table"]');
    expect(await closed.locator('tbody tr').count()).toBe(0);
    await openDataTable(page, 'ranked-nationalities-table');
    await openDataTable(page, 'series-table');
    // Ranked nationalities: the value labels beside the bars are the table's People column.
    const labels = await page
      .locator('[data-testid="ranked-nationalities-chart"] .recharts-label-list text')
      .allTextContents();
    const tableValues = await page
      .locator('[data-testid="ranked-nationalities-table"] tbody td:nth-of-type(1)')
      .allTextContents();
    expect(labels.length).toBeGreaterThan(3);
    expect(labels).toEqual(tableValues);
    // And each nationality's people on intercepted boats equal the file's.
    const keys = await page
      .locator('[data-testid="ranked-nationalities-table"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
    expect(keys.filter((code) => /^[A-Z]{3}$/.test(code)).length).toBeGreaterThan(3);
    keys.forEach((code, i) => {
      if (!code.startsWith('other'))
        expect(digits(tableValues[i] ?? '')).toBe(peopleOfNationalities(intercepted, [code]));
    });

    // Series: the table's per-period totals add up to the people of all interception records, and the
    // summary names the same total.
    const totals = await page.locator('[data-testid="series-table"] tbody td:last-child').allTextContents();
    const interceptedPeople = sumPeople(intercepted);
    expect(totals.reduce((a, text) => a + digits(text), 0)).toBe(interceptedPeople);
    const summary = (await page.textContent('[data-testid="series-summary"]')) ?? '';
    expect(summary).toContain(en(interceptedPeople));
    // A stack's legend entry names the route the summary calls the largest.
    const legend = await page.locator('[data-testid="series-legend"] button').allTextContents();
    expect(summary).toContain(legend[0] ?? '(none)');
    // The chart by keyboard: End shows the last bucket's values (largest stack first), Escape hides them.
    await page.focus('[data-testid="series-chart"] svg');
    await page.keyboard.press('End');
    const tip = (await page.textContent('[data-testid="series-tooltip"]')) ?? '';
    expect(tip).toContain('2014');
    expect(tip).toContain(legend[0] ?? '(none)');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid="series-tooltip"]').count()).toBe(0);
  });

  it('stacks the series by nationality or outcome, and filters by a legend entry', async () => {
    await page.click('[data-testid="split-nationality"]');
    await page.waitForSelector('[data-testid="series-legend"] button[data-key="AFG"]');
    await page.evaluate(() => {
      document.querySelector('[data-testid="series-section"]')?.scrollIntoView({ block: 'start' });
    });
    await saveScreenshot(page, 'charts-overview-series-nationality-1280x720');
    await page.click('[data-testid="split-outcome"]');
    const landed = page.locator('[data-testid="series-legend"] button[data-key="landed"]');
    expect(await landed.textContent()).toContain('Landed in Australia');
    // The series counts interceptions only: no departures stack.
    expect(await page.locator('[data-testid="series-legend"] button[data-key="none"]').count()).toBe(0);
    await settleAfter(page, () => landed.click());
    await page.locator('[data-testid="chip-outcomes-landed"]').waitFor();
    expect(await landed.getAttribute('aria-pressed')).toBe('true');
    await waitForFigure(page, 'overview-disrupted', 0);
    await waitForFigure(page, 'overview-landed-people', demoHeadlineOf('o=landed').landedPeople);
    await settleAfter(page, () => landed.click());
    await page.locator('[data-testid="chip-outcomes-landed"]').waitFor({ state: 'detached' });
    await page.click('[data-testid="split-route"]');
    await page.waitForSelector('[data-testid="series-legend"] button[data-key="java-christmas"]');
  });

  it('cross-filters by a nationality bar: a chip, the landed KPI of that nationality, and back', async () => {
    await openDataTable(page, 'ranked-nationalities-table');
    const code = await page
      .locator('[data-testid="ranked-nationalities-table"] tbody tr')
      .nth(1)
      .getAttribute('data-key');
    expect(code).toMatch(/^[A-Z]{3}$/);
    const expected = demoHeadlineOf(`n=${code}`).landedPeople;
    expect(expected).toBeLessThan(allLanded);
    await settleAfter(page, () =>
      page.locator('[data-testid="ranked-nationalities-chart"] .recharts-bar-rectangle').nth(1).click(),
    );
    const chip = page.locator(`[data-testid="chip-nationalities-${code}"]`);
    await chip.waitFor();
    await waitForFigure(page, 'overview-landed-people', expected);
    expect(await figure(page, 'kpi-landed-people')).toBe(expected);

    await settleAfter(page, () => chip.getByRole('button', { name: /^Remove filter Nationality: / }).click());
    await waitForFigure(page, 'overview-landed-people', allLanded);
    expect(await chip.count()).toBe(0);
  });

  it('compares a year with the one before, and says when there is no earlier data', async () => {
    await page.selectOption('[data-testid="granularity-select"]', 'year');
    // From the whole period, one step forward by a year gives the window 2009.
    await settleAfter(page, () => page.click('[data-testid="step-forward"]'));
    await page.waitForSelector('[data-testid="chip-period"]');
    const landed2009 = demoHeadlineOf(yearView(2009)).landedPeople;
    const landed2008 = demoHeadlineOf(yearView(2008)).landedPeople;
    await waitForFigure(page, 'overview-landed-people', landed2009);
    const delta = landed2009 - landed2008;
    const percent = Math.round((delta / landed2008) * 100);
    const signed = (n: number): string => `${n > 0 ? '+' : n < 0 ? '−' : ''}${en(Math.abs(n))}`;
    const change = await page.textContent('[data-testid="overview-landed-people-change"]');
    expect(change).toContain(`${signed(delta)} (${signed(percent)}%)`);
    expect(change).toContain(delta > 0 ? 'up' : 'down');
    expect(await page.textContent('[data-testid="overview-compare-note"]')).toContain('2008');

    await settleAfter(page, () => page.click('[data-testid="step-back"]'));
    await waitForFigure(page, 'overview-landed-people', landed2008);
    expect(await page.textContent('[data-testid="overview-landed-people-change"]')).toBe('no earlier data');
    await saveScreenshot(page, 'charts-overview-2008-1280x720');

    // "Reset all" clears the time window too.
    await settleAfter(page, () => page.click('[data-testid="reset-filters"]'));
    await waitForFigure(page, 'overview-landed-people', allLanded);
    expect(await page.locator('[data-testid="chip-period"]').count()).toBe(0);
    await page.selectOption('[data-testid="granularity-select"]', 'month');
  });

  it('filters by a route ticked in the Filters tab, with crossfilter counts beside each route', async () => {
    await page.click('[data-testid="tab-filters"]');
    const route = 'sri-lanka-cocos';
    const box = page.locator(`[data-testid="filter-option-routes-${route}"]`);
    expect(await countBeside(page, `filter-option-routes-${route}`)).toBe(
      sumPeople(DEMO_FEATURES.filter(onRoute(route))),
    );
    await settleAfter(page, () => box.check());
    await waitForFigure(page, 'kpi-landed-people', demoHeadlineOf(`r=${route}`).landedPeople);
    await page.locator(`[data-testid="chip-routes-${route}"]`).waitFor();
    // Other routes keep their counts (their own dimension is not applied to them).
    expect(await countBeside(page, 'filter-option-routes-java-christmas')).toBe(
      sumPeople(DEMO_FEATURES.filter(onRoute('java-christmas'))),
    );
    // Nationality counts now count that route only.
    expect(await countBeside(page, 'filter-option-nationalities-LKA')).toBe(
      peopleOfNationalities(DEMO_FEATURES.filter(onRoute(route)), ['LKA']),
    );
    await saveScreenshot(page, 'charts-filters-1280x720');

    // Search narrows the long lists.
    const allSites = await page.locator('[data-testid="filter-group-sites"] .filter-option-label').count();
    await page.fill('[data-testid="filter-search-sites"]', 'christmas');
    await page.waitForFunction(
      (before) =>
        document.querySelectorAll('[data-testid="filter-group-sites"] .filter-option-label').length < before,
      allSites,
    );
    const sites = await page
      .locator('[data-testid="filter-group-sites"] .filter-option-label')
      .allTextContents();
    expect(sites.length).toBeGreaterThan(0);
    expect(sites.every((s) => s.toLowerCase().includes('christmas'))).toBe(true);

    await settleAfter(page, () => page.click('[data-testid="filter-clear-routes"]'));
    await waitForFigure(page, 'kpi-landed-people', allLanded);
    expect(await box.isChecked()).toBe(false);
  });

  describeTimeline(() => view);

  it('names nationalities and key figures in Indonesian', async () => {
    await page.selectOption('[data-testid="language-select"]', 'id');
    await page.click('[data-testid="tab-overview"]');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="overview-kpi-landed-people"]')
        ?.textContent?.includes('Orang yang mendarat di Australia'),
    );
    await openDataTable(page, 'ranked-nationalities-table');
    const names = await page.locator('[data-testid="ranked-nationalities-table"] tbody th').allTextContents();
    expect(names).toContain('Afganistan (AFG)');
    expect(await figure(page, 'overview-landed-people')).toBe(allLanded);
  });

  it('reports no errors', () => {
    expect(view.pageErrors).toEqual([]);
    expect(view.consoleErrors).toEqual([]);
  });

  // Last: it replaces the demo data on this page.
  describeLoadingOwnFile(() => view);
});
