import { describe, expect, it } from 'vitest';
import { coarsenPosition, distanceKm, nearestPlace, snapToGrid } from './coarsen-position';

describe('coordinate coarsening', () => {
  it('snaps to the centre of a grid cell', () => {
    // Kupang (123.6, −10.17) on a 0.5° grid: cell [123.5, 124) × [−10.5, −10) → centre (123.75, −10.25).
    expect(snapToGrid(123.6, -10.17, 0.5)).toEqual([123.75, -10.25]);
    // Every point in a cell lands on the same centre.
    expect(snapToGrid(123.99, -10.01, 0.5)).toEqual([123.75, -10.25]);
    expect(snapToGrid(123.5, -10.5, 0.5)).toEqual([123.75, -10.25]);
    expect(snapToGrid(124, -10, 0.5)).toEqual([124.25, -9.75]);
  });

  it('wraps longitudes and clips the polar row', () => {
    expect(snapToGrid(181, 0.2, 1)).toEqual([-178.5, 0.5]);
    expect(snapToGrid(-180, 89.9, 0.7)[1]).toBeLessThanOrEqual(90);
    expect(snapToGrid(-180, 90, 1)).toEqual([-179.5, 89.5]);
  });

  it('rejects a bad cell size', () => {
    expect(() => snapToGrid(0, 0, 0)).toThrow(RangeError);
  });

  const places = [
    { name: 'Kupang', lon: 123.6, lat: -10.17 },
    { name: 'Christmas Island', lon: 105.67, lat: -10.45 },
  ];

  it('snaps to the nearest named place, or to the grid when every place is too far', () => {
    // One degree of longitude at the equator is 2π·6371/360 = 111.19 km.
    expect(distanceKm(0, 0, 1, 0)).toBeCloseTo(111.195, 3);
    expect(nearestPlace(123.2, -10.4, places)?.place.name).toBe('Kupang');
    const rule = { kind: 'place', places, maxDistanceKm: 100, fallbackCellDeg: 1 } as const;
    expect(coarsenPosition(105.9, -10.6, rule)).toEqual({
      lon: 105.67,
      lat: -10.45,
      placeName: 'Christmas Island',
    });
    expect(coarsenPosition(115.2, -8.6, rule)).toEqual({ lon: 115.5, lat: -8.5, placeName: null });
    expect(coarsenPosition(115.2, -8.6, { kind: 'grid', cellDeg: 0.25 })).toEqual({
      lon: 115.125,
      lat: -8.625,
      placeName: null,
    });
  });
});
