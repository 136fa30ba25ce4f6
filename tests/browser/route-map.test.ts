// The route map in a real browser: flows drawn, hover tooltip numbers, click and keyboard selection that
// filter the totals, Escape to clear, and screenshots at projector sizes.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePng, shareWhere } from './decode-png';
import { DEMO_FEATURES, digits, LANDED, sumPeople, type DemoFeature } from './demo-file';
import {
  openPage,
  saveScreenshot,
  startHarness,
  waitForDashboard,
  type Harness,
  type PageRecorder,
} from './harness';
import { projectToPage } from './map-projection';

const landed = LANDED;
const sum = sumPeople;
const demo = { features: DEMO_FEATURES };

interface SitePlace {
  name: string;
  people: number;
  lon: number;
  lat: number;
}

/** The busiest landing site with no other site within 0.5° (so its symbol is not under another). */
function busiestLandingSite(): SitePlace {
  const bySite = new Map<string, DemoFeature[]>();
  for (const f of demo.features) bySite.set(f.properties.site, [...(bySite.get(f.properties.site) ?? []), f]);
  const places: SitePlace[] = [...bySite].map(([name, features]) => ({
    name,
    people: sum(features.filter((f) => landed.includes(f))),
    lon: features.reduce((a, f) => a + f.geometry.coordinates[0], 0) / features.length,
    lat: features.reduce((a, f) => a + f.geometry.coordinates[1], 0) / features.length,
  }));
  const isolated = places.filter(
    (p) => !places.some((q) => q !== p && Math.hypot(q.lon - p.lon, q.lat - p.lat) < 0.5),
  );
  return isolated.filter((p) => p.people > 0).sort((a, b) => b.people - a.people)[0]!;
}

describe('route map', () => {
  let harness: Harness;
  let view: PageRecorder;

  beforeAll(async () => {
    harness = await startHarness();
    view = await openPage(harness, 1280, 720);
    await view.page.emulateMedia({ reducedMotion: 'reduce' });
    await view.page.goto(harness.baseUrl);
    await waitForDashboard(view.page);
    await view.page.waitForTimeout(500);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('draws the flows along the corridors, in the route colours', async () => {
    const path = await saveScreenshot(view.page, 'route-map-1280x720');
    const box = (await view.page.locator('[data-testid="map"]').boundingBox())!;
    const image = decodePng(readFileSync(path));
    const rect = {
      x: Math.round(box.x),
      y: Math.round(box.y),
      width: Math.round(box.width),
      height: Math.round(box.height),
    };
    // The Quetta–Java route is drawn in rgb(49 84 145), blended a little with the map under it: a dark
    // blue that neither the sea (223 233 240) nor the land (247 245 239) comes near.
    const blueFlow = shareWhere(image, rect, (r, g, b) => b - r > 50 && b - g > 25 && r < 130);
    expect(blueFlow).toBeGreaterThan(0.005);
    await view.page.click('[data-testid="tab-map"]');
    const legend = await view.page.textContent('[data-testid="map-legend"]');
    expect(legend).toContain('Quetta – Kuala Lumpur – West Java – Christmas Island');
  });

  it('shows a tooltip with the site name and its people in the current filter on hover', async () => {
    const site = busiestLandingSite();
    const at = await projectToPage(view.page, site.lon, site.lat);
    await view.page.mouse.move(at.x, at.y);
    const tooltip = view.page.locator('[data-testid="map-tooltip"]');
    await tooltip.waitFor({ timeout: 10_000 });
    expect(await tooltip.textContent()).toContain(site.name);
    expect(await tooltip.textContent()).toContain('Landed in Australia');
    expect(digits(await view.page.textContent('[data-testid="tooltip-people"]'))).toBe(site.people);
  });

  it('filters the totals to a site when it is clicked, and Escape clears it', async () => {
    const site = busiestLandingSite();
    const at = await projectToPage(view.page, site.lon, site.lat);
    await view.page.mouse.click(at.x, at.y);
    await view.page.waitForFunction(
      (expected) =>
        Number(
          document.querySelector('[data-testid="kpi-landed-people"]')?.textContent?.replace(/\D/g, ''),
        ) === expected,
      site.people,
    );
    expect(await view.page.textContent('[data-testid="legend-filter"]')).toContain(site.name);
    await view.page.keyboard.press('Escape');
    await view.page.waitForFunction(
      (expected) =>
        Number(
          document.querySelector('[data-testid="kpi-landed-people"]')?.textContent?.replace(/\D/g, ''),
        ) === expected,
      sum(landed),
    );
  });

  it('lets a keyboard user select a route from the list', async () => {
    const routeLanded = sum(landed.filter((f) => f.properties.route === 'sri-lanka-cocos'));
    const button = view.page.getByRole('button', { name: /^Sri Lanka – Cocos/ });
    await button.focus();
    await view.page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(digits(await view.page.textContent('[data-testid="kpi-landed-people"]'))).toBe(routeLanded);
    await view.page.keyboard.press('Enter');
    expect(digits(await view.page.textContent('[data-testid="kpi-landed-people"]'))).toBe(sum(landed));
  });

  it('renders at 1920×1080 without errors (screenshot for review)', async () => {
    const big = await openPage(harness, 1920, 1080);
    await big.page.goto(harness.baseUrl);
    await waitForDashboard(big.page);
    await saveScreenshot(big.page, 'route-map-1920x1080');
    expect(big.pageErrors).toEqual([]);
    expect(big.consoleErrors).toEqual([]);
    expect(view.pageErrors).toEqual([]);
  });
});
