// Routes past the palette: the twelve largest by records keep a colour each, the rest are "other".
import { describe, expect, it } from 'vitest';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { makeFlowSegments } from './flow-segments';
import { computeRouteEndpoints } from './route-endpoints';
import { DISTINCT_ROUTE_COLORS, OTHER_ROUTE_SLOT, routeColorSlots } from './route-groups';
import { aggregateRows } from './aggregate-rows';
import { filterEvents } from './filter-events';
import { NO_FILTERS } from './event-filters';

/** `n` routes without a routes file; route k has k + 2 records (so route 0 is the smallest). */
function tableOfRoutes(n: number): ReturnType<typeof loadTestTable> {
  const features = [];
  for (let k = 0; k < n; k++) {
    // A departure elsewhere gives the route an embarkation point, so it has a leg to draw.
    features.push(
      makeEventFeature(
        {
          id: `d${k}`,
          kind: 'departure',
          outcome: undefined,
          route: `route-${String(k).padStart(2, '0')}`,
          site: `port ${k}`,
          date: '2012-03-01',
        },
        [100 + k, -6],
      ),
    );
    for (let i = 0; i <= k; i++) {
      features.push(
        makeEventFeature(
          {
            id: `r${k}-${i}`,
            route: `route-${String(k).padStart(2, '0')}`,
            site: `site ${k}`,
            date: '2012-03-04',
          },
          [100 + k, -8 - (i % 3)],
        ),
      );
    }
  }
  return loadTestTable(features, null);
}

describe('routeColorSlots', () => {
  it('keeps every route its own colour up to twelve routes (slot = code)', () => {
    const table = tableOfRoutes(DISTINCT_ROUTE_COLORS);
    expect([...routeColorSlots(table)]).toEqual(table.routes.map((_, r) => r));
  });

  it('past twelve, gives the twelve largest a colour by rank and groups the smallest as other', () => {
    const table = tableOfRoutes(15);
    const slots = routeColorSlots(table);
    const slotOf = (id: string): number => slots[table.routes.findIndex((r) => r.id === id)] ?? -2;
    expect(slotOf('route-14')).toBe(0);
    expect(slotOf('route-03')).toBe(11);
    for (const id of ['route-00', 'route-01', 'route-02']) expect(slotOf(id)).toBe(OTHER_ROUTE_SLOT);
    expect([...slots].filter((s) => s >= 0).sort((a, b) => a - b)).toEqual(
      Array.from({ length: DISTINCT_ROUTE_COLORS }, (_, i) => i),
    );
    // The flow legs carry the slot, so the map draws grouped routes in the neutral colour.
    const a = aggregateRows(table, filterEvents(table, NO_FILTERS), NO_FILTERS);
    const legs = makeFlowSegments(table, a.flows, computeRouteEndpoints(table));
    const grouped = legs.filter((s) => s.colorSlot === OTHER_ROUTE_SLOT).map((s) => s.routeId);
    expect(new Set(grouped)).toEqual(new Set(['route-00', 'route-01', 'route-02']));
  });
});
