// Removes the horizontal streak that rings crossing the antimeridian (Fiji, Russia) draw in Web Mercator:
// longitudes are unwrapped so that consecutive vertices never jump by more than 180°, and MapLibre then
// draws the part beyond ±180° on the neighbouring world copy.
import type { Geometry, Position } from 'geojson';

/** Returns a copy of the ring with each longitude shifted by ±360° to stay within 180° of the previous one. */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let previous: number | undefined;
  for (const point of ring) {
    let lon = point[0] ?? 0;
    if (previous !== undefined) {
      while (lon - previous > 180) lon -= 360;
      while (lon - previous < -180) lon += 360;
    }
    out.push([lon, point[1] ?? 0]);
    previous = lon;
  }
  return out;
}

/** Unwraps every ring or line of a (Multi)Polygon / (Multi)LineString; other geometries are returned as is. */
export function unwrapAntimeridian(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapRing) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)),
      };
    case 'LineString':
      return { type: 'LineString', coordinates: unwrapRing(geometry.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map(unwrapRing) };
    case 'Point':
    case 'MultiPoint':
    case 'GeometryCollection':
      return geometry;
  }
}
