// Where a longitude/latitude lands on the map canvas, from the camera the map publishes (Web Mercator,
// MapLibre's 512-pixel world at zoom 0).
import type { Page } from 'playwright-core';

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
