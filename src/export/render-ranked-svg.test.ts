// The ranked renderer on a hand-made view-model and on the demo data: bar lengths in proportion to the
// values, value labels, faded bars when keys are ticked, labels escaped, truncated and isolated, sizes.
import { describe, expect, it } from 'vitest';
import { makeRankedViews, type RankedView } from '@/charts/ranked-views';
import type { RankedRow } from '@/charts/to-ranked-rows';
import { NO_FILTERS } from '@/domain/event-filters';
import { loadDemoTable } from '@/testing/load-demo-table';
import { findSvgElements, readSvgElements, type SvgNode } from '@/testing/read-svg-elements';
import { renderRankedSvg, type RankedSvgOptions } from './render-ranked-svg';

const LONG = 'Pelabuhan Ratu, West Java, Indonesia';

function handView(): RankedView {
  const rows: RankedRow[] = [
    { key: 'a', code: 0, value: 120, share: 0.6, members: 1 },
    { key: '<b>&', code: 1, value: 60, share: 0.3, members: 1 },
    { key: LONG, code: 2, value: 15, share: 0.075, members: 1 },
    { key: null, code: -1, value: 5, share: 0.025, members: 4 },
  ];
  return {
    id: 'embarkation',
    dimension: 'sites',
    ranked: { rows, total: 200 },
    measure: 'people',
    colorOf: (code) => [code * 10, 114, 178],
  };
}

const options: RankedSvgOptions = {
  rowLabel: (row) => (row.key === null ? `Other (${row.members})` : row.key),
  formatNumber: (v) => v.toLocaleString('en'),
  ticked: [],
  widthPx: 400,
};

const num = (node: SvgNode, name: string): number => Number(node.attrs[name]);
const bars = (root: SvgNode): SvgNode[] => findSvgElements(root, 'rect');
const texts = (root: SvgNode, anchor: string): SvgNode[] =>
  findSvgElements(root, 'text').filter((t) => t.attrs['text-anchor'] === anchor);

describe('renderRankedSvg', () => {
  it('draws one bar per row, lengths in proportion to the values, the largest filling the chart', () => {
    const view = handView();
    const result = renderRankedSvg(view, options);
    const root = readSvgElements(result.svg);
    const rects = bars(root);
    expect(rects).toHaveLength(4);
    const perUnit = num(rects[0]!, 'width') / 120;
    rects.forEach((r, i) => expect(num(r, 'width')).toBeCloseTo(view.ranked.rows[i]!.value * perUnit, 1));
    // The largest bar ends where the room for its value label begins.
    expect(num(rects[0]!, 'x') + num(rects[0]!, 'width')).toBeCloseTo(400 - 52, 1);
    // Bars go down in order without overlapping.
    for (let i = 1; i < rects.length; i++)
      expect(num(rects[i]!, 'y')).toBeGreaterThanOrEqual(
        num(rects[i - 1]!, 'y') + num(rects[i - 1]!, 'height'),
      );
    expect(texts(root, 'start').map((t) => t.text)).toEqual(['120', '60', '15', '5']);
    expect(rects.map((r) => r.attrs.fill)).toEqual([
      'rgb(0 114 178)',
      'rgb(10 114 178)',
      'rgb(20 114 178)',
      'rgb(160 166 170)', // "other"
    ]);
  });

  it('is as wide as asked and 22 px per bar (plus 8) unless a height is given', () => {
    const auto = renderRankedSvg(handView(), options);
    expect(auto).toMatchObject({ widthPx: 400, heightPx: 4 * 22 + 8 });
    expect(readSvgElements(auto.svg).attrs).toMatchObject({ width: '400', height: '96' });
    const tall = renderRankedSvg(handView(), { ...options, widthPx: 500, heightPx: 300 });
    expect(tall).toMatchObject({ widthPx: 500, heightPx: 300 });
    const root = readSvgElements(tall.svg);
    expect(root.attrs.viewBox).toBe('0 0 500 300');
    const last = bars(root).at(-1)!;
    expect(num(last, 'y') + num(last, 'height')).toBeLessThanOrEqual(300);
    expect(num(last, 'y') + num(last, 'height')).toBeGreaterThan(280);
  });

  it('fades every bar but the ticked ones ("other" included); none faded when nothing is ticked', () => {
    const opacity = (ticked: readonly string[]): (string | undefined)[] =>
      bars(readSvgElements(renderRankedSvg(handView(), { ...options, ticked }).svg)).map(
        (r) => r.attrs['fill-opacity'],
      );
    expect(opacity([])).toEqual([undefined, undefined, undefined, undefined]);
    expect(opacity(['<b>&'])).toEqual(['0.35', undefined, '0.35', '0.35']);
    expect(opacity(['a', LONG])).toEqual([undefined, '0.35', undefined, '0.35']);
  });

  it('escapes, truncates (full label as its title) and bidi-isolates the labels', () => {
    const { svg } = renderRankedSvg(handView(), options);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;&amp;');
    const labels = texts(readSvgElements(svg), 'end');
    expect(labels.map((t) => t.text)).toEqual(['a', '<b>&', 'Pelabuhan Ratu, We…', 'Other (4)']);
    expect(labels.every((t) => t.attrs['unicode-bidi'] === 'isolate')).toBe(true);
    expect(labels[2]?.children.map((c) => [c.name, c.text])).toEqual([['title', LONG]]);
    const barTitles = bars(readSvgElements(svg)).map((r) => r.children[0]?.text);
    expect(barTitles[1]).toBe('\u2068<b>&\u2069: 60');
  });

  it('draws the demo nationalities: one bar per ranked row, in proportion', () => {
    const { nationalities } = makeRankedViews(loadDemoTable(), NO_FILTERS);
    const rows = nationalities.ranked.rows;
    expect(rows.length).toBeGreaterThan(2);
    const root = readSvgElements(renderRankedSvg(nationalities, options).svg);
    const rects = bars(root);
    expect(rects).toHaveLength(rows.length);
    const max = Math.max(...rows.map((r) => r.value));
    const perUnit = Math.max(...rects.map((r) => num(r, 'width'))) / max;
    rects.forEach((r, i) => expect(num(r, 'width')).toBeCloseTo(rows[i]!.value * perUnit, 1));
  });
});
