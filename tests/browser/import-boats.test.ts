// "No invented boats": a CSV without a boats column, imported with boats mapped as not known, loads its
// people and landings but shows no boat figure anywhere (header, overview cards, map measures), instead
// of counting one boat per row.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figure, openPage, useHarness, waitForDashboard } from './harness';

const ROWS = [
  [
    'e1',
    '2013-02-01',
    'interception',
    'landed',
    '41',
    '-10.42',
    '105.68',
    'Java – Christmas',
    'Flying Fish Cove',
  ],
  [
    'e2',
    '2013-02-09',
    'interception',
    'landed',
    '17',
    '-10.45',
    '105.7',
    'Java – Christmas',
    'Flying Fish Cove',
  ],
  ['e3', '2013-03-15', 'interception', 'rescued', '60', '-12.2', '123.0', 'Rote – Ashmore', 'Ashmore Reef'],
  ['e4', '2013-04-02', 'departure', '', '25', '-7.02', '106.55', 'Java – Christmas', 'Pelabuhan Ratu'],
];
const HEADER = ['id', 'date', 'kind', 'outcome', 'people', 'latitude', 'longitude', 'route', 'site'];
/** People landed, from the rows above (the header's figure must equal it). */
const LANDED_PEOPLE = ROWS.filter((r) => r[3] === 'landed').reduce((a, r) => a + Number(r[4]), 0);

describe('import with boats not known', () => {
  const harness = useHarness();
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'lintas-boats-'));
  const csvPath = join(dir, 'no-boats.csv');

  beforeAll(async () => {
    writeFileSync(csvPath, [HEADER, ...ROWS].map((r) => r.join(',')).join('\n') + '\n');
    page = (await openPage(harness)).page;
    await page.goto(harness.baseUrl);
    await waitForDashboard(page);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the people and shows no boats figure or measure', async () => {
    await page.setInputFiles('[data-testid="events-file-input"]', [csvPath]);
    await page.waitForSelector('[data-testid="import-preview"] tbody tr');
    // The file has no boats column: the field is (and stays) "not known".
    await page.selectOption('[data-testid="import-field-boats"]', '');
    expect(await page.inputValue('[data-testid="import-field-boats"]')).toBe('');
    await page.click('[data-testid="import-load"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="dataset-title"]')?.textContent === 'no-boats.csv',
      undefined,
      { timeout: 60_000 },
    );
    await waitForDashboard(page);

    expect(await figure(page, 'kpi-landed-people')).toBe(LANDED_PEOPLE);
    expect(await page.locator('[data-testid="kpi-landed-boats"]').count()).toBe(0);
    expect((await page.textContent('header')) ?? '').not.toContain('Boats landed');
    expect(await page.locator('[data-testid="overview-kpi-landed-boats"]').count()).toBe(0);
    expect(await page.locator('[data-testid="overview-kpi-landed-people"]').count()).toBe(1);
    await page.click('[data-testid="tab-map"]');
    await page.waitForSelector('[data-testid="map-legend"]');
    expect(await page.locator('input[name="measure"][value="people"]').count()).toBe(1);
    expect(await page.locator('input[name="measure"][value="boats"]').count()).toBe(0);
  });
});
