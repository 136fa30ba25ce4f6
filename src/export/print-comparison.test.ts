// The printed comparison on a hand-made table: figures with their difference and change, the lists that
// have rows, and a small count hidden with its difference.
import { describe, expect, it } from 'vitest';
import { makeCompareView } from '@/charts/compare-view';
import { NO_FILTERS } from '@/domain/event-filters';
import { parseIsoDay, type EpochDay } from '@/domain/epoch-day';
import { createFormatters } from '@/i18n/translate';
import { loadDemoTable } from '@/testing/load-demo-table';
import { demoHeadlineOf } from '@/testing/demo-oracle';
import { makePrintComparison, PRINT_LIST_ROWS } from './print-comparison';

const range = (from: string, to: string): { startDay: EpochDay; endDay: EpochDay } => ({
  startDay: parseIsoDay(from),
  endDay: (parseIsoDay(to) + 1) as EpochDay,
});

describe('makePrintComparison', () => {
  const table = loadDemoTable();
  const f = createFormatters('en');
  const periods = { a: range('2012-01-01', '2012-12-31'), b: range('2013-01-01', '2013-12-31') };

  it('prints A, B, the difference and the change of each key figure, equal to the file', () => {
    const printed = makePrintComparison(makeCompareView(table, NO_FILTERS, periods, 'people', 0), table, f);
    expect(printed.periods).toBe('A: 2012 · B: 2013');
    const landed = printed.figures.find((row) => row.name.startsWith('People landed'));
    const a = demoHeadlineOf('t=2012-01-01..2012-12-31').landedPeople;
    const b = demoHeadlineOf('t=2013-01-01..2013-12-31').landedPeople;
    expect(landed?.a).toBe(a.toLocaleString('en'));
    expect(landed?.b).toBe(b.toLocaleString('en'));
    expect(landed?.difference).toBe(`${b - a >= 0 ? '+' : '−'}${Math.abs(b - a).toLocaleString('en')}`);
    expect(printed.lists.length).toBeGreaterThan(0);
    for (const list of printed.lists) {
      expect(list.rows.length).toBeGreaterThan(0);
      expect(list.rows.length).toBeLessThanOrEqual(PRINT_LIST_ROWS);
    }
  });

  it('hides a small count and its difference under protection', () => {
    const k = 1_000_000;
    const printed = makePrintComparison(makeCompareView(table, NO_FILTERS, periods, 'people', k), table, f);
    const deaths = printed.figures.find((row) => row.name.startsWith('Dead'));
    expect(deaths?.a).toMatch(/^< /);
    expect(deaths?.difference).toBe('—');
  });
});
