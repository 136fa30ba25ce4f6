import { describe, expect, it } from 'vitest';
import { escapeXml, makeChartSvg } from './chart-svg';

const parts = {
  chartSvg:
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><rect width="10" height="10"/></svg>',
  chartWidthPx: 300,
  chartHeightPx: 120,
  title: 'People per <month> & "more"',
  summary: 'Jan 2008 – Dec 2014: 51,953 people',
  legend: [
    { label: 'Java – Christmas Island', color: 'rgb(49, 84, 145)' },
    { label: 'Other (3)', color: 'rgb(150, 150, 150)' },
  ],
  illustrative: 'Illustrative data',
  footer: ['Source: Test & co', 'Exported 2026-11-28T00:00:00Z (UTC) from Lintas'],
  fontFamily: 'system-ui, "Segoe UI", sans-serif',
};

describe('makeChartSvg', () => {
  it('escapes text and attributes', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    const { svg } = makeChartSvg(parts);
    expect(svg).toContain('People per &lt;month&gt; &amp;');
    expect(svg).toContain('&quot;more&quot;');
    expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;, sans-serif"');
    expect(svg).not.toContain('<month>');
    // The whole title (wrapped on the drawing) is the document's <title>.
    expect(svg).toContain('<title>People per &lt;month&gt; &amp; &quot;more&quot;</title>');
  });

  it('holds the chart, its legend, the illustrative label and the footer, with a size', () => {
    const result = makeChartSvg(parts);
    expect(
      result.svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(result.svg).toContain(parts.chartSvg);
    expect(result.svg).toContain('Java – Christmas Island');
    expect(result.svg).toContain('Illustrative data');
    expect(result.svg).toContain('Source: Test &amp; co');
    expect(result.widthPx).toBe(360); // the minimum width
    expect(result.heightPx).toBeGreaterThan(120 + 40);
    expect(result.svg).toContain(`width="${result.widthPx}" height="${result.heightPx}"`);
    // Balanced elements: every <text> and <g> is closed.
    expect(result.svg.match(/<text /g)?.length).toBe(result.svg.match(/<\/text>/g)?.length);
    expect(result.svg.match(/<g /g)?.length).toBe(result.svg.match(/<\/g>/g)?.length);
  });
});

describe('makeChartSvg legend', () => {
  it('gives a label wider than the chart rows of its own', () => {
    const long = 'Tehran – Malacca Strait – Sumatra – Java – Christmas Island, and on and on';
    const { svg } = makeChartSvg({
      ...parts,
      legend: [
        { label: long, color: 'red' },
        { label: 'B', color: 'blue' },
      ],
    });
    const lines = [...svg.matchAll(/<text x="28" y="(\d+)"[^>]*>([^<]*)<\/text>/g)];
    expect(lines.length).toBeGreaterThanOrEqual(3); // two rows of the long label, then B on the next row
    expect(lines.map((m) => m[2]).join(' ')).toContain('Tehran – Malacca Strait');
    const ys = lines.map((m) => Number(m[1]));
    expect(new Set(ys).size).toBe(ys.length);
  });
});
