// The headline figures follow the filters and fill only what the dataset has; the finding names the period
// and the route most people took.
import { describe, expect, it } from 'vitest';
import { figureLabel, findingText } from '@/app/headline-text';
import { NO_FILTERS } from '@/domain/event-filters';
import { parseIsoDay } from '@/domain/epoch-day';
import { createFormatters } from '@/i18n/translate';
import { DEMO_FEATURES, isLanded, sumPeople } from '@/testing/demo-oracle';
import { loadDemoTable } from '@/testing/load-demo-table';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { makeHeadlineView } from './headline-view';

const en = createFormatters('en', { destination: 'Australia' });
const y2012 = {
  ...NO_FILTERS,
  timeRange: { startDay: parseIsoDay('2012-01-01'), endDay: parseIsoDay('2013-01-01') },
};

describe('headline view', () => {
  const demo = loadDemoTable();

  it('shows people and boats landed and the dead or missing at sea, with the finding of the view', () => {
    const view = makeHeadlineView(demo, y2012);
    expect(view.figures.map((f) => f.id)).toEqual(['landed-people', 'landed-boats', 'deaths']);
    expect(view.figures[0]?.value).toBe(17_202);
    expect(figureLabel(view.figures[0]!, view, en)).toBe('People landed in Australia');
    expect(figureLabel(view.figures[2]!, view, en)).toBe('Dead or missing at sea');
    const text = findingText(view.finding, demo, y2012, en);
    expect(text).toMatch(/^17,202 people landed in 2012, \d+% of them via \u2068.+\u2069$/);
  });

  it('names a long top route by its first and last stages on the header line, in full otherwise', () => {
    const view = makeHeadlineView(demo, y2012);
    const top = view.finding.kind === 'landed' ? view.finding.topRoute : null;
    const route = demo.routes.find((r) => r.name === top?.name);
    expect(route?.name.length).toBeGreaterThan(28);
    expect(top?.shortName).toBe(`${route?.stages[0]?.name} → ${route?.stages.at(-1)?.name}`);
    expect(findingText(view.finding, demo, y2012, en, 'short')).toContain(`\u2068${top?.shortName}\u2069`);
    expect(findingText(view.finding, demo, y2012, en)).toContain(`\u2068${top?.name}\u2069`);
  });

  it('follows an outcome filter instead of showing 0 people landed', () => {
    const filters = { ...NO_FILTERS, outcomes: ['turned_back' as const] };
    const view = makeHeadlineView(demo, filters);
    expect(view.figures[0]?.id).toBe('outcome-people');
    const expected = sumPeople(
      DEMO_FEATURES.filter(
        (f) => f.properties.kind === 'interception' && f.properties.outcome === 'turned_back',
      ),
    );
    expect(view.figures[0]?.value).toBe(expected);
    expect(figureLabel(view.figures[0]!, view, en)).toBe('People: Turned or taken back');
    expect(sumPeople(DEMO_FEATURES.filter(isLanded))).toBeGreaterThan(0);
  });

  it('counts the dead and the records of a dataset where nobody lands, deaths on land included', () => {
    const table = loadTestTable(
      [
        makeEventFeature({ outcome: 'lost_on_land', deaths: 12, people: null }),
        makeEventFeature({ outcome: 'lost_at_sea', deaths: 30, people: 60 }),
      ],
      null,
    );
    const view = makeHeadlineView(table, NO_FILTERS);
    expect(view.figures.map((f) => [f.id, f.value])).toEqual([
      ['deaths', 42],
      ['records', 2],
      ['people', 60],
    ]);
    expect(figureLabel(view.figures[0]!, view, createFormatters('en'))).toBe('Dead or missing');
    expect(findingText(view.finding, table, NO_FILTERS, createFormatters('en'))).toContain(
      '42 dead or missing',
    );
  });
});
