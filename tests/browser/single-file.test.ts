// The single-file build (npm run build:single) opened straight from disk: the map and the demo numbers
// render over file:// with no server, and the page requests nothing but itself.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digits, LANDED, sumPeople } from './demo-file';
import {
  openPage,
  saveScreenshot,
  startHarness,
  waitForDashboard,
  type Harness,
  type PageRecorder,
} from './harness';

describe('single-file build over file://', () => {
  let harness: Harness;
  let view: PageRecorder;
  const fileUrl = pathToFileURL(resolve('dist-single/index.html')).href;

  beforeAll(async () => {
    harness = await startHarness();
    view = await openPage(harness, 1280, 720);
    await view.page.goto(fileUrl);
    await waitForDashboard(view.page);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('renders the map and the demo totals', async () => {
    expect(digits(await view.page.textContent('[data-testid="kpi-landed-people"]'))).toBe(sumPeople(LANDED));
    const canvases = await view.page.locator('[data-testid="map"] canvas').count();
    expect(canvases).toBeGreaterThanOrEqual(2);
    await saveScreenshot(view.page, 'single-file');
  });

  it('makes no request but the file itself (data: and blob: URLs stay in the page)', () => {
    const outside = view.requests.filter(
      (url) => url !== fileUrl && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(outside).toEqual([]);
    expect(view.pageErrors).toEqual([]);
    expect(view.consoleErrors).toEqual([]);
  });
});
