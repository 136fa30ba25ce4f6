// Numeric oracles for views, in Node: for every demo briefing step and a set of typical links, the header
// figures the app derives (applyView → effective filters → aggregates → key figures) equal an independent
// computation from the raw demo file (src/testing/demo-oracle.ts). The browser tests then check the
// wiring once per feature instead of re-deriving numbers for every view.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { kpiValues } from '@/charts/kpi-values';
import { makeHeadlineView } from '@/charts/headline-view';
import { demoFirstFigureOf, demoHeadlineOf } from '@/testing/demo-oracle';
import { loadDemoTable } from '@/testing/load-demo-table';
import { applyView } from './apply-view';
import { selectAggregates } from './select-aggregates';
import { selectEffectiveFilters } from './select-effective-filters';
import { useAppStore } from './store';

const BRIEFING = JSON.parse(readFileSync('data/demo/briefing.json', 'utf8')) as {
  steps: { view: string }[];
};

const LINKS = [
  'v=1',
  'v=1&t=2012-01-01..2012-12-31',
  'v=1&t=2013-01-01..2013-12-31&lang=id',
  'v=1&t=2011-01-01..2011-12-31&o=landed',
  'v=1&o=turned_back',
  'v=1&n=AFG,IRN',
  'v=1&r=sri-lanka-cocos',
  'v=1&sel=r:java-christmas&t=2012-07-01..2013-06-30',
  'v=1&t=2010-03-15..2010-09-20',
];

function figuresOf(view: string): { landedPeople: number; landedBoats: number; deaths: number } {
  applyView(view);
  const state = useAppStore.getState();
  const table = state.table;
  if (!table) throw new Error('no table');
  const kpis = kpiValues(selectAggregates(table, selectEffectiveFilters(state.filters, state.selection)));
  return { landedPeople: kpis['landed-people'], landedBoats: kpis['landed-boats'], deaths: kpis.deaths };
}

describe('views of the demo data', () => {
  beforeAll(() => {
    useAppStore.setState({ table: loadDemoTable(), status: 'ready' });
  });

  it.each(BRIEFING.steps.map((s, i) => [i + 1, s.view] as const))(
    'briefing step %i shows the figures of its view',
    (_n, view) => {
      expect(figuresOf(view)).toEqual(demoHeadlineOf(view));
    },
  );

  it.each(BRIEFING.steps.map((s, i) => [i + 1, s.view] as const))(
    'briefing step %i leads the header with the figure its filters call for',
    (_n, view) => {
      applyView(view);
      const state = useAppStore.getState();
      const first = makeHeadlineView(state.table!, selectEffectiveFilters(state.filters, state.selection))
        .figures[0];
      const expected = demoFirstFigureOf(view);
      expect(first && [`kpi-${first.id}`, first.value]).toEqual([expected.testId, expected.value]);
    },
  );

  it.each(LINKS)('the link %s shows the figures of its view', (view) => {
    expect(figuresOf(view)).toEqual(demoHeadlineOf(view));
  });

  it('the published calibration figures hold (whole period, 2012)', () => {
    expect(figuresOf('v=1').landedPeople).toBe(51_953);
    expect(figuresOf('v=1&t=2012-01-01..2012-12-31').landedPeople).toBe(17_202);
  });
});
