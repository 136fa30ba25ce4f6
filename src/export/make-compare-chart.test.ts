// The compared-series export: A dashed and B solid, hidden months as "< k" gaps with the axis scaled to
// the shown months, the footer naming both periods and the measure with the protection rule, and the
// CSV's monthly A/B rows.
import { describe, expect, it } from 'vitest';
import { makeCompareView, type CompareSeries } from '@/charts/compare-view';
import { parseIsoDay, epochDayToMonth, type EpochMonth } from '@/domain/epoch-day';
import { NO_FILTERS } from '@/domain/event-filters';
import { createFormatters } from '@/i18n/translate';
import { loadDemoTable } from '@/testing/load-demo-table';
import { findSvgElements, readSvgElements } from '@/testing/read-svg-elements';
import { chartFooter } from './chart-footer';
import { compareMonthRows } from './compare-month-rows';
import { makeExportChart } from './make-export-chart';
import { renderCompareSvg } from './render-compare-svg';

const en = createFormatters('en');
const id = createFormatters('id');
const month = (iso: string): EpochMonth => epochDayToMonth(parseIsoDay(`${iso}-01`));
const periods = {
  a: { startDay: parseIsoDay('2012-01-01'), endDay: parseIsoDay('2013-01-01') },
  b: { startDay: parseIsoDay('2013-01-01'), endDay: parseIsoDay('2014-01-01') },
};

function series(a: number[], b: number[]): CompareSeries {
  return {
    monthsA: { startMonth: month('2012-01'), endMonth: month('2012-04') },
    monthsB: { startMonth: month('2013-01'), endMonth: month('2013-04') },
    a,
    b,
    scope: 'interceptions',
  };
}

const options = (k: number) => ({
  formatNumber: en.formatNumber,
  monthLabel: (n: number) => `Month ${n}`,
  nameA: 'A',
  nameB: 'B',
  smallCountK: k,
  widthPx: 300,
  heightPx: 150,
});

describe('renderCompareSvg', () => {
  const s = series([10, 3, 12], [20, 2, 30]);

  it('draws A dashed and B solid through every month when protection is off', () => {
    const root = readSvgElements(renderCompareSvg(s, options(0)).svg);
    const [a, b] = findSvgElements(root, 'path');
    expect(a?.attrs['stroke-dasharray']).toBe('5 3');
    expect(b?.attrs['stroke-dasharray']).toBeUndefined();
    // One move and two lines each.
    expect(a?.attrs.d?.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
    expect(b?.attrs.d?.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
    expect(findSvgElements(root, 'g').filter((g) => 'data-hidden' in g.attrs)).toHaveLength(0);
  });

  it('leaves a "< k" gap at each hidden month, with the axis scaled to the shown months', () => {
    const root = readSvgElements(renderCompareSvg(s, options(5)).svg);
    const [a, b] = findSvgElements(root, 'path');
    // The pen lifts at month 2 of each line: two separate points or segments.
    expect(a?.attrs.d?.match(/[ML]/g)).toEqual(['M', 'M']);
    expect(b?.attrs.d?.match(/[ML]/g)).toEqual(['M', 'M']);
    const hidden = findSvgElements(root, 'g').filter((g) => 'data-hidden' in g.attrs);
    expect(hidden.map((g) => [g.attrs['data-hidden'], g.attrs['data-month']])).toEqual([
      ['a', '2'],
      ['b', '2'],
    ]);
    const texts = findSvgElements(root, 'text').map((t) => t.text);
    expect(texts.filter((t) => t === '< 5')).toHaveLength(2);
    // No label reads a hidden count (3 or 2); the axis top is 30, the largest shown month.
    expect(texts).not.toContain('3');
    expect(texts).not.toContain('2');
    expect(texts).toContain('30');
  });
});

describe('makeExportChart: compare', () => {
  const table = loadDemoTable();
  const input = (k: number, f = en) => ({
    table,
    filters: NO_FILTERS,
    measure: 'people' as const,
    split: 'route' as const,
    granularity: 'month' as const,
    f,
    smallCountK: k,
    comparePeriods: periods,
  });

  it('is built from the compare view: its summary totals, a legend for A and B, both periods named', () => {
    const view = makeCompareView(table, NO_FILTERS, periods, 'people');
    const chart = makeExportChart(input(0), 'compare')!;
    const total = (v: readonly number[]): number => v.reduce((s, x) => s + (Number.isFinite(x) ? x : 0), 0);
    expect(chart.title).toBe('Per month, A and B (people)');
    expect(chart.summary).toContain(`A: ${en.formatNumber(total(view.series.a))} people in 12 months`);
    expect(chart.legend.map((l) => l.label)).toEqual(['A (dashed): 2012', 'B (solid): 2013']);
    expect(chart.periodLine).toBe('Period A (reference): 2012 · Period B (compared): 2013 · Measure: people');
    expect(findSvgElements(readSvgElements(chart.svg), 'path')).toHaveLength(2);
  });

  it('states both periods, the measure and the protection rule in its footer', () => {
    const chart = makeExportChart(input(5), 'compare')!;
    const footer = chartFooter({ ...input(5), exportedAtMs: 0 }, chart.periodLine);
    expect(footer.some((l) => l.startsWith('Period A (reference): 2012'))).toBe(true);
    expect(footer.some((l) => l.startsWith('Small-count protection (k = 5)'))).toBe(true);
    const idChart = makeExportChart(input(5, id), 'compare')!;
    expect(idChart.periodLine).toContain('Periode A (acuan)');
  });

  it('falls back to the default periods (a year earlier) when the tab never set any', () => {
    const chart = makeExportChart({ ...input(0), comparePeriods: null }, 'compare');
    expect(chart?.legend).toHaveLength(2);
  });
});

describe('compareMonthRows', () => {
  const table = loadDemoTable();
  const k = 1000;
  const view = makeCompareView(table, NO_FILTERS, periods, 'people', k);
  const rows = compareMonthRows(view, en, { k, hiddenMark: '[c]' });

  it('writes month n of A beside month n of B, with their ISO months', () => {
    expect(rows[1]).toEqual(['Month', 'Month of A', 'A', 'Month of B', 'B']);
    expect(rows.slice(2).map((r) => [r[0], r[1], r[3]])).toEqual(
      Array.from({ length: 12 }, (_, i) => [
        i + 1,
        `2012-${String(i + 1).padStart(2, '0')}`,
        `2013-${String(i + 1).padStart(2, '0')}`,
      ]),
    );
  });

  it('writes a count below k as "< k" and the others exactly', () => {
    const cells = rows.slice(2).flatMap((r) => [r[2], r[4]]);
    const values = view.series.a.flatMap((a, i) => [a, view.series.b[i] ?? NaN]);
    // The demo holds months both below and above k = 1000.
    expect(values.some((v) => v > 0 && v < k)).toBe(true);
    expect(values.some((v) => v >= k)).toBe(true);
    values.forEach((v, i) => expect(cells[i]).toBe(v > 0 && v < k ? '< 1000' : v));
  });
});
