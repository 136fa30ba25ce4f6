// Markup pieces shared by the SVG chart renderers: a <text> element whose content is always escaped, and
// coordinates written with at most two decimals. Pure.
import { escapeXml } from './chart-svg';

export interface SvgTextOptions {
  readonly sizePx: number;
  readonly fill: string;
  readonly anchor?: 'start' | 'middle' | 'end';
  /** Full text shown as a tooltip (e.g. when the drawn text is truncated). */
  readonly title?: string;
  /**
   * Text from a file (a site or route name): its direction is isolated from the text around it, so a
   * right-to-left name cannot reorder the numbers beside it. A presentation attribute, not style="".
   */
  readonly isolate?: boolean;
}

/** A coordinate or length in px, rounded to 0.01 px (keeps files small and diffs stable). */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A <text> at (x, y) centred vertically on y (dy 0.35em, which every SVG rasterizer honours). */
export function svgText(x: number, y: number, text: string, options: SvgTextOptions): string {
  const anchor = options.anchor ?? 'start';
  const bidi = options.isolate === true ? ' unicode-bidi="isolate"' : '';
  const title = options.title === undefined ? '' : `<title>${escapeXml(options.title)}</title>`;
  return (
    `<text x="${px(x)}" y="${px(y)}" dy="0.35em" font-size="${options.sizePx}" fill="${escapeXml(options.fill)}"` +
    ` text-anchor="${anchor}"${bidi}>${title}${escapeXml(text)}</text>`
  );
}
