// Briefings: the demo briefing presented with the keys clickers send (the header KPI follows each step's
// view, computed here from the raw demo events), a step's link restores the view in a fresh page, the
// captions animate unless reduced motion is asked for, and authoring round-trips through a downloaded file.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoFirstFigureOf, demoHeadlineOf, digits, ORACLE_PARAMETERS } from '../../src/testing/demo-oracle';
import {
  navigateInApp,
  openPage,
  saveScreenshot,
  useHarness,
  waitForDashboard,
  waitForFigure,
  waitForSettled,
  type PageRecorder,
} from './harness';

interface Step {
  readonly view: string;
  readonly caption: { readonly en: string; readonly id: string };
}
const DEMO_STEPS = (JSON.parse(readFileSync('data/demo/briefing.json', 'utf8')) as { steps: Step[] }).steps;

/** People landed in a view, from the raw demo file. */
const landedPeopleIn = (view: string): number => demoHeadlineOf(view).landedPeople;

const kpi = async (page: Page): Promise<number> =>
  digits(await page.textContent('[data-testid="kpi-landed-people"]'));

async function waitForStep(page: Page, number: number): Promise<void> {
  await page.waitForSelector(`[data-testid="briefing-step-counter"][data-step="${number}"]`);
  const { testId, value } = demoFirstFigureOf(DEMO_STEPS[number - 1]?.view ?? '');
  await waitForFigure(page, testId, value);
}

/** Waits until the map's zoom is (or is not) within 0.01 of `target`. */
async function mapZoomNear(page: Page, target: number, near: boolean): Promise<void> {
  await page.waitForFunction(
    ([z, wanted]) => {
      const text = document.querySelector('[data-testid="map"]')?.getAttribute('data-view') ?? '{}';
      const zoom = (JSON.parse(text) as { zoom?: number }).zoom ?? -1;
      return Math.abs(zoom - z) < 0.01 === wanted;
    },
    [target, near] as const,
  );
}

async function openBriefingMenu(page: Page): Promise<void> {
  await page.click('[data-testid="briefing-button"]');
  await page.waitForSelector('[data-testid="briefing-dialog"][open]');
}

/** Opens the menu (which loads the demo briefing) and presents it from the first step. */
async function presentDemo(page: Page): Promise<void> {
  await openBriefingMenu(page);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="briefing-step-item"]').length === n,
    DEMO_STEPS.length,
  );
  await page.click('[data-testid="briefing-present"]');
  await page.waitForSelector('[data-testid="briefing-presenter"]');
  await waitForStep(page, 1);
}

describe('briefing', () => {
  const harness = useHarness();
  let view: PageRecorder;
  let page: Page;

  beforeAll(async () => {
    view = await openPage(harness);
    page = view.page;
    await page.goto(harness.baseUrl);
    await waitForDashboard(page);
  });

  it('the demo briefing uses only parameters the reference understands, with distinct numbers', () => {
    for (const step of DEMO_STEPS)
      expect(
        [...new URLSearchParams(step.view).keys()].every((k) =>
          (ORACLE_PARAMETERS as readonly string[]).includes(k),
        ),
      ).toBe(true);
    expect(DEMO_STEPS.length).toBeGreaterThanOrEqual(6);
    expect(landedPeopleIn(DEMO_STEPS[0]?.view ?? '')).toBe(161);
    expect(new Set(DEMO_STEPS.map((s) => demoFirstFigureOf(s.view).value)).size).toBe(DEMO_STEPS.length);
  });

  it('presents the demo: → PageDown Space move on, ← goes back, Home/End, Escape leaves', async () => {
    await presentDemo(page);
    const total = DEMO_STEPS.length;
    expect(await page.textContent('[data-testid="briefing-step-counter"]')).toBe(`Step 1 of ${total}`);
    expect(await page.getAttribute('[data-testid="briefing-caption"]', 'lang')).toBe('en');
    expect(await page.textContent('[data-testid="briefing-caption"]')).toBe(DEMO_STEPS[0]?.caption.en);
    expect(await kpi(page)).toBe(161);

    await page.keyboard.press('ArrowRight');
    await waitForStep(page, 2);
    await page.keyboard.press('PageDown');
    await waitForStep(page, 3);
    await page.keyboard.press('Space');
    await waitForStep(page, 4);
    expect(await kpi(page)).toBe(17_202);
    await page.keyboard.press('ArrowLeft');
    await waitForStep(page, 3);
    await page.keyboard.press('PageUp');
    await waitForStep(page, 2);
    await page.keyboard.press('End');
    await waitForStep(page, total);
    await page.keyboard.press('ArrowRight'); // stays on the last step
    await waitForStep(page, total);
    await page.keyboard.press('Home');
    await waitForStep(page, 1);
    // The buttons do the same, and the progress bar follows.
    await page.click('[data-testid="briefing-next"]');
    await waitForStep(page, 2);
    expect(await page.getAttribute('.briefing-progress', 'value')).toBe('2');
    expect(await page.getAttribute('.briefing-progress', 'max')).toBe(String(total));

    // Step 5 at 1280×720 for the screenshot: a nationality filter and a caption of two lines or more.
    for (let n = 3; n <= 5; n++) {
      await page.keyboard.press('ArrowRight');
      await waitForStep(page, n);
    }
    // Step 5 sets the map view (Indian Ocean); step 6 has none, so the map fits the data again.
    await mapZoomNear(page, 3.5, true);
    await waitForSettled(page);
    await saveScreenshot(page, 'briefing-presentation-1280x720');
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, 6);
    await mapZoomNear(page, 3.5, false);
    await page.keyboard.press('ArrowLeft');
    await waitForStep(page, 5);

    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="briefing-presenter"]', { state: 'detached' });
    expect(await page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    // Leaving keeps the last step's view on the dashboard.
    expect(await kpi(page)).toBe(landedPeopleIn(DEMO_STEPS[4]?.view ?? ''));
    expect(view.pageErrors).toEqual([]);
  });

  it('presents in Indonesian with Indonesian captions, and a step link restores its view', async () => {
    await navigateInApp(page, '?v=1&lang=id');
    await page.waitForFunction(() => document.documentElement.lang === 'id-ID');
    await presentDemo(page);
    for (let n = 2; n <= DEMO_STEPS.length; n++) {
      await page.keyboard.press('ArrowRight');
      await waitForStep(page, n);
    }
    // The language stays the presenter's through every step.
    expect(await page.textContent('[data-testid="briefing-step-counter"]')).toBe(
      `Langkah ${DEMO_STEPS.length} dari ${DEMO_STEPS.length}`,
    );
    expect(await page.getAttribute('[data-testid="briefing-caption"]', 'lang')).toBe('id');
    expect(await page.textContent('[data-testid="briefing-caption"]')).toBe(DEMO_STEPS.at(-1)?.caption.id);
    await waitForSettled(page);
    await saveScreenshot(page, 'briefing-presentation-id-1280x720');
    const lastLink = await page.inputValue('[data-testid="briefing-step-link"]');
    await page.keyboard.press('Home');
    await waitForStep(page, 1);
    for (let n = 2; n <= 5; n++) {
      await page.keyboard.press('PageDown');
      await waitForStep(page, n);
    }
    const link = await page.inputValue('[data-testid="briefing-step-link"]');
    expect(link.startsWith(harness.baseUrl)).toBe(true);
    expect(link).toContain('lang=id');
    const expected = landedPeopleIn(DEMO_STEPS[4]?.view ?? '');
    expect(expected).toBe(6_428);

    // The step links open their views: leave the presentation on another view, then follow each link.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="briefing-presenter"]', { state: 'detached' });
    await navigateInApp(page, '?v=1&lang=id&t=2009-01-01..2009-12-31');
    await navigateInApp(page, new URL(link).search);
    expect(await kpi(page)).toBe(expected);
    expect(await page.textContent('[data-testid="kpi-landed-people"]')).toContain('6.428');
    expect(await page.locator('[data-testid="briefing-presenter"]').count()).toBe(0);
    await navigateInApp(page, new URL(lastLink).search);
    expect(await kpi(page)).toBe(landedPeopleIn(DEMO_STEPS.at(-1)?.view ?? ''));
    await navigateInApp(page, '?v=1');
  });

  it('animates the caption, and not at all under prefers-reduced-motion', async () => {
    // The preference is live in CSS: the same page answers both ways.
    const animationName = (): Promise<string> =>
      page.$eval('[data-testid="briefing-caption"]', (el) => getComputedStyle(el).animationName);
    await presentDemo(page);
    expect(await animationName()).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, 2);
    expect(await animationName()).toBe('briefing-caption-in');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="briefing-presenter"]', { state: 'detached' });
  });

  it('authoring: add the current view as a step, edit captions, reorder, download, load the file back', async () => {
    await navigateInApp(page, '?v=1&t=2011-01-01..2011-12-31&o=landed');
    // Keyboard only: the header button opens the dialog.
    await page.focus('[data-testid="briefing-button"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="briefing-dialog"][open]');
    await page.waitForSelector('[data-testid="briefing-step-item"]');
    await page.click('[data-testid="briefing-new"]');
    expect(await page.locator('[data-testid="briefing-step-item"]').count()).toBe(0);
    await page.click('[data-testid="briefing-add-step"]');
    expect(await page.textContent('[data-testid="briefing-step-view"]')).toBe(
      'v=1&t=2011-01-01..2011-12-31&o=landed',
    );
    await page.fill('[data-testid="briefing-title-en"]', 'My briefing');
    await page.fill('[data-testid="briefing-title-id"]', 'Paparan saya');
    await page.fill('[data-testid="briefing-caption-en"]', '2011: 69 boats <img src=x onerror=alert(1)>');
    await page.fill('[data-testid="briefing-caption-id"]', '2011: 69 kapal');
    expect(await page.getAttribute('[data-testid="briefing-caption-id"]', 'lang')).toBe('id');

    // A second view: close, change the timeline step, add it, and move it to the front.
    await page.click('[data-testid="briefing-dialog"] > button');
    await page.selectOption('[data-testid="granularity-select"]', 'year');
    await openBriefingMenu(page);
    await page.click('[data-testid="briefing-add-step"]');
    await page.locator('[data-testid="briefing-caption-en"]').nth(1).fill('By year');
    await page.locator('[data-testid="briefing-step-move-up"]').nth(1).click();
    const views = await page.locator('[data-testid="briefing-step-view"]').allTextContents();
    expect(views[0]).toContain('g=year');
    expect(views[1]).toBe('v=1&t=2011-01-01..2011-12-31&o=landed');
    // The moved step keeps the focus: at the top its "Move up" is disabled, so "Move down" has it.
    expect(
      await page.evaluate(() =>
        ['data-testid', 'data-index'].map((a) => document.activeElement?.getAttribute(a)).join(' '),
      ),
    ).toBe('briefing-step-move-down 0');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="briefing-download"]'),
    ]);
    expect(download.suggestedFilename()).toBe('my-briefing.json');
    const path = await download.path();
    const saved = JSON.parse(readFileSync(path, 'utf8')) as {
      format: string;
      version: number;
      title: { en: string };
      steps: Step[];
    };
    expect(saved.format).toBe('lintas-briefing');
    expect(saved.version).toBe(1);
    expect(saved.title.en).toBe('My briefing');
    expect(saved.steps.map((s) => s.caption.en)).toEqual([
      'By year',
      '2011: 69 boats <img src=x onerror=alert(1)>',
    ]);

    // Start again, then load the downloaded file: the same steps come back.
    await page.click('[data-testid="briefing-new"]');
    expect(await page.locator('[data-testid="briefing-step-item"]').count()).toBe(0);
    await page.setInputFiles('[data-testid="briefing-file-input"]', path);
    await page.waitForSelector('[data-testid="briefing-load-status"]');
    expect(await page.locator('[data-testid="briefing-step-view"]').allTextContents()).toEqual(views);
    expect(await page.locator('[data-testid="briefing-caption-en"]').nth(1).inputValue()).toBe(
      '2011: 69 boats <img src=x onerror=alert(1)>',
    );
    expect(await page.inputValue('[data-testid="briefing-title-id"]')).toBe('Paparan saya');
    await saveScreenshot(page, 'briefing-authoring-1280x720');

    // Presenting it: the caption is text, not markup, and the step shows 2011's landed people.
    await page.locator('[data-testid="briefing-step-present"]').nth(1).click();
    await page.waitForSelector('[data-testid="briefing-step-counter"][data-step="2"]');
    expect(await page.textContent('[data-testid="briefing-caption"]')).toBe(
      '2011: 69 boats <img src=x onerror=alert(1)>',
    );
    expect(await page.locator('[data-testid="briefing-caption"] img').count()).toBe(0);
    await page.waitForFunction(
      (n) =>
        Number(
          document.querySelector('[data-testid="kpi-landed-people"]')?.textContent?.replace(/\D/g, ''),
        ) === n,
      landedPeopleIn('v=1&t=2011-01-01..2011-12-31'),
    );
    await page.click('[data-testid="briefing-exit"]');
    await page.waitForSelector('[data-testid="briefing-presenter"]', { state: 'detached' });
    expect(view.pageErrors).toEqual([]);
  });

  it('a malformed file says what is wrong, with step numbers, and keeps the valid steps', async () => {
    await openBriefingMenu(page);
    await page.setInputFiles('[data-testid="briefing-file-input"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"lintas-briefing","version":1,"steps":['),
    });
    await page.waitForSelector('[data-testid="briefing-load-error"]');
    expect(await page.textContent('[data-testid="briefing-load-error"]')).toContain('broken.json');

    const file = {
      format: 'lintas-briefing',
      version: 1,
      title: { en: 'T', id: 'J' },
      steps: [
        { view: 'v=1&t=2012-01-01..2012-12-31', caption: { en: 'ok', id: 'ok' } },
        { view: 'v=1&t=2012&zz=1', caption: { en: 'half', id: 'separuh' } },
        42,
      ],
    };
    await page.setInputFiles('[data-testid="briefing-file-input"]', {
      name: 'partial.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.waitForSelector('[data-testid="briefing-load-status"]');
    const status = (await page.textContent('[data-testid="briefing-load-status"]')) ?? '';
    expect(status).toContain('partial.json');
    expect(status).toContain('Step 2:');
    expect(status).toContain('t=2012');
    expect(status).toContain('zz=1');
    expect(status).toContain('Step 3:');
    expect(await page.locator('[data-testid="briefing-step-item"]').count()).toBe(2);
  });
});
