// The area a dataset covers: its events and its routes' corridors, as [[west, south], [east, north]].
import type { EventTable } from '@/domain/event-table';
import { shortestLonSpan } from '@/domain/unwrap-longitudes';

export function dataBounds(table: EventTable): [[number, number], [number, number]] | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const add = (lon: number, lat: number): void => {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  };
  for (let r = 0; r < table.length; r++) add(table.lon[r] ?? 0, table.lat[r] ?? 0);
  for (const route of table.routes) for (const [lon, lat] of route.path) add(lon, lat);
  if (!Number.isFinite(west)) return null;
  // Data on both sides of the antimeridian (Tonga and New Zealand) frame the narrow side of the globe.
  const lons: number[] = [];
  for (let r = 0; r < table.length; r++) lons.push(table.lon[r] ?? 0);
  for (const route of table.routes) for (const [lon] of route.path) lons.push(lon);
  const span = shortestLonSpan(lons);
  if (span && span[1] - span[0] < east - west) [west, east] = span;
  // Keep a margin so symbols at the edge are whole; a single place would otherwise zoom to the street.
  const padDeg = Math.max(2, (4 - Math.min(east - west, north - south)) / 2);
  return [
    [west - padDeg, Math.max(-85, south - padDeg)],
    [east + padDeg, Math.min(85, north + padDeg)],
  ];
}
