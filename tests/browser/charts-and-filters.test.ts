// The Overview and Filters tabs in a real browser: key figures equal to numbers computed here from the
// demo file, cross-filtering by clicking a bar, removable chips, the previous-period change, the Filters
// tab's checkboxes, data tables that hold the chart's numbers, and a screenshot of the Overview.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openPage,
  saveScreenshot,
  startHarness,
  waitForDashboard,
  type Harness,
  type PageRecorder,
} from './harness';

interface DemoFeature {
  properties: {
    kind: string;
    date: string;
    outcome?: string;
    people: number;
    boats?: number;
    deaths?: number | null;
    route: string;
    site: string;
    nationalities?: ({ code: string; people: number } | string)[];
  };
}
const demo = JSON.parse(readFileSync('data/demo/events.geojson', 'utf8')) as { features: DemoFeature[] };
const all = demo.features.map((f) => f.properties);
type Props = DemoFeature['properties'];

const sumPeople = (rows: Props[]): number => rows.reduce((a, p) => a + p.people, 0);
const isLanded = (p: Props): boolean => p.kind === 'interception' && p.outcome === 'landed';
const inYear = (year: number) => (p: Props) => p.date.startsWith(String(year));
/** People of nationality `code` on the given records (nationality filter semantics). */
const peopleOf = (code: string, rows: Props[]): number =>
  rows.reduce(
    (a, p) =>
      a +
      (p.nationalities ?? []).reduce(
        (b, n) => b + (typeof n === 'object' && n.code === code ? n.people : 0),
        0,
      ),
    0,
  );
const digits = (text: string | null): number => Number((text ?? '').replace(/[^0-9]/g, ''));
const en = (n: number): string => n.toLocaleString('en');

describe('charts and filters', () => {
  let harness: Harness;
  let view: PageRecorder;

  const kpi = async (id: string): Promise<number> =>
    digits(await view.page.textContent(`[data-testid="overview-${id}"]`));
  const waitForNumber = async (selector: string, expected: number): Promise<void> => {
    await view.page.waitForFunction(
      ([sel, value]) => Number(document.querySelector(sel)?.textContent?.replace(/\D/g, '')) === value,
      [selector, expected] as const,
      { timeout: 10_000 },
    );
  };

  beforeAll(async () => {
    harness = await startHarness();
    view = await openPage(harness, 1280, 720);
    await view.page.emulateMedia({ reducedMotion: 'reduce' });
    await view.page.goto(harness.baseUrl);
    await waitForDashboard(view.page);
    await view.page.waitForSelector('[data-testid="series-chart"] .recharts-bar-rectangle', {
      timeout: 30_000,
    });
    await view.page.waitForSelector('[data-testid="ranked-nationalities-chart"] .recharts-bar-rectangle');
  });
  afterAll(async () => {
    await harness.close();
  });

  it('shows key figures equal to the demo file, with no change for the whole period', async () => {
    const landed = all.filter(isLanded);
    const interceptedAs = (outcome: string): number =>
      sumPeople(all.filter((p) => p.kind === 'interception' && p.outcome === outcome));
    expect(await kpi('landed-people')).toBe(sumPeople(landed));
    expect(await kpi('landed-boats')).toBe(landed.reduce((a, p) => a + (p.boats ?? 1), 0));
    expect(await kpi('departures')).toBe(all.filter((p) => p.kind === 'departure').length);
    expect(await kpi('turned-back')).toBe(interceptedAs('turned_back'));
    expect(await kpi('disrupted')).toBe(interceptedAs('disrupted'));
    expect(await kpi('rescued')).toBe(interceptedAs('rescued'));
    expect(await kpi('lost-at-sea')).toBe(interceptedAs('lost_at_sea'));
    expect(await kpi('deaths')).toBe(all.reduce((a, p) => a + (p.deaths ?? 0), 0));
    expect(await view.page.locator('.kpi-change').count()).toBe(0);
    expect(await view.page.textContent('[data-testid="overview-compare-note"]')).toContain('Whole period');
  });

  it('renders the Overview at 1280×720 (screenshot for review)', async () => {
    await saveScreenshot(view.page, 'charts-overview-1280x720');
    const panel = (await view.page.locator('[data-testid="side-panel"]').boundingBox())!;
    expect(panel.width).toBeGreaterThan(300);
    // Nothing in the Overview is wider than the panel (no horizontal scrolling).
    const overflow = await view.page.evaluate(() => {
      const tab = document.querySelector('.tab-panel');
      return tab ? tab.scrollWidth - tab.clientWidth : -1;
    });
    expect(overflow).toBe(0);
    // Nor does anything make the page itself scroll.
    expect(await view.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
    for (const section of [
      'series-section',
      'ranked-nationalities',
      'ranked-interception',
      'flow-breakdown',
    ]) {
      await view.page.evaluate((id) => {
        document.querySelector(`[data-testid="${id}"]`)?.scrollIntoView({ block: 'start' });
      }, section);
      await saveScreenshot(view.page, `charts-overview-${section}-1280x720`);
    }
    await view.page.evaluate(() => document.querySelector('.tab-panel')?.scrollTo(0, 0));
  });

  it('has data tables holding the numbers the charts show', async () => {
    // Ranked nationalities: the value labels beside the bars are the table's People column.
    const labels = await view.page
      .locator('[data-testid="ranked-nationalities-chart"] .recharts-label-list text')
      .allTextContents();
    const tableValues = await view.page
      .locator('[data-testid="ranked-nationalities-table"] tbody td:nth-of-type(1)')
      .allTextContents();
    expect(labels.length).toBeGreaterThan(3);
    expect(labels).toEqual(tableValues);
    // And each nationality's people on intercepted boats equal the file's.
    const intercepted = all.filter((p) => p.kind === 'interception');
    const keys = await view.page
      .locator('[data-testid="ranked-nationalities-table"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
    keys.forEach((code, i) => {
      if (!code.startsWith('other')) expect(digits(tableValues[i] ?? '')).toBe(peopleOf(code, intercepted));
    });

    // Series: the table's per-period totals add up to the people of all interception records, and the
    // summary names the same total.
    const totals = await view.page
      .locator('[data-testid="series-table"] tbody td:last-child')
      .allTextContents();
    const interceptedPeople = sumPeople(intercepted);
    expect(totals.reduce((a, text) => a + digits(text), 0)).toBe(interceptedPeople);
    expect(await view.page.textContent('[data-testid="series-summary"]')).toContain(en(interceptedPeople));
    // A stack's legend entry names the route the summary calls the largest.
    const summary = (await view.page.textContent('[data-testid="series-summary"]')) ?? '';
    const legend = await view.page.locator('[data-testid="series-legend"] button').allTextContents();
    expect(summary).toContain(legend[0] ?? '(none)');
  });

  it('stacks the series by nationality or outcome, and filters by a legend entry', async () => {
    await view.page.click('[data-testid="split-nationality"]');
    await view.page.waitForSelector('[data-testid="series-legend"] button[data-key="AFG"]');
    await view.page.evaluate(() => {
      document.querySelector('[data-testid="series-section"]')?.scrollIntoView({ block: 'start' });
    });
    await saveScreenshot(view.page, 'charts-overview-series-nationality-1280x720');
    await view.page.click('[data-testid="split-outcome"]');
    const landed = view.page.locator('[data-testid="series-legend"] button[data-key="landed"]');
    expect(await landed.textContent()).toContain('Landed in Australia');
    // The series counts interceptions only: no departures stack.
    expect(await view.page.locator('[data-testid="series-legend"] button[data-key="none"]').count()).toBe(0);
    await landed.click();
    await view.page.locator('[data-testid="chip-outcomes-landed"]').waitFor();
    expect(await landed.getAttribute('aria-pressed')).toBe('true');
    expect(await kpi('disrupted')).toBe(0);
    await landed.click();
    await view.page.click('[data-testid="split-route"]');
    expect(await view.page.locator('[data-testid="chip-outcomes-landed"]').count()).toBe(0);
  });

  it('cross-filters by a nationality bar: a chip, the landed KPI of that nationality, and back', async () => {
    const before = await kpi('landed-people');
    const code = await view.page
      .locator('[data-testid="ranked-nationalities-table"] tbody tr')
      .nth(1)
      .getAttribute('data-key');
    expect(code).toMatch(/^[A-Z]{3}$/);
    await view.page
      .locator('[data-testid="ranked-nationalities-chart"] .recharts-bar-rectangle')
      .nth(1)
      .click();
    const chip = view.page.locator(`[data-testid="chip-nationalities-${code}"]`);
    await chip.waitFor({ timeout: 10_000 });
    const expected = peopleOf(code!, all.filter(isLanded));
    await waitForNumber('[data-testid="overview-landed-people"]', expected);
    expect(digits(await view.page.textContent('[data-testid="kpi-landed-people"]'))).toBe(expected);
    expect(expected).toBeLessThan(before);

    await chip.getByRole('button', { name: /^Remove filter Nationality: / }).click();
    await waitForNumber('[data-testid="overview-landed-people"]', before);
    expect(await chip.count()).toBe(0);
  });

  it('compares a year with the one before, and says when there is no earlier data', async () => {
    await view.page.selectOption('[data-testid="granularity-select"]', 'year');
    // From the whole period, one step forward by a year gives the window 2009.
    await view.page.click('[data-testid="step-forward"]');
    await view.page.waitForSelector('[data-testid="chip-period"]');
    const landed2009 = sumPeople(all.filter(isLanded).filter(inYear(2009)));
    const landed2008 = sumPeople(all.filter(isLanded).filter(inYear(2008)));
    await waitForNumber('[data-testid="overview-landed-people"]', landed2009);
    const delta = landed2009 - landed2008;
    const percent = Math.round((delta / landed2008) * 100);
    const signed = (n: number): string => `${n > 0 ? '+' : n < 0 ? '−' : ''}${en(Math.abs(n))}`;
    const change = await view.page.textContent('[data-testid="overview-landed-people-change"]');
    expect(change).toContain(`${signed(delta)} (${signed(percent)}%)`);
    expect(change).toContain(delta > 0 ? 'up' : 'down');
    expect(await view.page.textContent('[data-testid="overview-compare-note"]')).toContain('2008');

    await view.page.click('[data-testid="step-back"]');
    await waitForNumber('[data-testid="overview-landed-people"]', landed2008);
    expect(await view.page.textContent('[data-testid="overview-landed-people-change"]')).toBe(
      'no earlier data',
    );
    await saveScreenshot(view.page, 'charts-overview-2008-1280x720');

    // "Reset all" clears the time window too.
    await view.page.click('[data-testid="reset-filters"]');
    await waitForNumber('[data-testid="overview-landed-people"]', sumPeople(all.filter(isLanded)));
    expect(await view.page.locator('[data-testid="chip-period"]').count()).toBe(0);
    await view.page.selectOption('[data-testid="granularity-select"]', 'month');
  });

  it('filters by a route ticked in the Filters tab, with crossfilter counts beside each route', async () => {
    await view.page.click('[data-testid="tab-filters"]');
    const route = 'sri-lanka-cocos';
    const box = view.page.locator(`[data-testid="filter-option-routes-${route}"]`);
    const count = await box.locator('xpath=..').locator('.filter-option-count').textContent();
    expect(digits(count)).toBe(sumPeople(all.filter((p) => p.route === route)));
    await box.check();
    const expected = sumPeople(all.filter(isLanded).filter((p) => p.route === route));
    await waitForNumber('[data-testid="kpi-landed-people"]', expected);
    await view.page.locator(`[data-testid="chip-routes-${route}"]`).waitFor();
    // Other routes keep their counts (their own dimension is not applied to them).
    const other = view.page.locator('[data-testid="filter-option-routes-java-christmas"]');
    expect(digits(await other.locator('xpath=..').locator('.filter-option-count').textContent())).toBe(
      sumPeople(all.filter((p) => p.route === 'java-christmas')),
    );
    // Nationality counts now count that route only.
    const lka = view.page.locator('[data-testid="filter-option-nationalities-LKA"]');
    expect(digits(await lka.locator('xpath=..').locator('.filter-option-count').textContent())).toBe(
      peopleOf(
        'LKA',
        all.filter((p) => p.route === route),
      ),
    );
    await saveScreenshot(view.page, 'charts-filters-1280x720');

    // Search narrows the long lists.
    await view.page.fill('[data-testid="filter-search-sites"]', 'christmas');
    const sites = await view.page
      .locator('[data-testid="filter-group-sites"] .filter-option-label')
      .allTextContents();
    expect(sites.length).toBeGreaterThan(0);
    expect(sites.every((s) => s.toLowerCase().includes('christmas'))).toBe(true);

    await view.page.click('[data-testid="filter-clear-routes"]');
    await waitForNumber('[data-testid="kpi-landed-people"]', sumPeople(all.filter(isLanded)));
    expect(await box.isChecked()).toBe(false);
  });

  it('names nationalities and key figures in Indonesian', async () => {
    await view.page.selectOption('[data-testid="language-select"]', 'id');
    await view.page.waitForSelector('[data-testid="tab-overview"]');
    await view.page.click('[data-testid="tab-overview"]');
    const names = await view.page
      .locator('[data-testid="ranked-nationalities-table"] tbody th')
      .allTextContents();
    expect(names).toContain('Afganistan (AFG)');
    expect(await view.page.textContent('[data-testid="overview-kpi-landed-people"]')).toContain(
      'Orang yang mendarat di Australia',
    );
    expect(digits(await view.page.textContent('[data-testid="overview-landed-people"]'))).toBe(
      sumPeople(all.filter(isLanded)),
    );
    await view.page.selectOption('[data-testid="language-select"]', 'en');
  });

  it('reports no errors', () => {
    expect(view.pageErrors).toEqual([]);
    expect(view.consoleErrors).toEqual([]);
  });
});
