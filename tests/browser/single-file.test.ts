// The single-file build (npm run build:single) opened straight from disk: the map and the demo numbers
// render over file:// with no server, and the page requests nothing but itself.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/map/basemap-style';
import { demoHeadlineOf } from '../../src/testing/demo-oracle';
import { figure, openPage, saveScreenshot, useHarness, waitForDashboard, type PageRecorder } from './harness';
import { mapRect } from './map-projection';
import { near, readPixels } from './pixels';

const hexToRgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

describe('single-file build over file://', () => {
  const harness = useHarness();
  let view: PageRecorder;
  const fileUrl = pathToFileURL(resolve('dist-single/index.html')).href;

  beforeAll(async () => {
    view = await openPage(harness);
    await view.page.goto(fileUrl);
    await waitForDashboard(view.page);
  });

  it('renders the map and the demo totals', async () => {
    expect(await figure(view.page, 'kpi-landed-people')).toBe(demoHeadlineOf('').landedPeople);
    const path = await saveScreenshot(view.page, 'single-file');
    // The basemap is drawn from the inlined Natural Earth data: land and sea both on the map.
    const image = await readPixels(view.context, readFileSync(path));
    const rect = await mapRect(view.page);
    expect(await image.share(near(hexToRgb(BASEMAP_COLORS.sea)), rect)).toBeGreaterThan(0.2);
    expect(await image.share(near(hexToRgb(BASEMAP_COLORS.land)), rect)).toBeGreaterThan(0.1);
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
