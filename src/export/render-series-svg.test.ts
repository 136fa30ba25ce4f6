// The series renderer on a hand-made view-model and on the demo data: columns and stacks in proportion to
// the values, gridlines at round numbers, labels escaped and isolated, the size asked for.
import { describe, expect, it } from 'vitest';
import type { SeriesView } from '@/charts/series-view';
import { makeSeriesView } from '@/charts/series-view';
import type { SeriesRow, SeriesStack } from '@/charts/to-series-rows';
import { epochDayToMonth, parseIsoDay, type EpochMonth } from '@/domain/epoch-day';
import { NO_FILTERS } from '@/domain/event-filters';
import { loadDemoTable } from '@/testing/load-demo-table';
import { findSvgElements, readSvgElements, type SvgNode } from '@/testing/read-svg-elements';
import { renderSeriesSvg, type SeriesSvgOptions } from './render-series-svg';

const JAN_2012 = epochDayToMonth(parseIsoDay('2012-01-01'));
const month = (offset: number): EpochMonth => (JAN_2012 + offset) as EpochMonth;

const stack = (i: number, key: string | null, total: number): SeriesStack => ({
  dataKey: `s${i}`,
  key,
  code: key === null ? -1 : i,
  total,
  members: key === null ? ['x', 'y'] : [],
});

/** Three months, two named stacks and "other"; the second month has no "other", the third is empty. */
function handView(): SeriesView {
  const rows: SeriesRow[] = [
    { startMonth: month(0), total: 70, s0: 40, s1: 20, s2: 10 },
    { startMonth: month(1), total: 130, s0: 100, s1: 30, s2: 0 },
    { startMonth: month(2), total: 0, s0: 0, s1: 0, s2: 0 },
  ];
  return {
    split: 'route',
    dimension: 'routes',
    granularity: 'month',
    measure: 'people',
    scope: 'interceptions',
    rows,
    stacks: [
      { stack: stack(0, 'r-a', 140), color: [49, 84, 145] },
      { stack: stack(1, 'r-b', 50), color: [140, 70, 50] },
      { stack: stack(2, null, 10), color: [160, 166, 170] },
    ],
    total: 200,
  };
}

const LABELS: Readonly<Record<string, string>> = { s0: 'Route <b>&', s1: 'Route B', s2: 'Other (2)' };
const options: SeriesSvgOptions = {
  stackLabel: (s) => LABELS[s.dataKey] ?? '',
  bucketLabel: (m) => `bucket ${m - JAN_2012}`,
  tickLabel: (m) => (m === JAN_2012 ? '2012' : ''),
  formatNumber: (v) => v.toLocaleString('en'),
  widthPx: 300,
  heightPx: 150,
};

const num = (node: SvgNode, name: string): number => Number(node.attrs[name]);
const columns = (root: SvgNode): SvgNode[] =>
  findSvgElements(root, 'g').filter((g) => 'data-bucket' in g.attrs);

describe('renderSeriesSvg', () => {
  it('under protection (k = 25) draws a hidden count as tall as k and titles it "< 25"', () => {
    // Month 0: s2 = 10 is hidden (drawn 25); month 1: s1 = 30 and s0 = 100 are shown.
    const protectedOptions = {
      ...options,
      smallCountK: 25,
      formatValue: (v: number) => (v > 0 && v < 25 ? '< 25' : String(v)),
    };
    const root = readSvgElements(renderSeriesSvg(handView(), protectedOptions).svg);
    const [first, second] = columns(root);
    const heights = (g: SvgNode | undefined): number[] => (g?.children ?? []).map((r) => num(r, 'height'));
    const perUnit = heights(second)[0]! / 100;
    // 40, 20 (hidden → 25), 10 (hidden → 25): the column is 90 tall, not 70.
    expect(heights(first).map((h) => Math.round(h / perUnit))).toEqual([40, 25, 25]);
    // Labels come isolated (FSI … PDI) from the renderer.
    expect(findSvgElements(first!, 'title').map((t) => t.text.replace(/[\u2068\u2069]/g, ''))).toEqual([
      'bucket 0 · Route <b>&: 40',
      'bucket 0 · Route B: < 25',
      'bucket 0 · Other (2): < 25',
    ]);
  });

  it('has the size asked for, one column per bucket and one rect per non-zero stack value', () => {
    const result = renderSeriesSvg(handView(), options);
    expect(result).toMatchObject({ widthPx: 300, heightPx: 150 });
    const root = readSvgElements(result.svg);
    expect(root.name).toBe('svg');
    expect(root.attrs).toMatchObject({ width: '300', height: '150', viewBox: '0 0 300 150' });
    const cols = columns(root);
    expect(cols.map((g) => g.attrs['data-bucket'])).toEqual([0, 1, 2].map((i) => String(month(i))));
    expect(cols.map((g) => g.children.length)).toEqual([3, 2, 0]);
    // Colours are the view's, bottom (largest) first.
    expect(cols[0]?.children.map((r) => r.attrs.fill)).toEqual([
      'rgb(49 84 145)',
      'rgb(140 70 50)',
      'rgb(160 166 170)',
    ]);
  });

  it('draws heights in proportion to values, stacked without gaps, each column as tall as its total', () => {
    const view = handView();
    const root = readSvgElements(renderSeriesSvg(view, options).svg);
    const rects = columns(root).flatMap((g) => g.children);
    const values = columns(root).flatMap((g, b) =>
      g.children.map((r) => view.rows[b]?.[r.attrs['data-stack'] as `s${number}`] ?? NaN),
    );
    const perUnit = num(rects[0]!, 'height') / values[0]!;
    expect(perUnit).toBeGreaterThan(0);
    rects.forEach((r, i) => expect(num(r, 'height')).toBeCloseTo(values[i]! * perUnit, 1));
    columns(root).forEach((g, b) => {
      const heights = g.children.map((r) => num(r, 'height'));
      expect(heights.reduce((a, h) => a + h, 0)).toBeCloseTo(view.rows[b]!.total * perUnit, 1);
      // Each stack sits on the one below it.
      for (let i = 1; i < g.children.length; i++) {
        const below = g.children[i - 1]!;
        const above = g.children[i]!;
        expect(num(above, 'y') + num(above, 'height')).toBeCloseTo(num(below, 'y'), 1);
        expect(above.attrs.x).toBe(below.attrs.x);
      }
    });
    // The tallest column (130) stays inside the chart, under a top gridline at a round number (150).
    const top = Math.min(...rects.map((r) => num(r, 'y')));
    expect(top).toBeGreaterThanOrEqual(0);
    const axis = findSvgElements(root, 'text').filter((t) => t.attrs['text-anchor'] === 'end');
    expect(axis.map((t) => t.text)).toEqual(['0', '50', '100', '150']);
    const lines = findSvgElements(root, 'line');
    expect(lines).toHaveLength(4);
    const zeroY = num(lines[0]!, 'y1');
    const topY = num(lines[3]!, 'y1');
    expect(zeroY - topY).toBeCloseTo(150 * perUnit, 1);
  });

  it('escapes labels and isolates the names in tooltips; shows only the ticks it is given', () => {
    const { svg } = renderSeriesSvg(handView(), options);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Route &lt;b&gt;&amp;');
    const root = readSvgElements(svg);
    const titles = findSvgElements(root, 'title').map((t) => t.text);
    expect(titles).toContain('bucket 0 · \u2068Route <b>&\u2069: 40');
    const ticks = findSvgElements(root, 'text').filter((t) => t.attrs['text-anchor'] === 'middle');
    expect(ticks.map((t) => t.text)).toEqual(['2012']);
    expect(svg).not.toContain('style=');
  });

  it('drops tick labels that would overlap the one before', () => {
    const { svg } = renderSeriesSvg(handView(), {
      ...options,
      widthPx: 120,
      tickLabel: (m) => `A long label ${m - JAN_2012}`,
    });
    const ticks = findSvgElements(readSvgElements(svg), 'text').filter(
      (t) => t.attrs['text-anchor'] === 'middle',
    );
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.length).toBeLessThan(3);
  });

  it('draws the demo series: 84 monthly columns whose heights add up to the total', () => {
    const view = makeSeriesView(loadDemoTable(), NO_FILTERS, {
      split: 'nationality',
      granularity: 'month',
      measure: 'people',
    });
    const root = readSvgElements(renderSeriesSvg(view, { ...options, widthPx: 480, heightPx: 200 }).svg);
    const cols = columns(root);
    expect(cols).toHaveLength(view.rows.length);
    expect(cols).toHaveLength(84);
    const tallest = view.rows.reduce(
      (best, row, i) => (row.total > (view.rows[best]?.total ?? 0) ? i : best),
      0,
    );
    const heightOf = (g: SvgNode): number => g.children.reduce((a, r) => a + num(r, 'height'), 0);
    const perUnit = heightOf(cols[tallest]!) / view.rows[tallest]!.total;
    const drawn = cols.reduce((a, g) => a + heightOf(g), 0) / perUnit;
    expect(drawn / view.total).toBeCloseTo(1, 3);
    cols.forEach((g, b) => expect(heightOf(g)).toBeCloseTo(view.rows[b]!.total * perUnit, 0));
  });
});
