// Links restore views: the time window and language come from the address, bad parameters are ignored with
// a notice, a copied address reproduces the view in a fresh page, and back/forward walk the changes.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, saveScreenshot, startHarness, waitForDashboard, type Harness } from './harness';

interface DemoFeature {
  properties: { kind: string; date: string; outcome?: string; people: number };
}

/** People landed in Australia (interceptions with outcome landed), for dates starting with `prefix`. */
function landedPeople(prefix: string): number {
  const collection = JSON.parse(readFileSync('data/demo/events.geojson', 'utf8')) as {
    features: DemoFeature[];
  };
  let people = 0;
  for (const { properties: p } of collection.features) {
    if (p.kind === 'interception' && p.outcome === 'landed' && p.date.startsWith(prefix)) people += p.people;
  }
  return people;
}

const KPI = '[data-testid="kpi-landed-people"]';

describe('links restore views', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('opens the time window and the language written in the link', async () => {
    const view = await openPage(harness);
    await view.page.goto(`${harness.baseUrl}?t=2012-01-01..2012-12-31&lang=id`);
    await waitForDashboard(view.page);
    const expected = landedPeople('2012');
    expect(expected).toBe(17_202); // the calibrated demo data (scripts/generate-demo-data.test.ts)
    expect(await view.page.textContent(KPI)).toBe(new Intl.NumberFormat('id-ID').format(expected));
    expect(await view.page.textContent(KPI)).toBe('17.202');
    expect(await view.page.getAttribute('html', 'lang')).toBe('id-ID');
    expect(await view.page.inputValue('[data-testid="language-select"]')).toBe('id');
    expect(await view.page.locator('[data-testid="url-notice"]').count()).toBe(0);
    expect(view.pageErrors).toEqual([]);
    await view.page.context().close();
  });

  it('ignores unknown and malformed parameters with a visible notice, and still renders', async () => {
    const view = await openPage(harness);
    await view.page.goto(`${harness.baseUrl}?zz=1&t=garbage`);
    await waitForDashboard(view.page);
    const notice = view.page.locator('[data-testid="url-notice"]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.locator('[data-param="zz"]').textContent()).toContain('zz=1');
    expect(await notice.locator('[data-param="t"]').textContent()).toContain('t=garbage');
    // The bad window is ignored: the header shows the whole period.
    const digits = (await view.page.textContent(KPI))?.replace(/[^0-9]/g, '');
    expect(Number(digits)).toBe(landedPeople(''));
    await saveScreenshot(view.page, 'url-notice');
    expect(view.pageErrors).toEqual([]);
    expect(view.consoleErrors).toEqual([]);
    await view.page.context().close();
  });

  it('writes changes into the address: a copied link restores them, back and forward walk them', async () => {
    const view = await openPage(harness);
    await view.page.goto(harness.baseUrl);
    await waitForDashboard(view.page);
    expect(await view.page.getAttribute('html', 'lang')).toBe('en');

    await view.page.selectOption('[data-testid="language-select"]', 'id');
    await view.page.waitForURL(/[?&]lang=id(&|$)/);
    const copied = view.page.url();
    expect(new URL(copied).searchParams.get('v')).toBe('1');

    const fresh = await openPage(harness);
    await fresh.page.goto(copied);
    await waitForDashboard(fresh.page);
    expect(await fresh.page.getAttribute('html', 'lang')).toBe('id-ID');
    expect(await fresh.page.inputValue('[data-testid="language-select"]')).toBe('id');
    await fresh.page.context().close();

    await view.page.goBack();
    await view.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await view.page.inputValue('[data-testid="language-select"]')).toBe('en');
    expect(new URL(view.page.url()).search).toBe('');

    await view.page.goForward();
    await view.page.waitForFunction(() => document.documentElement.lang === 'id-ID');
    expect(await view.page.inputValue('[data-testid="language-select"]')).toBe('id');
    expect(view.page.url()).toBe(copied);
    expect(view.pageErrors).toEqual([]);
    await view.page.context().close();
  });

  it('restores the map camera from the link, and a map drag writes it back', async () => {
    const view = await openPage(harness);
    await view.page.goto(`${harness.baseUrl}?v=1&m=110.5,-5.25,5`);
    await waitForDashboard(view.page);
    const camera = JSON.parse((await view.page.getAttribute('[data-testid="map"]', 'data-view')) ?? '{}') as {
      lon: number;
      lat: number;
      zoom: number;
    };
    expect(camera.lon).toBeCloseTo(110.5, 3);
    expect(camera.lat).toBeCloseTo(-5.25, 3);
    expect(camera.zoom).toBeCloseTo(5, 2);
    // The automatic fit never writes m=; a drag by the person does.
    const plain = await openPage(harness);
    await plain.page.goto(harness.baseUrl);
    await waitForDashboard(plain.page);
    expect(plain.page.url()).not.toContain('m=');
    const box = (await plain.page.locator('[data-testid="map"]').boundingBox())!;
    await plain.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await plain.page.mouse.down();
    await plain.page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40, { steps: 6 });
    await plain.page.mouse.up();
    await plain.page.waitForFunction(() => location.search.includes('m='), undefined, { timeout: 10_000 });
  });
});
