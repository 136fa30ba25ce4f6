// The route map in a real browser: flows drawn, hover tooltip numbers, click and keyboard selection that
// filter the totals, Escape to clear, and screenshots at projector sizes.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_FEATURES,
  DEMO_ROUTES,
  demoHeadlineOf,
  digits,
  type DemoFeature,
} from '../../src/testing/demo-oracle';
import {
  openPage,
  saveScreenshot,
  settleAfter,
  useHarness,
  waitForDashboard,
  waitForFigure,
  type PageRecorder,
} from './harness';
import { projectToPage } from './map-projection';
import { readPixels, type ColorTest } from './pixels';

interface SitePlace {
  readonly name: string;
  /** People landed at the site, in the whole demo file. */
  readonly people: number;
  readonly lon: number;
  readonly lat: number;
}

/** The view (link parameters) that selects one site or route on the map. */
const selecting = (kind: 's' | 'r', id: string): string =>
  new URLSearchParams({ sel: `${kind}:${id}` }).toString();

/** The busiest landing site with no other site within 0.5° (so its symbol is not under another). */
function busiestLandingSite(): SitePlace {
  const bySite = new Map<string, DemoFeature[]>();
  for (const f of DEMO_FEATURES) bySite.set(f.properties.site, [...(bySite.get(f.properties.site) ?? []), f]);
  const places: SitePlace[] = [...bySite].map(([name, features]) => ({
    name,
    people: demoHeadlineOf(selecting('s', name)).landedPeople,
    lon: features.reduce((a, f) => a + f.geometry.coordinates[0], 0) / features.length,
    lat: features.reduce((a, f) => a + f.geometry.coordinates[1], 0) / features.length,
  }));
  const isolated = places.filter(
    (p) => !places.some((q) => q !== p && Math.hypot(q.lon - p.lon, q.lat - p.lat) < 0.5),
  );
  return isolated.filter((p) => p.people > 0).sort((a, b) => b.people - a.people)[0]!;
}

describe('route map', () => {
  const harness = useHarness();
  let view: PageRecorder;
  const allLanded = demoHeadlineOf('').landedPeople;

  beforeAll(async () => {
    view = await openPage(harness);
    await view.page.goto(harness.baseUrl);
    await waitForDashboard(view.page);
  });

  it('draws the flows along the corridors, in the route colours', async () => {
    const path = await saveScreenshot(view.page, 'route-map-1280x720');
    const image = await readPixels(view.context, readFileSync(path));
    // Sea crossings are the bold strokes: the Sri Lanka – Cocos crossing is drawn in rgb(1 102 94),
    // blended a little with the sea: a dark teal (about 15 97 92 on screen) that neither the sea
    // (223 233 240), the land (247 245 239) nor the landed symbols' bright green (0 158 115) comes near.
    const teal: ColorTest = (r, g, b) =>
      r < 60 && g > 80 && g < 125 && b > 75 && b < 120 && Math.abs(g - b) < 20;
    // Its open-ocean leg, from off Sri Lanka's south coast to the Cocos Islands (the route's last two
    // vertices), measured where the camera puts it: samples along the middle of the leg, each looking for
    // the stroke within a few pixels (legs sharing a corridor are offset sideways by a pixel or two).
    const crossing = DEMO_ROUTES.find((r) => r.properties.id === 'sri-lanka-cocos')?.geometry.coordinates;
    const [fromLonLat, toLonLat] = crossing?.slice(-2) ?? [];
    if (!fromLonLat || !toLonLat) throw new Error('the demo has no Sri Lanka – Cocos route');
    const from = await projectToPage(view.page, ...fromLonLat);
    const to = await projectToPage(view.page, ...toLonLat);
    const samples = 40;
    /** Share of the samples with the stroke colour within 4 px, the leg moved by `shift` pixels. */
    const onLeg = async (shift: { x: number; y: number }): Promise<number> => {
      let hits = 0;
      for (let i = 0; i < samples; i++) {
        const t = 0.15 + (0.7 * i) / (samples - 1);
        const x = Math.round(from.x + (to.x - from.x) * t + shift.x);
        const y = Math.round(from.y + (to.y - from.y) * t + shift.y);
        if ((await image.share(teal, { x: x - 4, y: y - 4, width: 9, height: 9 })) > 0) hits++;
      }
      return hits / samples;
    };
    expect(Math.hypot(to.x - from.x, to.y - from.y)).toBeGreaterThan(100);
    expect(await onLeg({ x: 0, y: 0 })).toBeGreaterThan(0.9);
    // And nowhere else: a tenth of the leg's length off it, sideways, no such teal stroke.
    expect(await onLeg({ x: -(to.y - from.y) * 0.1, y: (to.x - from.x) * 0.1 })).toBeLessThan(0.1);
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
    expect(site.people).toBeLessThan(allLanded);
    const at = await projectToPage(view.page, site.lon, site.lat);
    await settleAfter(view.page, () => view.page.mouse.click(at.x, at.y));
    await waitForFigure(view.page, 'kpi-landed-people', site.people);
    await view.page.click('[data-testid="tab-map"]');
    expect(await view.page.textContent('[data-testid="legend-filter"]')).toContain(site.name);
    await saveScreenshot(view.page, 'route-map-site-selected-1280x720');
    await settleAfter(view.page, () => view.page.keyboard.press('Escape'));
    await waitForFigure(view.page, 'kpi-landed-people', allLanded);
  });

  it('lets a keyboard user select a route from the list', async () => {
    const routeLanded = demoHeadlineOf(selecting('r', 'sri-lanka-cocos')).landedPeople;
    expect(routeLanded).toBeLessThan(allLanded);
    const button = view.page.getByRole('button', { name: /^Sri Lanka – Cocos/ });
    await button.focus();
    await settleAfter(view.page, () => view.page.keyboard.press('Enter'));
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await waitForFigure(view.page, 'kpi-landed-people', routeLanded);
    await settleAfter(view.page, () => view.page.keyboard.press('Enter'));
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await waitForFigure(view.page, 'kpi-landed-people', allLanded);
    expect(view.pageErrors).toEqual([]);
    expect(view.consoleErrors).toEqual([]);
  });
});
