// Where the map is on the page, and where a longitude/latitude lands on its canvas, from the camera the
// map publishes (data-view: Web Mercator, MapLibre's 512-pixel world at zoom 0).
import type { Page } from 'playwright-core';
import type { PixelRect } from './pixels';

/** The map element's box on the page, in whole CSS pixels (a screenshot at device scale 1 matches it). */
export async function mapRect(page: Page): Promise<PixelRect> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('map not on screen');
  return {
    x: Math.round(box.x),
    y: Math.round(box.y),
    width: Math.round(box.width),
    height: Math.round(box.height),
  };
}

export async function projectToPage(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const map = page.locator('[data-testid="map"]');
  const box = await map.boundingBox();
  const view = JSON.parse((await map.getAttribute('data-view')) ?? '{}') as {
    lon: number;
    lat: number;
    zoom: number;
  };
  if (!box) throw new Error('map not on screen');
  const world = 512 * 2 ** view.zoom;
  const mx = (l: number): number => ((l + 180) / 360) * world;
  const my = (p: number): number =>
    ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
  return {
    x: box.x + box.width / 2 + mx(lon) - mx(view.lon),
    y: box.y + box.height / 2 + my(lat) - my(view.lat),
  };
}
