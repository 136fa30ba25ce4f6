import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlowSegment, LonLat } from '@/domain/flow-segments';
import { makeCorridorOffsets } from './corridor-offsets';

const leg = (route: number, path: LonLat[], people = 10): FlowSegment => ({
  id: `r${route}#0`,
  route,
  routeId: `r${route}`,
  routeName: `Route ${route}`,
  segment: 0,
  fromName: 'A',
  toName: 'B',
  mode: 'sea',
  fallback: false,
  path,
  people,
  boats: 1,
  deaths: 0,
  events: 1,
  colorSlot: route,
});

describe('makeCorridorOffsets', () => {
  it('draws legs over the same pair of stages side by side, centred on the line, in route order', () => {
    const segments = [
      leg(2, [
        [100, 0],
        [110, -5],
      ]),
      leg(0, [
        [100.2, 0.1],
        [110, -5.3],
      ]),
    ];
    const offsets = makeCorridorOffsets(segments, () => 10);
    // Two 10 px legs with 1 px between: centres at ∓5.5 px, route 0 on the left.
    expect([...offsets]).toEqual([5.5, -5.5]);
  });

  it('flips the side for a leg travelling the other way, so both sit apart', () => {
    const segments = [
      leg(0, [
        [100, 0],
        [110, -5],
      ]),
      leg(1, [
        [110, -5],
        [100, 0],
      ]),
    ];
    const offsets = makeCorridorOffsets(segments, () => 4);
    // Route 1 is to the right of route 0's direction, i.e. to the left of its own.
    expect([...offsets]).toEqual([-2.5, -2.5]);
  });

  it('groups legs that share one stage with nearly the same heading, and leaves the others alone', () => {
    const segments = [
      leg(0, [
        [60, 30],
        [100, 3],
      ]),
      leg(1, [
        [60.5, 29.8],
        [103, 1.5],
      ]),
      leg(2, [
        [100, 3],
        [100, 30],
      ]),
      leg(
        3,
        [
          [60, 30],
          [100, 3],
        ],
        0,
      ),
    ];
    const offsets = makeCorridorOffsets(segments, (s) => (s.people > 0 ? 6 : 0));
    expect(offsets[0]).toBe(-3.5);
    expect(offsets[1]).toBe(3.5);
    expect(offsets[2]).toBe(0);
    // A leg carrying nothing is not drawn and takes no room.
    expect(offsets[3]).toBe(0);
  });

  it('gives the offsets of an all-pairs comparison, across cell edges, signs and legs that carry nothing', () => {
    // The reference compares every pair with the rule written out once more (the same stages, or one
    // shared stage within 8° of heading, in either direction), groups by union-find and lays each group
    // out in route order with 1 px gaps.
    const nearPlace = (a: LonLat, b: LonLat): boolean =>
      Math.abs(a[0] - b[0]) < 0.75 && Math.abs(a[1] - b[1]) < 0.75;
    const heading = (a: LonLat, b: LonLat): number => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    const gap = (a: number, b: number): number => {
      const d = Math.abs(a - b) % 360;
      return d > 180 ? 360 - d : d;
    };
    const together = (a: FlowSegment, b: FlowSegment): 1 | -1 | 0 => {
      const [af, at] = [a.path[0]!, a.path[1]!];
      for (const [f, t, sign] of [
        [b.path[0]!, b.path[1]!, 1],
        [b.path[1]!, b.path[0]!, -1],
      ] as const) {
        if (nearPlace(af, f) && nearPlace(at, t)) return sign;
        if (gap(heading(af, at), heading(f, t)) < 8 && (nearPlace(af, f) || nearPlace(at, t))) return sign;
      }
      return 0;
    };
    // Legs drawn 0 px wide (carrying nothing) take no part: they neither join nor link groups.
    const reference = (segments: readonly FlowSegment[], width: (s: FlowSegment) => number): number[] => {
      const drawn = (i: number): boolean => width(segments[i]!) > 0;
      const parent = segments.map((_, i) => i);
      const root = (i: number): number => (parent[i] === i ? i : root(parent[i]!));
      for (let i = 0; i < segments.length; i++)
        for (let j = i + 1; j < segments.length; j++)
          if (drawn(i) && drawn(j) && together(segments[i]!, segments[j]!) !== 0) parent[root(j)] = root(i);
      const offsets = segments.map(() => 0);
      for (const r of new Set(segments.map((_, i) => root(i)))) {
        const members = segments.map((_, i) => i).filter((i) => root(i) === r && drawn(i));
        if (members.length < 2) continue;
        const first = segments[members[0]!]!;
        const ordered = [...members].sort((a, b) => segments[a]!.route - segments[b]!.route);
        let left = -(ordered.reduce((sum, i) => sum + width(segments[i]!), 0) + ordered.length - 1) / 2;
        for (const i of ordered) {
          const w = width(segments[i]!);
          const sign = i === members[0] ? 1 : together(first, segments[i]!) || 1;
          offsets[i] = (left + w / 2) * sign;
          left += w + 1;
        }
      }
      return offsets;
    };
    // Places on a coarse lattice around 0°, so legs meet, cross cell edges and take both signs.
    const place = fc
      .tuple(
        fc.integer({ min: -6, max: 6 }),
        fc.integer({ min: -6, max: 6 }),
        fc.double({ min: -0.4, max: 0.4, noNaN: true }),
      )
      .map(([x, y, jitter]): LonLat => [x * 0.7 + jitter, y * 0.7 - jitter]);
    const width = (s: FlowSegment): number => 2 + (s.route % 5);
    // Two time windows over the same legs: the second call reuses the first one's pairs (same paths).
    const widthNow = (s: FlowSegment): number => (s.route % 4 === 3 ? 0 : 2 + (s.route % 5));
    const widthLater = (s: FlowSegment): number => (s.route % 3 === 0 ? 0 : 1 + (s.route % 7));
    fc.assert(
      fc.property(fc.array(fc.tuple(place, place), { minLength: 2, maxLength: 40 }), (ends) => {
        const segments = ends.map(([from, to], i) => leg(i, [from, to]));
        for (const w of [width, widthNow, widthLater]) {
          const offsets = [...makeCorridorOffsets(segments, w)];
          expect(offsets).toEqual(reference(segments, w).map((o) => Math.fround(o)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not join two groups through a leg that carries nothing', () => {
    // A and B share their start and heading, B and C their end and heading; A and C share no place.
    const segments = [
      leg(0, [
        [100, 0],
        [110, 0],
      ]),
      leg(1, [
        [100, 0],
        [120, 0],
      ]),
      leg(2, [
        [105, 0],
        [120, 0],
      ]),
    ];
    expect([...makeCorridorOffsets(segments, () => 10)]).toEqual([-11, 0, 11]);
    expect([...makeCorridorOffsets(segments, (s) => (s.route === 1 ? 0 : 10))]).toEqual([0, 0, 0]);
  });
});
