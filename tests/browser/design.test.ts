// The picture at every size: every route's origin and destination framed inside the map at projector
// sizes, with the side panel folded and in a small embed, no sideways scroll on a phone, the header's
// finding and figures following the filters without the header changing height, a route lit from the
// keyboard, MapLibre's controls in the page's language, and axe with no findings in both languages.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoHeadlineOf, DEMO_FEATURES, DEMO_ROUTES, sumPeople } from '../../src/testing/demo-oracle';
import {
  figure,
  navigateInApp,
  openPage,
  saveScreenshot,
  settleAfter,
  useHarness,
  waitForDashboard,
  type PageRecorder,
} from './harness';
import { mapRect, projectToPage } from './map-projection';
import { readPixels } from './pixels';

/** Both ends of every corridor: where people start and where they arrive. */
const ENDS = DEMO_ROUTES.flatMap((r) => {
  const path = r.geometry.coordinates;
  const first = path[0];
  const last = path[path.length - 1];
  return first && last
    ? [
        { id: `${r.properties.id} start`, at: first },
        { id: `${r.properties.id} end`, at: last },
      ]
    : [];
});
const MARGIN_PX = 4;

/** The corridor ends that fall outside the map (with a small margin), by name. */
async function endsOutsideMap(page: Page): Promise<string[]> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('no map');
  const outside: string[] = [];
  for (const end of ENDS) {
    const p = await projectToPage(page, end.at[0], end.at[1]);
    const inside =
      p.x >= box.x + MARGIN_PX &&
      p.x <= box.x + box.width - MARGIN_PX &&
      p.y >= box.y + MARGIN_PX &&
      p.y <= box.y + box.height - MARGIN_PX;
    if (!inside) outside.push(end.id);
  }
  return outside;
}

/** Resizes the page and waits until the map has fitted itself to the new box (a new camera). */
async function resizeTo(page: Page, width: number, height: number): Promise<void> {
  const before = await page.getAttribute('[data-testid="map"]', 'data-view');
  await page.setViewportSize({ width, height });
  await page.waitForFunction(
    (old) => document.querySelector('[data-testid="map"]')?.getAttribute('data-view') !== old,
    before,
  );
}

/** Clicks the panel's fold button and waits until the map has taken its new box (its canvas resized). */
async function resizeToggle(page: Page): Promise<void> {
  const before = (await page.locator('[data-testid="map"]').boundingBox())!.width;
  await page.click('[data-testid="panel-toggle"]');
  await page.waitForFunction((oldWidth) => {
    const map = document.querySelector<HTMLElement>('[data-testid="map"]');
    const canvas = map?.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
    return (
      !!map && !!canvas && map.clientWidth !== Math.round(oldWidth) && canvas.clientWidth === map.clientWidth
    );
  }, before);
}

/** The header's and the map's boxes: what must not move when only the finding's words change. */
async function layoutBoxes(page: Page): Promise<number[]> {
  const header = (await page.locator('header.header').boundingBox())!;
  const map = (await page.locator('[data-testid="map"]').boundingBox())!;
  return [header.height, map.x, map.y, map.width, map.height];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: Document,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document);
  });
  // The nodes' selectors too, so a failure says where.
  return result.violations.map(
    (v) => `${v.id} (${v.impact}, ${v.nodes.length}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describe('design', () => {
  const harness = useHarness();
  let view: PageRecorder;
  let page: Page;

  beforeAll(async () => {
    view = await openPage(harness, { width: 1280, height: 720 });
    page = view.page;
    await page.goto(harness.baseUrl);
    await waitForDashboard(page);
  });

  it('frames every corridor end at 1280×720, 1366×768 and 1920×1080', async () => {
    expect(ENDS.length).toBe(2 * DEMO_ROUTES.length);
    expect(await endsOutsideMap(page)).toEqual([]);
    await saveScreenshot(page, 'design-1280x720');
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await resizeTo(page, width, height);
      expect(await endsOutsideMap(page)).toEqual([]);
      // The map takes the larger screen (at 1920, wider than the whole 1280-pixel page was).
      expect((await mapRect(page)).width).toBeGreaterThan(width * 0.6);
      await saveScreenshot(page, `design-${width}x${height}`);
    }
    await resizeTo(page, 1280, 720);
  });

  it('states the finding of the view and follows the filters in the header figures', async () => {
    expect(await page.textContent('[data-testid="finding-title"]')).toContain(
      `${demoHeadlineOf('v=1').landedPeople.toLocaleString('en')} people landed in 2008–2014`,
    );
    // The header is compact; the line names a long route by its ends, the tooltip names it in full.
    const boxes = await layoutBoxes(page);
    expect(boxes[0]).toBeLessThan(100);
    const line = (await page.textContent('[data-testid="finding-title"]')) ?? '';
    const tooltip = (await page.getAttribute('[data-testid="finding-title"]', 'title')) ?? '';
    expect(line).toContain('Quetta → Christmas Island');
    expect(tooltip).toContain('Quetta – Kuala Lumpur – West Java – Christmas Island');
    await navigateInApp(page, '?v=1&t=2012-01-01..2012-12-31');
    expect(await layoutBoxes(page)).toEqual(boxes);
    expect(await page.textContent('[data-testid="finding-title"]')).toMatch(
      /^17,202 people landed in 2012, \d+% of them via /,
    );
    // An outcome filter without "landed": the header counts that outcome, not "0 people landed".
    await navigateInApp(page, '?v=1&o=turned_back');
    const turnedBack = sumPeople(
      DEMO_FEATURES.filter(
        (f) => f.properties.kind === 'interception' && f.properties.outcome === 'turned_back',
      ),
    );
    expect(await figure(page, 'kpi-outcome-people')).toBe(turnedBack);
    expect(await page.locator('[data-testid="kpi-landed-people"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="finding-title"]')).toContain('Turned or taken back');
    expect(await layoutBoxes(page)).toEqual(boxes);
    await navigateInApp(page, '?v=1');
  });

  it('folds the side panel so the map takes the width, every corridor end still framed', async () => {
    const open = (await page.locator('[data-testid="map"]').boundingBox())!;
    await resizeToggle(page);
    const folded = (await page.locator('[data-testid="map"]').boundingBox())!;
    expect(folded.width).toBeGreaterThan(open.width + 250);
    expect(await page.getAttribute('[data-testid="panel-toggle"]', 'aria-expanded')).toBe('false');
    expect(await page.locator('[data-testid="tab-overview"]').count()).toBe(0);
    expect(await endsOutsideMap(page)).toEqual([]);
    await saveScreenshot(page, 'design-folded-1280x720');
    await resizeToggle(page);
    expect(await page.isVisible('[data-testid="tab-overview"]')).toBe(true);
  });

  it('lights the route focused in the selection list and dims the others', async () => {
    await page.click('[data-testid="tab-map"]');
    // Strongly coloured pixels: the flows drawn at full strength (sea and land are pale).
    const strong = (r: number, g: number, b: number): boolean => Math.max(r, g, b) - Math.min(r, g, b) > 90;
    const strongShare = async (name: string): Promise<number> => {
      const image = await readPixels(view.context, readFileSync(await saveScreenshot(page, name)));
      return image.share(strong, await mapRect(page));
    };
    const before = await strongShare('design-no-highlight');
    await settleAfter(page, () => page.focus('[data-testid="route-item-0"]'));
    const lit = await strongShare('design-highlight-route');
    expect(lit).toBeLessThan(before * 0.8);
    await settleAfter(page, () => page.focus('[data-testid="tab-map"]'));
    expect(await strongShare('design-no-highlight-again')).toBeCloseTo(before, 3);
    await page.click('[data-testid="tab-overview"]');
  });

  it('has no axe findings in English or Indonesian, with MapLibre controls and the title translated', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await navigateInApp(page, '?v=1&lang=id');
    await page.waitForFunction(() => document.documentElement.lang === 'id-ID');
    expect(await page.getAttribute('.maplibregl-ctrl-zoom-in', 'title')).toBe('Perbesar');
    expect(await page.getAttribute('.maplibregl-ctrl-zoom-out', 'aria-label')).toBe('Perkecil');
    expect(await page.title()).toContain('Lintas');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'design-id-1280x720');
    await navigateInApp(page, '?v=1&lang=en');
    expect(view.pageErrors).toEqual([]);
  });

  it('scrolls nowhere sideways on a phone, with the map, figures and timeline all reachable', async () => {
    await resizeTo(page, 390, 844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const map = (await page.locator('[data-testid="map"]').boundingBox())!;
    expect(map.height).toBeGreaterThan(300);
    expect(map.width).toBeGreaterThan(350);
    expect(await page.isVisible('[data-testid="kpi-landed-people"]')).toBe(true);
    await page.locator('[data-testid="time-brush"]').scrollIntoViewIfNeeded();
    expect(await page.isVisible('[data-testid="time-brush"]')).toBe(true);
    expect(await page.isVisible('[data-testid="tab-filters"]')).toBe(true);
    // The panel does not fold on a phone: it is the section below the map.
    expect(await page.locator('[data-testid="panel-toggle"]').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'design-390x844');
    await resizeTo(page, 1280, 720);
  });

  it('frames the corridors in a 600×400 embed too', async () => {
    const embed = await openPage(harness, { width: 600, height: 400 });
    await embed.page.goto(`${harness.baseUrl}?v=1&emb=1`);
    await waitForDashboard(embed.page);
    expect(await endsOutsideMap(embed.page)).toEqual([]);
    await saveScreenshot(embed.page, 'design-embed-600x400');
  });
});
