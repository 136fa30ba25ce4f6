// The timeline in a real browser: keyboard-only window moves, dragging, and playback, each checked
// against numbers computed here from the demo file. Run on the page of charts-and-filters.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { digits, LANDED } from '../../src/testing/demo-oracle';
import { saveScreenshot, waitForFigure, type PageRecorder } from './harness';

const FIRST_YEAR = 2008;

/** People landed in months [start, end) counted from January 2008 (month 0), from the file. */
function landedPeople(startMonth: number, endMonth: number): number {
  let total = 0;
  for (const { properties: p } of LANDED) {
    const month = (Number(p.date.slice(0, 4)) - FIRST_YEAR) * 12 + Number(p.date.slice(5, 7)) - 1;
    if (month >= startMonth && month < endMonth) total += p.people;
  }
  return total;
}

/** The timeline's checks on a page showing the whole period; they leave it at the whole period. */
export function describeTimeline(shared: () => PageRecorder): void {
  describe('timeline', () => {
    let view: PageRecorder;
    const kpi = async (): Promise<number> =>
      digits(await view.page.textContent('[data-testid="kpi-landed-people"]'));
    const windowMonths = async (): Promise<[number, number]> => [
      Number(await view.page.getAttribute('[data-testid="brush-start"]', 'aria-valuenow')),
      Number(await view.page.getAttribute('[data-testid="brush-end"]', 'aria-valuenow')),
    ];

    beforeAll(() => {
      view = shared();
    });

    it('moves and resizes the window with the keyboard alone (arrows, Shift, Home)', async () => {
      const { page } = view;
      expect(await kpi()).toBe(landedPeople(0, 84));
      await page.focus('[data-testid="brush-end"]');
      await page.keyboard.press('Home'); // end as far left as it goes: January 2008 only
      expect(await windowMonths()).toEqual([0, 1]);
      expect(await kpi()).toBe(landedPeople(0, 1));
      await page.focus('[data-testid="brush-window"]');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight'); // four years on: January 2012
      await page.focus('[data-testid="brush-end"]');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('ArrowLeft'); // January–December 2012
      expect(await windowMonths()).toEqual([48, 60]);
      expect(await kpi()).toBe(landedPeople(48, 60));
      expect(await kpi()).toBe(17_202); // the published 2012 figure the demo is calibrated to
      expect(await page.textContent('[data-testid="timeline-current"]')).toBe('Jan 2012 – Dec 2012');
    });

    it('moves the window when it is dragged, and the totals follow', async () => {
      const { page } = view;
      const brush = (await page.locator('[data-testid="time-brush"]').boundingBox())!;
      const windowBox = (await page.locator('[data-testid="brush-window"]').boundingBox())!;
      const monthPx = brush.width / 84;
      const y = windowBox.y + windowBox.height / 2;
      const x = windowBox.x + windowBox.width / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x - monthPx * 6.2, y, { steps: 8 }); // about six months back
      await page.mouse.up();
      const [start, end] = await windowMonths();
      expect(start).toBe(42);
      expect(end - start).toBe(12);
      expect(await kpi()).toBe(landedPeople(start, end));
      await saveScreenshot(page, 'timeline-dragged');
    });

    // The clock itself (steps per interval, speed, stopping) is unit-tested with fake timers in
    // src/state/playback.test.ts; here the button drives it and the figures follow.
    it('plays: the window advances by itself and stops on pause', async () => {
      const { page } = view;
      await page.selectOption('[data-testid="speed-select"]', '8');
      const [before] = await windowMonths();
      await page.click('[data-testid="play-button"]');
      await page.waitForFunction(
        (from) =>
          Number(document.querySelector('[data-testid="brush-start"]')?.getAttribute('aria-valuenow')) >=
          from + 3,
        before,
      );
      await page.click('[data-testid="play-button"]');
      expect(await page.getAttribute('[data-testid="play-button"]', 'aria-pressed')).toBe('false');
      const [paused, pausedEnd] = await windowMonths();
      await waitForFigure(page, 'kpi-landed-people', landedPeople(paused, pausedEnd));
      expect(view.pageErrors).toEqual([]);
    });

    it('returns to the whole period', async () => {
      await view.page.click('[data-testid="whole-period"]');
      expect(await windowMonths()).toEqual([0, 84]);
      expect(await kpi()).toBe(51_953);
    });
  });
}
