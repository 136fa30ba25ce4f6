// Stage tables from tiny labelled routes and flows.
import { describe, expect, it } from 'vitest';
import type { RouteFlow } from '@/domain/aggregates';
import type { RouteInfo } from '@/domain/event-table';
import { toFlowStages } from './to-flow-stages';

const java: RouteInfo = {
  id: 'r-java',
  name: 'Quetta – Java – Christmas Island',
  hasCorridor: true,
  derived: false,
  path: [],
  stages: [
    { name: 'Quetta', role: 'origin', vertex: 0, mode: 'air' },
    { name: 'Jakarta', role: 'transit', vertex: 1, mode: 'land' },
    { name: 'Pelabuhan Ratu', role: 'embarkation', vertex: 2, mode: 'sea' },
    { name: 'Christmas Island', role: 'destination', vertex: 3, mode: undefined },
  ],
};
const noCorridor: RouteInfo = {
  id: 'r-x',
  name: 'r-x',
  hasCorridor: false,
  derived: false,
  path: [],
  stages: [],
};
const quiet: RouteInfo = { ...java, id: 'r-quiet', name: 'Quiet' };

// r-java: 200 people set out; 30 stopped in Jakarta (reached stage 1), 50 turned back at the embarkation
// point (stage 2), 120 landed (stage 3). Legs carry everyone who reached their end or beyond.
const javaFlow: RouteFlow = {
  people: 200,
  boats: 8,
  segmentPeople: [170, 170, 120],
  segmentBoats: [7, 7, 4],
  deaths: 6,
  segmentDeaths: [6, 6, 0],
  events: 8,
  segmentEvents: [7, 7, 4],
};
// r-x: 10 people, 4 of them landed.
const xFlow: RouteFlow = {
  people: 10,
  boats: 2,
  segmentPeople: [4],
  segmentBoats: [1],
  deaths: 0,
  segmentDeaths: [0],
  events: 2,
  segmentEvents: [1],
};
const none: RouteFlow = {
  people: 0,
  boats: 0,
  segmentPeople: [0, 0, 0],
  segmentBoats: [0, 0, 0],
  deaths: 0,
  segmentDeaths: [0, 0, 0],
  events: 0,
  segmentEvents: [0, 0, 0],
};

describe('toFlowStages', () => {
  it('lists each stage with how many reached it, and the share reaching the destination', () => {
    const [first] = toFlowStages([java], [javaFlow], 'people');
    expect(first).toEqual({
      code: 0,
      id: 'r-java',
      name: 'Quetta – Java – Christmas Island',
      total: 200,
      destinationShare: 0.6,
      stages: [
        { name: 'Quetta', role: 'origin', value: 200, share: 1 },
        { name: 'Jakarta', role: 'transit', value: 170, share: 0.85 },
        { name: 'Pelabuhan Ratu', role: 'embarkation', value: 170, share: 0.85 },
        { name: 'Christmas Island', role: 'destination', value: 120, share: 0.6 },
      ],
    });
  });

  it('reads boats when asked', () => {
    const [first] = toFlowStages([java], [javaFlow], 'boats');
    expect(first?.stages.map((s) => s.value)).toEqual([8, 7, 7, 4]);
    expect(first?.destinationShare).toBe(0.5);
  });

  it('gives a route without a corridor its two implicit stages, orders by size and skips empty routes', () => {
    const tables = toFlowStages([noCorridor, quiet, java], [xFlow, none, javaFlow], 'people');
    expect(tables.map((t) => t.id)).toEqual(['r-java', 'r-x']);
    expect(tables[1]?.stages).toEqual([
      { name: null, role: 'embarkation', value: 10, share: 1 },
      { name: null, role: 'destination', value: 4, share: 0.4 },
    ]);
    expect(tables[1]?.code).toBe(0);
  });
});
