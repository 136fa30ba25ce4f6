// An analyst's own data end to end: a CSV of another region with its mapping file goes through the import
// dialog, loads with the data's own words and totals (what did not load stated beside them), stays on
// this device across a reload, binds the demo briefing to the demo data, and can be removed; a large load
// can be cancelled and the previous data stay.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDemoLikeEvents, readTemplates } from '../../bench/browser/demo-like-events';
import { demoHeadlineOf, digits } from '../../src/testing/demo-oracle';
import { figure, openPage, saveScreenshot, useHarness, waitForDashboard, type PageRecorder } from './harness';

const FIXTURE = 'src/import/__fixtures__/mediterranean';
const CSV_PATH = `${FIXTURE}/mediterranean.csv`;
const MAPPING_PATH = `${FIXTURE}/mediterranean.mapping.json`;
const TITLE = (JSON.parse(readFileSync(MAPPING_PATH, 'utf8')) as { metadata: { title: string } }).metadata
  .title;
const DEMO_TITLE = 'Illustrative demo data: maritime arrivals to Australia 2008–2014';

/** Dead and missing of every row of the CSV, read independently of the app. */
function csvDeaths(): number {
  const rows = Papa.parse<Record<string, string>>(readFileSync(CSV_PATH, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  return rows.reduce((a, r) => a + (Number(r['dead_and_missing']) || 0), 0);
}

/** Loaded rows of the CSV (a real date and a "lat, lon" that reads) and their recorded deaths per route. */
function csvRows(): { loaded: number; deathsByRoute: Map<string, number> } {
  const rows = Papa.parse<Record<string, string>>(readFileSync(CSV_PATH, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const deathsByRoute = new Map<string, number>();
  let loaded = 0;
  for (const r of rows) {
    const [y, m, d] = (r['date'] ?? '').split('-').map(Number);
    const real = d !== undefined && new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d)).getUTCDate() === d;
    const coords = (r['coordinates'] ?? '').split(',').map((c) => Number(c.trim()));
    if (!real || coords.length !== 2 || !coords.every(Number.isFinite) || (r['coordinates'] ?? '') === '')
      continue;
    loaded++;
    const route = r['route'] ?? '';
    deathsByRoute.set(route, (deathsByRoute.get(route) ?? 0) + (Number(r['dead_and_missing']) || 0));
  }
  return { loaded, deathsByRoute };
}

async function waitForTitle(page: Page, title: string): Promise<void> {
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid="dataset-title"]')?.textContent === t,
    title,
    { timeout: 60_000 },
  );
  await waitForDashboard(page);
}

async function openDatasets(page: Page): Promise<void> {
  if (!(await page.locator('[data-testid="datasets-list"]').isVisible()))
    await page.click('[data-testid="datasets-button"]');
  // The list is read from IndexedDB after the dialog opens: counted once it has arrived.
  await page.waitForSelector('[data-testid="datasets-list"][data-loaded="true"]');
}

describe('own data', () => {
  const harness = useHarness();
  let view: PageRecorder;
  let page: Page;

  beforeAll(async () => {
    view = await openPage(harness);
    page = view.page;
    await page.goto(harness.baseUrl);
    await waitForDashboard(page);
  });

  it('imports a CSV with its mapping file: the data’s words and totals, and what did not load', async () => {
    await page.setInputFiles('[data-testid="events-file-input"]', [CSV_PATH, MAPPING_PATH]);
    await page.waitForSelector('[data-testid="import-dialog"]');
    await page.waitForSelector('[data-testid="import-preview"] tbody tr');
    await saveScreenshot(page, 'own-data-import-dialog');
    await page.click('[data-testid="import-load"]');
    await waitForTitle(page, TITLE);
    // Kept on this device once the notice says so (the write to IndexedDB ends after the title shows; a
    // reload before it would find nothing kept).
    await page.waitForSelector('[data-testid="datasets-notice"][data-kind="kept"]');

    const counts = (await page.textContent('[data-testid="load-counts"]')) ?? '';
    expect(counts).toContain('197 events loaded');
    expect(counts).toContain('3 rejected');
    // Every death of the file is either in the header's figure or named as not loaded.
    const notLoaded = (await page.textContent('[data-testid="not-loaded-line"]')) ?? '';
    const missing = digits(/: ([\d,]+) dead and missing/.exec(notLoaded)?.[1] ?? '0');
    expect(await figure(page, 'kpi-deaths')).toBe(csvDeaths() - missing);
    // The data's words: nothing about Australia or boats landed, deaths on land counted as such.
    const header = (await page.textContent('header')) ?? '';
    expect(header).not.toContain('Australia');
    expect(await page.locator('[data-testid="kpi-landed-people"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="kpi-deaths"]')).toBeTruthy();
    expect(header).toContain('Dead or missing');
    expect(header).not.toContain('at sea');
    expect(await page.textContent('[data-testid="finding-title"]')).toContain('dead or missing');
    await saveScreenshot(page, 'own-data-loaded');
  });

  it('shows a mortality dataset in dead and missing: series, ranked sites, flows and legend', async () => {
    const loaded = await figure(page, 'kpi-deaths');
    // No people column: the view starts in dead and missing (and says so in the link).
    await page.waitForFunction(() => location.search.includes('ms=deaths'));
    // Records stand in for the people figures this dataset cannot fill.
    expect(await figure(page, 'kpi-records')).toBe(csvRows().loaded);
    const series = (await page.textContent('[data-testid="series-summary"]')) ?? '';
    expect(series).toContain('dead and missing');
    expect(digits(/: ([\d,]+) dead and missing/.exec(series)?.[1] ?? '0')).toBe(loaded);
    // The largest route by deaths, from the CSV's loaded rows, leads the series.
    const byRoute = csvRows().deathsByRoute;
    const [topRoute] = [...byRoute.entries()].sort((x, y) => y[1] - x[1])[0] ?? [''];
    expect(series.replace(/[\u2066-\u2069]/g, '')).toContain(topRoute);
    const ranked = (await page.textContent('[data-testid="ranked-interception-summary"]')) ?? '';
    expect(digits(/: ([\d,]+) dead and missing/.exec(ranked)?.[1] ?? '0')).toBe(loaded);
    // How far they got: each route's total in dead and missing, equal to the CSV's.
    const flows = await page.locator('[data-testid^="flow-"] .flow-summary').allTextContents();
    const flowTotals = new Map(
      flows.map((text) => {
        const m = /^(.*): ([\d,]+) dead and missing/.exec(text.replace(/[\u2066-\u2069]/g, ''));
        return [m?.[1] ?? text, digits(m?.[2] ?? '0')] as const;
      }),
    );
    expect(flowTotals).toEqual(new Map([...byRoute].filter(([, dead]) => dead > 0)));
    // The map's legend draws widths in dead and missing, with a leg that carries some.
    await page.click('[data-testid="tab-map"]');
    await page.waitForSelector('[data-testid="map-legend"]');
    expect(await page.isChecked('input[name="measure"][value="deaths"]')).toBe(true);
    expect(await page.locator('input[name="measure"][value="people"]').count()).toBe(0);
    const legend = (await page.textContent('[data-testid="map-legend"]')) ?? '';
    expect(legend).toContain('line width ∝ dead and missing');
    expect(digits(/([\d,]+) dead and missing/.exec(legend)?.[1] ?? '0')).toBeGreaterThan(0);
    await saveScreenshot(page, 'own-data-deaths-map');
    // Ids were derived for every row: one summarised remark with the count, not one per row.
    await page.click('[data-testid="load-counts"]');
    const group = page.locator('[data-testid="report-group-id-derived"]');
    expect(await group.locator('[data-testid="report-group-summary"]').textContent()).toContain(
      `${csvRows().loaded} features have no id`,
    );
    expect(await group.locator('li').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.click('[data-testid="tab-overview"]');
  });

  it('keeps the dataset on this device across a reload, and binds the demo briefing to the demo', async () => {
    await page.reload();
    await waitForTitle(page, TITLE);
    await openDatasets(page);
    expect(await page.locator('[data-testid="datasets-item"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="datasets-dialog"]', { state: 'hidden' });
    // Over these data the demo briefing is not offered.
    await page.click('[data-testid="briefing-button"]');
    await page.waitForSelector('[data-testid="briefing-dialog"][open]');
    expect(await page.isDisabled('[data-testid="briefing-load-demo"]')).toBe(true);
    await page.click('[data-testid="briefing-dialog"] > button');
    // Back on the demo, it is, with no warning.
    await openDatasets(page);
    await page.click('[data-testid="datasets-open-demo"]');
    await waitForTitle(page, DEMO_TITLE);
    await page.click('[data-testid="briefing-button"]');
    await page.waitForSelector('[data-testid="briefing-dialog"][open]');
    await page.waitForSelector('[data-testid="briefing-step-item"]');
    expect(await page.locator('[data-testid="briefing-data-warning"]').count()).toBe(0);
    await page.click('[data-testid="briefing-dialog"] > button');
  });

  it('removes all data from this device', async () => {
    await openDatasets(page);
    await page.click('[data-testid="datasets-remove-all"]');
    await page.click('[data-testid="datasets-remove-all-confirm"]');
    // Removed once the notice says so (a reload before the IndexedDB deletes end would find them kept).
    await page.waitForSelector('[data-testid="datasets-notice"][data-kind="removed-all"]');
    await page.reload();
    await waitForTitle(page, DEMO_TITLE);
    await openDatasets(page);
    expect(await page.locator('[data-testid="datasets-item"]').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('cancels a large load and keeps the data on screen', async () => {
    const before = await figure(page, 'kpi-landed-people');
    expect(before).toBe(demoHeadlineOf('v=1').landedPeople);
    const templates = readTemplates(JSON.parse(readFileSync('data/demo/events.geojson', 'utf8')));
    const dir = mkdtempSync(join(tmpdir(), 'lintas-'));
    const big = join(dir, 'big.geojson');
    writeFileSync(big, JSON.stringify(makeDemoLikeEvents(templates, 150_000)));
    await page.setInputFiles('[data-testid="events-file-input"]', big);
    // Pressed in the same task that sees the loader's worker parsing or checking the file, so the load is
    // certainly still running when Cancel is pressed (a separate click could come after the answer: the
    // page's main thread is busy while it takes the table in).
    await page.waitForFunction(
      () => {
        const text = document.querySelector('[data-testid="load-progress-text"]')?.textContent ?? '';
        const cancel = document.querySelector<HTMLButtonElement>('[data-testid="load-cancel"]');
        if (!/Reading the JSON|Checking/.test(text) || cancel === null) return false;
        cancel.click();
        return true;
      },
      undefined,
      { timeout: 30_000, polling: 10 },
    );
    await page.waitForSelector('[data-testid="load-progress"]', { state: 'detached' });
    expect(await page.textContent('[data-testid="dataset-title"]')).toBe(DEMO_TITLE);
    expect(await figure(page, 'kpi-landed-people')).toBe(before);
    rmSync(dir, { recursive: true, force: true });
    expect(view.pageErrors).toEqual([]);
  });
});
