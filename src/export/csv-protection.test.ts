// Small-count protection of the CSV export, on a tiny table: small counts become "< k", the site table
// gets complementary suppression so that a hidden count cannot be worked out from the shown totals, the
// rule is stated in the header, and the comparison of two periods is appended.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { aggregateRows } from '@/domain/aggregate-rows';
import { parseIsoDay } from '@/domain/epoch-day';
import { NO_FILTERS } from '@/domain/event-filters';
import { filterEvents } from '@/domain/filter-events';
import { createFormatters } from '@/i18n/translate';
import { makeCompareView } from '@/charts/compare-view';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { makeAggregatesCsv } from './make-aggregates-csv';

const en = createFormatters('en');
const ev = (date: string, people: number, site: string, outcome = 'landed') =>
  makeEventFeature({ date, people, site, outcome, nationalities: [{ code: 'AFG', people }] });

// Christmas Island: 60 landed and 40 rescued; Ashmore Reef: 2 landed (a small count) and 30 rescued.
const table = loadTestTable([
  ev('2011-05-01', 60, 'Christmas Island'),
  ev('2012-05-01', 40, 'Christmas Island', 'rescued'),
  ev('2012-06-01', 2, 'Ashmore Reef'),
  ev('2012-06-02', 30, 'Ashmore Reef', 'rescued'),
]);
const aggregates = aggregateRows(table, filterEvents(table, NO_FILTERS), NO_FILTERS);
const info = { filters: NO_FILTERS, exportedAtMs: Date.UTC(2026, 0, 1) };

function rowsOf(text: string): string[][] {
  return Papa.parse<string[]>(text.trim()).data;
}

function section(rows: readonly string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r[0] === title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
  return rows.slice(start, end < 0 ? undefined : end);
}

describe('makeAggregatesCsv under small-count protection', () => {
  const protection = { k: 5, hiddenMark: '[c]' };
  const rows = rowsOf(makeAggregatesCsv(table, aggregates, info, en, { protection }));
  const sites = section(rows, 'Per site');
  const head = sites[1] ?? [];
  const col = (name: string): number => head.indexOf(name);
  const site = (name: string): string[] => sites.find((r) => r[0] === name) ?? [];

  it('writes a small count as "< k" and states the rule in the header', () => {
    expect(site('Ashmore Reef')[col('Landed: people')]).toBe('< 5');
    const rule = rows.find((r) => r[0] === 'Small-count protection');
    expect(rule?.[1]).toContain('from 1 to 4 are written "< 5"');
  });

  it('hides enough other cells that the small count cannot be recovered by subtraction', () => {
    const landedTotal = section(rows, 'Headline totals').find((r) => r[0] === 'Landed') ?? [];
    const shown = (cell: string | undefined): number | null =>
      cell === undefined || cell === '< 5' || cell === '[c]' ? null : Number(cell);
    // Recovery 1: the site's people (row total) minus its other outcomes.
    const ashmore = site('Ashmore Reef');
    const rowTotal = shown(ashmore[col('People (all records)')]);
    const rescued = shown(ashmore[col('Rescued at sea: people')]);
    expect(rowTotal === null || rescued === null).toBe(true);
    // Recovery 2: the landed total minus the other sites' landed people.
    const landedAll = shown(landedTotal[1]);
    const christmas = shown(site('Christmas Island')[col('Landed: people')]);
    expect(landedAll === null || christmas === null).toBe(true);
  });

  it('leaves the output unchanged when protection is off', () => {
    const plain = rowsOf(makeAggregatesCsv(table, aggregates, info, en));
    const plainSites = section(plain, 'Per site');
    expect(plainSites.find((r) => r[0] === 'Ashmore Reef')?.[col('Landed: people')]).toBe('2');
    expect(plain.some((r) => r[0] === 'Small-count protection')).toBe(false);
  });

  it('appends the two periods compared, with the change hidden where a small count would show', () => {
    const periods = {
      a: { startDay: parseIsoDay('2011-01-01'), endDay: parseIsoDay('2012-01-01') },
      b: { startDay: parseIsoDay('2012-01-01'), endDay: parseIsoDay('2013-01-01') },
    };
    const comparison = makeCompareView(table, NO_FILTERS, periods, 'people', 5);
    const compared = section(
      rowsOf(makeAggregatesCsv(table, aggregates, info, en, { protection, comparison })),
      'Comparison of two periods',
    );
    expect(compared[1]).toEqual(['Period A (reference)', '2011-01-01..2011-12-31']);
    expect(compared[2]).toEqual(['Period B (compared)', '2012-01-01..2012-12-31']);
    // Landed people: 60 in A, 2 in B (hidden, and with it the difference and change).
    const landed = compared.find((r) => r[0] === 'People landed') ?? [];
    expect(landed.slice(1)).toEqual(['60', '< 5', '[c]', '', '']);
    // Rescued: 0 in A, 70 in B. B's interceptions (72) are shown elsewhere, so 70 would give the 2 landed
    // away by subtraction: it is hidden as well (complementary suppression), and so is its change.
    expect(compared.find((r) => r[0] === 'People rescued at sea')?.slice(1)).toEqual([
      '0',
      '[c]',
      '[c]',
      '',
      '',
    ]);
    const plainCompared = section(
      rowsOf(
        makeAggregatesCsv(table, aggregates, info, en, {
          comparison: makeCompareView(table, NO_FILTERS, periods, 'people'),
        }),
      ),
      'Comparison of two periods',
    );
    expect(plainCompared.find((r) => r[0] === 'People rescued at sea')?.slice(1)).toEqual([
      '0',
      '70',
      '70',
      '',
      'new in B',
    ]);
    expect(plainCompared.find((r) => r[0] === 'People landed')?.slice(1)).toEqual([
      '60',
      '2',
      '-58',
      '-96.7',
      'down',
    ]);
  });
});
