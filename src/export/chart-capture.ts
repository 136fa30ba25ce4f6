// The Overview's charts read from the page (found by data-testid): the recharts <svg> cloned with the
// computed styles that matter inlined as presentation attributes (an SVG file has no stylesheet; no
// style="" so a strict CSP has nothing to object to), its title, summary and legend. Browser only.
import type { ChartLegendItem } from './chart-svg';

export const CHART_IDS = ['series', 'nationalities', 'embarkation', 'interception'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** data-testids of each chart's section and frame (see charts/series-section.tsx, ranked-section.tsx). */
const CHART_TEST_IDS: Readonly<Record<ChartId, { section: string; frame: string }>> = {
  series: { section: 'series-section', frame: 'series-chart' },
  nationalities: { section: 'ranked-nationalities', frame: 'ranked-nationalities-chart' },
  embarkation: { section: 'ranked-embarkation', frame: 'ranked-embarkation-chart' },
  interception: { section: 'ranked-interception', frame: 'ranked-interception-chart' },
};

/** Inherited CSS properties copied to attributes where they differ from the parent's. */
const INHERITED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

export interface CapturedChart {
  readonly id: ChartId;
  readonly title: string;
  readonly summary: string;
  readonly legend: readonly ChartLegendItem[];
  /** Serialized <svg> with styles inlined. */
  readonly svg: string;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** The chart's live <svg>, or null when it is not on the page (another tab, or no bars). */
export function findChartSvg(id: ChartId, root: ParentNode = document): SVGSVGElement | null {
  const frame = root.querySelector(`[data-testid="${CHART_TEST_IDS[id].frame}"]`);
  return frame?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;
}

/**
 * Copies what the stylesheet did to `live` onto `copy` as presentation attributes: inherited properties
 * where they differ from the parent (all of them on the root), opacity and display where set.
 */
function inlineStyles(live: Element, copy: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(live);
  if (style.display === 'none') copy.setAttribute('display', 'none');
  if (style.opacity !== '1') copy.setAttribute('opacity', style.opacity);
  for (const property of INHERITED_PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (value !== '' && (parent === null || value !== parent.getPropertyValue(property)))
      copy.setAttribute(property, value);
  }
  copy.removeAttribute('style');
  const liveChildren = live.children;
  const copyChildren = copy.children;
  for (let i = 0; i < liveChildren.length; i++) {
    const a = liveChildren[i];
    const b = copyChildren[i];
    if (a && b) inlineStyles(a, b, style);
  }
}

export function captureChart(id: ChartId, root: ParentNode = document): CapturedChart | null {
  const svg = findChartSvg(id, root);
  const section = root.querySelector(`[data-testid="${CHART_TEST_IDS[id].section}"]`);
  if (svg === null || section === null) return null;
  const box = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy, null);
  // Hover-only parts (the tooltip cursor) and the page's focus handling are not part of the chart.
  for (const cursor of copy.querySelectorAll('.recharts-tooltip-cursor')) cursor.remove();
  for (const element of [copy, ...copy.querySelectorAll('[tabindex]')]) {
    element.removeAttribute('tabindex');
    element.removeAttribute('role');
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  const legend: ChartLegendItem[] = [];
  for (const item of section.querySelectorAll('.chart-legend li')) {
    const swatch = item.querySelector('.swatch');
    legend.push({
      label: item.textContent?.trim() ?? '',
      color: swatch ? getComputedStyle(swatch).backgroundColor : '#888888',
    });
  }
  return {
    id,
    title: section.querySelector('h3')?.textContent?.trim() ?? '',
    summary: section.querySelector('.chart-summary')?.textContent?.trim() ?? '',
    legend,
    svg: new XMLSerializer().serializeToString(copy),
    widthPx: box.width,
    heightPx: box.height,
  };
}

/** PNG of an SVG document, drawn at `scale` on a white canvas (a data: URL image, no network). */
export async function svgToPng(svg: string, widthPx: number, heightPx: number, scale: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(widthPx * scale);
  canvas.height = Math.round(heightPx * scale);
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))),
      'image/png',
    );
  });
}
