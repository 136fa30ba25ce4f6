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
});
