// The charts' view-models over the demo data, against numbers computed from the raw file: what the cards,
// charts, exports and the dashboard benchmark all render.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type EventFilters } from '@/domain/event-filters';
import { parseIsoDay } from '@/domain/epoch-day';
import { DEMO_FEATURES, isLanded, peopleOfNationalities, sumPeople } from '@/testing/demo-oracle';
import { loadDemoTable } from '@/testing/load-demo-table';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { makeBrushBins } from './brush-bins';
import { makeFlowBreakdownView } from './flow-breakdown-view';
import { makeKpiView } from './kpi-view';
import { makeRankedViews } from './ranked-views';
import { makeSeriesView } from './series-view';

const year = (y: number): EventFilters => ({
  ...NO_FILTERS,
  timeRange: { startDay: parseIsoDay(`${y}-01-01`), endDay: parseIsoDay(`${y + 1}-01-01`) },
});
const interceptions = DEMO_FEATURES.filter((f) => f.properties.kind === 'interception');
const landedIn = (y: number): number =>
  sumPeople(DEMO_FEATURES.filter((f) => isLanded(f) && f.properties.date.startsWith(String(y))));

describe('view-models', () => {
  const table = loadDemoTable();

  it('key figures: the value, and the change against the year before', () => {
    const whole = makeKpiView(table, NO_FILTERS);
    expect(whole.previous.kind).toBe('none');
    expect(whole.figures.every((f) => f.change === null)).toBe(true);
    const view = makeKpiView(table, year(2009));
    const landed = view.figures.find((f) => f.id === 'landed-people');
    expect(landed?.value).toBe(landedIn(2009));
    expect(landed?.change).toMatchObject({ delta: landedIn(2009) - landedIn(2008) });
    const first = makeKpiView(table, year(2008)).figures.find((f) => f.id === 'landed-people');
    expect(first?.change).toBe('no-earlier-data');
  });

  it('key figures: only those the dataset can fill', () => {
    expect(makeKpiView(table, NO_FILTERS).figures).toHaveLength(8);
    const deathsOnly = loadTestTable(
      [
        makeEventFeature({ outcome: 'lost_on_land', deaths: 12, people: null }),
        makeEventFeature({ outcome: 'lost_at_sea', deaths: 30, people: 60 }),
      ],
      null,
    );
    const view = makeKpiView(deathsOnly, NO_FILTERS);
    expect(view.figures.map((f) => f.id)).toEqual(['lost-at-sea', 'deaths']);
    expect(view.deathsAtSeaOnly).toBe(false);
  });

  it('series: stacks add up to the people of every interception record, each with a colour', () => {
    const view = makeSeriesView(table, NO_FILTERS, {
      split: 'route',
      granularity: 'year',
      measure: 'people',
    });
    expect(view.total).toBe(sumPeople(interceptions));
    expect(view.rows.reduce((a, r) => a + r.total, 0)).toBe(view.total);
    expect(view.scope).toBe('interceptions');
    expect(view.stacks.every((s) => s.color.length === 3)).toBe(true);
    expect(view.rows).toHaveLength(7);
  });

  it('timeline bins: one per month, departures and interceptions stacked, every filter but time', () => {
    const bins = makeBrushBins(table, year(2012), 'month', 'people');
    expect(bins).toHaveLength(84);
    const all = bins.reduce((a, b) => a + (b.values[0] ?? 0) + (b.values[1] ?? 0), 0);
    expect(all).toBe(sumPeople(DEMO_FEATURES));
  });

  it('ranked nationalities count people of each nationality on the voyages', () => {
    const { nationalities } = makeRankedViews(table, NO_FILTERS);
    const top = nationalities.ranked.rows[0];
    expect(top?.key).not.toBeNull();
    expect(top?.value).toBe(peopleOfNationalities(interceptions, [top?.key ?? '']));
  });

  it('flow breakdown: every route with stages, none reaching more than it carried', () => {
    const routes = makeFlowBreakdownView(table, NO_FILTERS, 'people');
    expect(routes.length).toBe(table.routes.filter((r) => r.hasCorridor).length);
    for (const route of routes)
      for (const stage of route.stages) expect(stage.value).toBeLessThanOrEqual(route.total);
  });
});
