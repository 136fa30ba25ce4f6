// Across the antimeridian: paths go the short way and extents are the narrow side of the globe.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { aggregateRows } from './aggregate-rows';
import { NO_FILTERS } from './event-filters';
import { filterEvents } from './filter-events';
import { greatCirclePath, makeFlowSegments } from './flow-segments';
import { computeRouteEndpoints } from './route-endpoints';
import { lonFrameWest, shortestLonSpan, toLonFrame, unwrapPath } from './unwrap-longitudes';

describe('antimeridian', () => {
  it('unwraps a corridor from Tonga to Auckland to go 10° west, not round the world', () => {
    const path = unwrapPath([
      [-175.2, -21.1],
      [179.5, -28],
      [174.8, -36.8],
    ]);
    expect(path.map((p) => p[0])).toEqual([-175.2, -180.5, -185.2]);
    for (let i = 1; i < path.length; i++)
      expect(Math.abs((path[i]?.[0] ?? 0) - (path[i - 1]?.[0] ?? 0))).toBeLessThan(180);
  });

  it('draws a great-circle arc across 180° with no world-wide segment, on both sides', () => {
    for (const [a, b] of [
      [
        [-175.2, -21.1],
        [174.8, -36.8],
      ],
      [
        [174.8, -36.8],
        [-175.2, -21.1],
      ],
    ] as const) {
      const arc = greatCirclePath(a, b);
      expect(arc.length).toBeGreaterThan(10);
      for (let i = 1; i < arc.length; i++)
        expect(Math.abs((arc[i]?.[0] ?? 0) - (arc[i - 1]?.[0] ?? 0))).toBeLessThan(5);
      expect(arc[0]).toEqual(a);
    }
  });

  it('takes the narrow side of the globe for an extent', () => {
    expect(shortestLonSpan([-175.2, 174.8, 178])).toEqual([174.8, 184.8]);
    expect(shortestLonSpan([100, 120, 110])).toEqual([100, 120]);
    expect(shortestLonSpan([])).toBeNull();
    expect(shortestLonSpan([12, 12, 12])).toEqual([12, 12]);
    expect(shortestLonSpan([NaN, 30])).toEqual([30, 30]);
  });

  it('finds the same span without sorting as the sorted scan does, ties included', () => {
    // The reference: sort, then the first strictly largest gap from the west, the antimeridian's first.
    const bySorting = (values: readonly number[]): [number, number] => {
      const sorted = Float64Array.from(values).sort();
      const first = sorted[0] ?? 0;
      const last = sorted[sorted.length - 1] ?? 0;
      let gap = first + 360 - last;
      let span: [number, number] = [first, last];
      for (let i = 1; i < sorted.length; i++) {
        const a = sorted[i - 1] ?? 0;
        const b = sorted[i] ?? 0;
        if (b - a > gap) {
          gap = b - a;
          span = [b, a + 360];
        }
      }
      return span;
    };
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ min: -180, max: 180, noNaN: true }),
            fc.integer({ min: -180, max: 180 }),
            fc.constantFrom(-180, 180, 0, 179.5, -179.5),
          ),
          { minLength: 1, maxLength: 300 },
        ),
        (values) => {
          // −0 and 0 are one longitude (a sort orders them, a minimum keeps the first seen).
          const zeroed = (span: readonly number[] | null): number[] | null => span?.map((v) => v + 0) ?? null;
          expect(zeroed(shortestLonSpan(values))).toEqual(zeroed(bySorting(values)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('draws a Pacific dataset in one frame: points, corridors and arcs side by side', () => {
    const table = loadTestTable(
      [
        makeEventFeature(
          { kind: 'departure', outcome: undefined, site: 'Nukuʻalofa', route: 'tonga-nz' },
          [-175.2, -21.1],
        ),
        makeEventFeature({ site: 'Auckland', route: 'tonga-nz', outcome: 'landed' }, [174.8, -36.8]),
      ],
      null,
    );
    const west = lonFrameWest(table);
    expect(west).toBeCloseTo(174.8, 5);
    const lons = [...table.lon].map((l) => toLonFrame(l, west));
    const segments = makeFlowSegments(
      table,
      aggregateRows(table, filterEvents(table, NO_FILTERS), NO_FILTERS).flows,
      computeRouteEndpoints(table),
    );
    expect(segments.length).toBeGreaterThan(0);
    for (const s of segments) for (const [lon] of s.path) lons.push(lon);
    expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(30);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(west - 1e-9);
  });
});
