// The line under the title of a pre-aggregated dataset, in both languages; none for single records.
import { describe, expect, it } from 'vitest';
import { parseEventsValue } from '@/data/parse-events';
import type { EventTable } from '@/domain/event-table';
import { createFormatters } from '@/i18n/translate';
import { aggregationText } from './aggregation-line';

function table(records: readonly number[], metadata: Record<string, unknown>): EventTable {
  const outcome = parseEventsValue(
    {
      type: 'FeatureCollection',
      metadata: { formatVersion: 1, ...metadata },
      features: records.map((n, i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [105, -10] },
        properties: { id: `a${i}`, kind: 'departure', date: '2013-05', route: 'r', site: 'S', records: n },
      })),
    },
    { fileName: 'x', routes: null },
  );
  if (!outcome.ok) throw new Error('fixture');
  return outcome.table;
}

const aggregation = { by: ['date', 'site', 'route'], period: 'month', sourceRecords: 1234567 };

describe('aggregationText', () => {
  it('states the period, the fields and the records behind the rows', () => {
    const t = table([3, 4], { aggregation });
    expect(aggregationText(t, createFormatters('en'))).toBe(
      'Pre-aggregated by month and \u2068site\u2069, \u2068route\u2069: 1,234,567 source records in 2 rows. Record counts are sums; positions are group means.',
    );
    expect(aggregationText(t, createFormatters('id'))).toContain('Data teragregasi per bulan');
  });

  it('says the rows are weighted when the metadata does not say how', () => {
    expect(aggregationText(table([3, 4], {}), createFormatters('en'))).toBe(
      'Weighted rows: 7 source records in 2 rows. Record counts are sums.',
    );
  });

  it('says nothing for single records', () => {
    expect(aggregationText(table([1, 1], {}), createFormatters('en'))).toBeNull();
  });
});
