// The area a dataset covers: its events and its routes' corridors, as [[west, south], [east, north]],
// in the dataset's longitude frame (domain/unwrap-longitudes.ts), so data on both sides of the
// antimeridian frame the narrow side of the globe. Computed once per table: the map refits on every
// resize of its box, and a pass over 100k rows is not free.
import type { EventTable } from '@/domain/event-table';
import { lonFrameWest, toLonFrame } from '@/domain/unwrap-longitudes';

export type DataBounds = [[west: number, south: number], [east: number, north: number]];

const cache = new WeakMap<EventTable, DataBounds | null>();

export function dataBounds(table: EventTable): DataBounds | null {
  let bounds = cache.get(table);
  if (bounds === undefined) {
    bounds = computeBounds(table);
    cache.set(table, bounds);
  }
  return bounds;
}

function computeBounds(table: EventTable): DataBounds | null {
  const frame = lonFrameWest(table);
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const add = (rawLon: number, lat: number): void => {
    const lon = toLonFrame(rawLon, frame);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  };
  for (let r = 0; r < table.length; r++) add(table.lon[r] ?? 0, table.lat[r] ?? 0);
  for (const route of table.routes) for (const [lon, lat] of route.path) add(lon, lat);
  if (!Number.isFinite(west)) return null;
  // Keep a margin so symbols at the edge are whole; a single place would otherwise zoom to the street.
  const padDeg = Math.max(2, (4 - Math.min(east - west, north - south)) / 2);
  return [
    [west - padDeg, Math.max(-85, south - padDeg)],
    [east + padDeg, Math.min(85, north + padDeg)],
  ];
}
