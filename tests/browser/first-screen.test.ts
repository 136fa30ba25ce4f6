// The first screen, end to end: production build, offline basemap, demo events, header numbers,
// no console errors and no request to any origin but our own.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/map/basemap-style';
import { OUTCOME_COLORS } from '../../src/map/outcome-colors';
import { decodePng, shareOfColor, shareWhere } from './decode-png';
import { DEMO_FEATURES, digits, LANDED, sumPeople } from './demo-file';
import {
  openPage,
  saveScreenshot,
  startHarness,
  waitForDashboard,
  type Harness,
  type PageRecorder,
} from './harness';

/** Expected header numbers, computed here independently of the app from the committed demo file. */
function expectedDemoTotals(): {
  landedPeople: number;
  landedBoats: number;
  deaths: number;
  features: number;
} {
  return {
    landedPeople: sumPeople(LANDED),
    landedBoats: LANDED.reduce((total, f) => total + (f.properties.boats ?? 1), 0),
    deaths: DEMO_FEATURES.reduce((total, f) => total + (f.properties.deaths ?? 0), 0),
    features: DEMO_FEATURES.length,
  };
}

describe('first screen', () => {
  let harness: Harness;
  let view: PageRecorder;

  beforeAll(async () => {
    harness = await startHarness();
    view = await openPage(harness, 1280, 720);
    await view.page.goto(harness.baseUrl);
    await waitForDashboard(view.page);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('shows the demo totals computed from the data file', async () => {
    const expected = expectedDemoTotals();
    expect(digits(await view.page.textContent('[data-testid="kpi-landed-people"]'))).toBe(
      expected.landedPeople,
    );
    expect(digits(await view.page.textContent('[data-testid="kpi-landed-boats"]'))).toBe(
      expected.landedBoats,
    );
    expect(digits(await view.page.textContent('[data-testid="kpi-deaths"]'))).toBe(expected.deaths);
    const counts = await view.page.textContent('[data-testid="load-counts"]');
    expect(counts).toContain(`${expected.features.toLocaleString('en')} events loaded`);
    expect(counts).toContain('0 rejected');
  });

  it('labels the demo data as illustrative, with its sources one click away', async () => {
    expect(await view.page.isVisible('[data-testid="illustrative-badge"]')).toBe(true);
    await view.page.click('[data-testid="sources-button"]');
    const dialog = await view.page.textContent('[data-testid="sources-dialog"]');
    expect(dialog).toContain('Parliamentary Library');
    expect(dialog).toContain('SOURCES.md');
    await view.page.keyboard.press('Escape');
  });

  it('draws a non-blank map: sea, land and event points', async () => {
    const path = await saveScreenshot(view.page, 'first-screen-1280x720');
    const box = await view.page.locator('[data-testid="map"]').boundingBox();
    expect(box).not.toBeNull();
    const image = decodePng(readFileSync(path));
    const rect = {
      x: Math.round(box!.x),
      y: Math.round(box!.y),
      width: Math.round(box!.width),
      height: Math.round(box!.height),
    };
    const hex = (h: string): [number, number, number] =>
      [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
    // The default view frames Afghanistan to Australia: both sea and land take a real share of the map.
    expect(shareOfColor(image, hex(BASEMAP_COLORS.sea), rect)).toBeGreaterThan(0.2);
    expect(shareOfColor(image, hex(BASEMAP_COLORS.land), rect)).toBeGreaterThan(0.1);
    // Landed events are drawn in bluish green (Okabe–Ito, blended with the sea): green clearly dominates red.
    const landed = OUTCOME_COLORS[1]!;
    expect(landed[1] - landed[0]).toBeGreaterThan(100);
    expect(shareWhere(image, rect, (r, g, b) => g - r > 80 && g > b)).toBeGreaterThan(0.0003);
  });

  it('makes no request to any other origin, and logs no errors', () => {
    const foreign = view.requests.filter(
      (url) => !url.startsWith(harness.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
    expect(view.consoleErrors).toEqual([]);
    expect(view.requests.length).toBeGreaterThan(3);
    expect(view.pageErrors).toEqual([]);
  });

  it('switches the language to Bahasa Indonesia with Indonesian number formats', async () => {
    await view.page.selectOption('[data-testid="language-select"]', 'id');
    const counts = await view.page.textContent('[data-testid="load-counts"]');
    expect(counts).toContain('peristiwa dimuat');
    const landed = await view.page.textContent('[data-testid="kpi-landed-people"]');
    expect(landed).toMatch(/^\d{1,3}(\.\d{3})+$/); // id-ID groups thousands with "."
    expect(await view.page.getAttribute('html', 'lang')).toBe('id-ID');
    await view.page.selectOption('[data-testid="language-select"]', 'en');
  });
});
