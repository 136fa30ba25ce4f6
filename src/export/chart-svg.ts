// A chart as a standalone SVG document: title and summary above, the chart (a serialized recharts <svg>),
// its legend as swatches, and source and export lines below. Text only through escaped XML. Pure.

export interface ChartLegendItem {
  readonly label: string;
  /** A CSS colour ("rgb(49 84 145)"). */
  readonly color: string;
}

export interface ChartSvgParts {
  /** The chart's own <svg> element, serialized, with its styles inlined as attributes. */
  readonly chartSvg: string;
  readonly chartWidthPx: number;
  readonly chartHeightPx: number;
  readonly title: string;
  /** One sentence under the title ('' for none). */
  readonly summary: string;
  readonly legend: readonly ChartLegendItem[];
  /** "ILLUSTRATIVE DATA", or null. */
  readonly illustrative: string | null;
  /** Source, filters and export lines. */
  readonly footer: readonly string[];
  readonly fontFamily: string;
}

export interface ChartSvg {
  readonly svg: string;
  readonly widthPx: number;
  readonly heightPx: number;
}

const PAD = 12;
const MIN_WIDTH = 360;
/** Average glyph width as a share of the font size, for wrapping without a layout engine. */
const GLYPH = 0.56;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Wraps by estimated width (characters × GLYPH × size). */
function wrap(text: string, widthPx: number, sizePx: number): string[] {
  const perLine = Math.max(10, Math.floor(widthPx / (sizePx * GLYPH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function makeChartSvg(parts: ChartSvgParts): ChartSvg {
  const width = Math.max(MIN_WIDTH, Math.round(parts.chartWidthPx) + 2 * PAD);
  const inner = width - 2 * PAD;
  const out: string[] = [];
  const text = (x: number, y: number, size: number, fill: string, value: string, weight = 400): void => {
    out.push(
      `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" dominant-baseline="hanging">${escapeXml(value)}</text>`,
    );
  };
  let y = PAD;
  const badgeWidth = parts.illustrative === null ? 0 : Math.round(parts.illustrative.length * 11 * 0.6 + 12);
  if (parts.illustrative !== null) {
    const x = width - PAD - badgeWidth;
    out.push(
      `<rect x="${x}" y="${y}" width="${badgeWidth}" height="19" rx="3" fill="#fff1d6" stroke="#e6b35c"/>`,
    );
    text(x + 6, y + 4, 11, '#7a4b00', parts.illustrative, 700);
  }
  for (const line of wrap(parts.title, inner - badgeWidth - PAD, 15)) {
    text(PAD, y, 15, '#1d2731', line, 600);
    y += 20;
  }
  for (const line of parts.summary === '' ? [] : wrap(parts.summary, inner, 12)) {
    text(PAD, y, 12, '#55636f', line);
    y += 16;
  }
  y += 6;
  out.push(`<g transform="translate(${PAD} ${y})">${parts.chartSvg}</g>`);
  y += Math.round(parts.chartHeightPx) + 8;
  // Legend: swatch and label, left to right, wrapping by estimated width; a label wider than the
  // chart gets rows of its own.
  let x = PAD;
  for (const item of parts.legend) {
    const itemWidth = Math.round(16 + item.label.length * 12 * GLYPH + 14);
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += 18;
    }
    out.push(`<rect x="${x}" y="${y + 1}" width="11" height="11" fill="${escapeXml(item.color)}"/>`);
    if (itemWidth <= inner) {
      text(x + 16, y, 12, '#1d2731', item.label);
      x += itemWidth;
      continue;
    }
    const lines = wrap(item.label, inner - 16, 12);
    lines.forEach((line, i) => text(x + 16, y + i * 16, 12, '#1d2731', line));
    y += (lines.length - 1) * 16;
    x = width; // the next item starts a new row
  }
  if (parts.legend.length > 0) y += 22;
  parts.footer.forEach((line, i) => {
    for (const part of wrap(line, inner, 11)) {
      text(PAD, y, 11, i === 0 ? '#1d2731' : '#55636f', part);
      y += 14;
    }
  });
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(parts.fontFamily)}">` +
    `<title>${escapeXml(parts.title)}</title>` +
    (parts.summary === '' ? '' : `<desc>${escapeXml(parts.summary)}</desc>`) +
    `<rect width="100%" height="100%" fill="#ffffff"/>${out.join('')}</svg>`;
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, widthPx: width, heightPx: height };
}
