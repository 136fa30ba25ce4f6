// Links restore views: the time window and language come from the address, bad parameters are ignored with
// a notice, a copied address reproduces the view in a fresh page, back and forward walk the changes, and
// the camera comes from the link and goes back into it after a drag. One page for the file, views switched
// through the app's history path; one fresh page for the copied link. The Share dialog's link and iframe
// snippet are read on the same page, and the snippet's fixed embed opened in it last.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoHeadlineOf, digits } from '../../src/testing/demo-oracle';
import {
  navigateInApp,
  openPage,
  saveScreenshot,
  useHarness,
  waitForDashboard,
  waitForFigure,
  type PageRecorder,
} from './harness';

const KPI = '[data-testid="kpi-landed-people"]';

describe('links restore views', () => {
  const harness = useHarness();
  let view: PageRecorder;
  let page: Page;

  beforeAll(async () => {
    view = await openPage(harness);
    page = view.page;
    await page.goto(`${harness.baseUrl}?t=2012-01-01..2012-12-31&lang=id`);
    await waitForDashboard(page);
  });

  it('opens the time window and the language written in the link', async () => {
    const expected = demoHeadlineOf('t=2012-01-01..2012-12-31').landedPeople;
    expect(expected).toBe(17_202); // the calibrated demo data (scripts/generate-demo-data.test.ts)
    expect(await page.textContent(KPI)).toBe(new Intl.NumberFormat('id-ID').format(expected));
    expect(await page.getAttribute('html', 'lang')).toBe('id-ID');
    expect(await page.inputValue('[data-testid="language-select"]')).toBe('id');
    expect(await page.locator('[data-testid="url-notice"]').count()).toBe(0);
    expect(view.pageErrors).toEqual([]);
  });

  it('ignores unknown and malformed parameters with a visible notice, and still renders', async () => {
    await navigateInApp(page, '?zz=1&t=garbage');
    const notice = page.locator('[data-testid="url-notice"]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.locator('[data-param="zz"]').textContent()).toContain('zz=1');
    expect(await notice.locator('[data-param="t"]').textContent()).toContain('t=garbage');
    // The bad window is ignored: the header shows the whole period.
    expect(digits(await page.textContent(KPI))).toBe(demoHeadlineOf('v=1').landedPeople);
    await saveScreenshot(page, 'url-notice');
    expect(view.pageErrors).toEqual([]);
    expect(view.consoleErrors).toEqual([]);
  });

  it('writes changes into the address: a copied link restores them, back and forward walk them', async () => {
    await navigateInApp(page, '?v=1');
    await page.selectOption('[data-testid="language-select"]', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const plain = page.url();
    await page.selectOption('[data-testid="language-select"]', 'id');
    await page.waitForURL(/[?&]lang=id(&|$)/);
    const copied = page.url();
    expect(new URL(copied).searchParams.get('v')).toBe('1');

    const fresh = await openPage(harness);
    await fresh.page.goto(copied);
    await waitForDashboard(fresh.page);
    expect(await fresh.page.getAttribute('html', 'lang')).toBe('id-ID');
    expect(await fresh.page.inputValue('[data-testid="language-select"]')).toBe('id');
    await fresh.context.close();

    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.inputValue('[data-testid="language-select"]')).toBe('en');
    expect(page.url()).toBe(plain);

    await page.goForward();
    await page.waitForFunction(() => document.documentElement.lang === 'id-ID');
    expect(await page.inputValue('[data-testid="language-select"]')).toBe('id');
    expect(page.url()).toBe(copied);
    expect(view.pageErrors).toEqual([]);
  });

  it('restores the map camera from the link, and a map drag writes it back', async () => {
    await navigateInApp(page, '?v=1&m=110.5,-5.25,5');
    const camera = JSON.parse((await page.getAttribute('[data-testid="map"]', 'data-view')) ?? '{}') as {
      lon: number;
      lat: number;
      zoom: number;
    };
    expect(camera.lon).toBeCloseTo(110.5, 3);
    expect(camera.lat).toBeCloseTo(-5.25, 3);
    expect(camera.zoom).toBeCloseTo(5, 2);
    // The automatic fit never writes m=; a drag by the person does.
    await navigateInApp(page, '?v=1');
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="map"]')?.getAttribute('data-view') ?? '{}';
      return Math.abs((JSON.parse(text) as { zoom: number }).zoom - 5) > 0.01;
    });
    expect(page.url()).not.toContain('m=');
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction(() => location.search.includes('m='), undefined, { timeout: 10_000 });
  });

  it('writes the link and the iframe snippet for the current view in the Share dialog', async () => {
    await navigateInApp(page, '?v=1&t=2013-01-01..2013-12-31');
    await page.click('[data-testid="share-button"]');
    expect(await page.inputValue('[data-testid="share-link"]')).toContain('t=2013-01-01..2013-12-31');
    await page.check('[data-testid="share-fixed"]');
    const snippet = await page.inputValue('[data-testid="share-iframe"]');
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(src).toContain('emb=1');
    expect(src).toContain('efix=1');
    expect(src).toContain('t=2013-01-01..2013-12-31');
    // The snippet's address opens a fixed embed of the same view. Last in the file: it leaves the page.
    await page.goto(src);
    await page.waitForSelector('[data-testid="app"][data-status="ready"]', { timeout: 60_000 });
    await waitForFigure(
      page,
      'kpi-landed-people',
      demoHeadlineOf('v=1&t=2013-01-01..2013-12-31').landedPeople,
    );
    expect(await page.locator('.app.fixed').count()).toBe(1);
    expect(await page.isVisible('[data-testid="play-button"]')).toBe(false);
  });
});
