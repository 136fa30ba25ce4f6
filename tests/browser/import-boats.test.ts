// "No invented boats": a CSV without a boats column, imported with boats mapped as not known, loads its
// people and landings but shows no boat figure anywhere (header, overview cards, map measures), instead
// of counting one boat per row. A CSV whose boats column is blank on some rows keeps its boat figures,
// and each says how many records it counts ("Boats known for X of Y records").
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

  const mixedPath = join(dir, 'some-boats.csv');
  // 12 landed records (boats on 7), 5 rescued (boats on all), 3 departures (none): counts of 5 or more,
  // so the default small-count protection (k = 5) shows them all.
  const mixedRows: string[][] = [];
  const push = (kind: string, outcome: string, boats: string, n: number): void => {
    for (let i = 0; i < n; i++) {
      const day = String(1 + mixedRows.length).padStart(2, '0');
      const place =
        kind === 'departure'
          ? ['-7.02', '106.55', 'Pelabuhan Ratu']
          : ['-10.42', '105.68', 'Flying Fish Cove'];
      mixedRows.push([
        `m${mixedRows.length + 1}`,
        `2013-03-${day}`,
        kind,
        outcome,
        '20',
        boats,
        place[0] ?? '',
        place[1] ?? '',
        'Java – Christmas',
        place[2] ?? '',
      ]);
    }
  };
  push('interception', 'landed', '2', 7);
  push('interception', 'landed', '', 5);
  push('interception', 'rescued', '1', 5);
  push('departure', '', '', 3);
  const MIXED_HEADER = [
    'id',
    'date',
    'kind',
    'outcome',
    'people',
    'boats',
    'latitude',
    'longitude',
    'route',
    'site',
  ];

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

  it('says beside every boats total how many records know their boats', async () => {
    writeFileSync(mixedPath, [MIXED_HEADER, ...mixedRows].map((r) => r.join(',')).join('\n') + '\n');
    await page.setInputFiles('[data-testid="events-file-input"]', [mixedPath]);
    await page.waitForSelector('[data-testid="import-preview"] tbody tr');
    expect(await page.inputValue('[data-testid="import-field-boats"]')).toBe('c:boats');
    await page.click('[data-testid="import-load"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="dataset-title"]')?.textContent === 'some-boats.csv',
      undefined,
      { timeout: 60_000 },
    );
    await waitForDashboard(page);

    // 7 landed boats of 2 each; the card counts 7 of the 12 landed records.
    expect(await figure(page, 'kpi-landed-boats')).toBe(14);
    expect(await page.getAttribute('[data-testid="kpi-landed-boats-note"]', 'title')).toBe(
      'Boats landed (boats known for 7 of 12 records here)',
    );
    await page.click('[data-testid="tab-overview"]');
    expect(await figure(page, 'overview-landed-boats')).toBe(14);
    expect(await page.textContent('[data-testid="overview-landed-boats-known"]')).toBe(
      'Boats known for 7 of 12 records',
    );
    // The measure selector: every record in view, 12 of the 20 know their boats.
    await page.click('[data-testid="tab-map"]');
    await page.waitForSelector('[data-testid="map-legend"]');
    expect(await page.locator('input[name="measure"][value="boats"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="legend-boats-known"]')).toBe(
      'Boats known for 12 of 20 records',
    );
    await page.selectOption('[data-testid="language-select"]', 'id');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="legend-boats-known"]')?.textContent ===
        'Jumlah kapal diketahui untuk 12 dari 20 catatan',
    );
    await page.selectOption('[data-testid="language-select"]', 'en');
  });
});
