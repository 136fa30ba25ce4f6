// The current view as one image: a header (title, illustrative label, time window, filters), the map's
// canvases copied from the page in paint order (MapLibre's, then deck.gl's), the scale bar, a compact
// legend and the source lines, all drawn with canvas text. Browser only.
//
// The map is read from the DOM: its WebGL canvases are painted again by `renderNow` (the map registers it)
// right before they are copied, in the same task, so no canvas keeps `preserveDrawingBuffer` on every
// frame. At 2× and 3× the map is enlarged from the screen canvas (sharp where the screen's
// devicePixelRatio already matches); text and legend are drawn at full resolution.
import { renderNow } from '@/lib/render-now';
import { OUTCOME_COLORS } from '@/theme/palette';
import { OUTCOME_SHAPES, traceShape } from '@/map/symbol-shapes';
import type { ViewFrame } from './view-frame';
import { limitLines, wrapText } from './wrap-text';

export interface ComposeOptions {
  /** Output pixels per CSS pixel of the map (1, 2 or 3). */
  readonly scale: number;
  /** False leaves out the title block (the print sheet has its own). */
  readonly header: boolean;
  readonly fontFamily: string;
}

const PAD = 12;
const INK = '#1d2731';
const MUTED = '#55636f';
const LINE = '#d5dde3';
const BADGE_FILL = '#fff1d6';
const BADGE_INK = '#7a4b00';
const BADGE_LINE = '#e6b35c';
const MAX_SOURCE_LINES = 3;

interface Painter {
  readonly ctx: CanvasRenderingContext2D;
  /** False while measuring the height (nothing is drawn). */
  readonly draw: boolean;
  readonly width: number;
  readonly family: string;
}

function font(p: Painter, sizePx: number, weight = 400): void {
  p.ctx.font = `${weight} ${sizePx}px ${p.family}`;
}

/** Draws wrapped text from y (top), returns the y below it. */
function paragraph(p: Painter, text: string, y: number, sizePx: number, color: string, maxLines = 8): number {
  font(p, sizePx);
  const lineHeight = Math.round(sizePx * 1.35);
  const lines = limitLines(
    wrapText(text, p.width - 2 * PAD, (s) => p.ctx.measureText(s).width),
    maxLines,
  );
  if (p.draw) {
    p.ctx.fillStyle = color;
    p.ctx.textBaseline = 'top';
    lines.forEach((line, i) => p.ctx.fillText(line, PAD, y + i * lineHeight));
  }
  return y + lines.length * lineHeight;
}

/** A label in the amber "illustrative" style; returns its width. */
function badge(p: Painter, text: string, right: number, y: number, sizePx: number): number {
  font(p, sizePx, 700);
  const width = p.ctx.measureText(text).width + 12;
  const height = sizePx + 8;
  if (p.draw) {
    const x = right - width;
    p.ctx.fillStyle = BADGE_FILL;
    p.ctx.strokeStyle = BADGE_LINE;
    p.ctx.lineWidth = 1;
    p.ctx.beginPath();
    p.ctx.roundRect(x, y, width, height, 3);
    p.ctx.fill();
    p.ctx.stroke();
    p.ctx.fillStyle = BADGE_INK;
    p.ctx.textBaseline = 'middle';
    p.ctx.fillText(text, x + 6, y + height / 2 + 0.5);
  }
  return width;
}

function header(p: Painter, frame: ViewFrame, y0: number): number {
  let y = y0;
  const badgeWidth = frame.illustrative === null ? 0 : badge(p, frame.illustrative, p.width - PAD, y, 12);
  font(p, 18, 600);
  const titleLines = limitLines(
    wrapText(frame.title, p.width - 3 * PAD - badgeWidth, (s) => p.ctx.measureText(s).width),
    2,
  );
  if (p.draw) {
    p.ctx.fillStyle = INK;
    p.ctx.textBaseline = 'top';
    titleLines.forEach((line, i) => p.ctx.fillText(line, PAD, y + i * 24));
  }
  y += titleLines.length * 24 + 4;
  for (const line of frame.lines) y = paragraph(p, line, y, 13, MUTED, 4) + 2;
  return y + PAD / 2;
}

/** The scale bar as MapLibre shows it (read from its control), at the map's bottom left. */
function scaleBar(p: Painter, mapElement: HTMLElement, top: number, heightPx: number): void {
  const control = mapElement.querySelector<HTMLElement>('.maplibregl-ctrl-scale');
  const text = control?.textContent?.trim() ?? '';
  const width = control?.offsetWidth ?? 0;
  if (!p.draw || text === '' || width <= 0) return;
  const { ctx } = p;
  const x = PAD;
  const y = top + heightPx - PAD;
  font(p, 11);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.8)';
  ctx.fillRect(x - 3, y - 17, width + 6, 20);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(x, y - 6);
  ctx.lineTo(x, y);
  ctx.lineTo(x + width, y);
  ctx.lineTo(x + width, y - 6);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.textBaseline = 'bottom';
  ctx.fillText(text, x + 4, y - 2);
}

function mapImage(p: Painter, mapElement: HTMLElement, top: number, frame: ViewFrame): number {
  const base = mapElement.getBoundingClientRect();
  const heightPx = Math.round(base.height);
  if (!p.draw) return top + heightPx;
  const { ctx } = p;
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, top, p.width, heightPx);
  ctx.clip();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, top, p.width, heightPx);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  renderNow();
  // Document order is paint order: MapLibre's canvas container comes before the control container
  // that holds deck.gl's canvas.
  for (const canvas of mapElement.querySelectorAll('canvas')) {
    const rect = canvas.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || canvas.width === 0 || canvas.height === 0) continue;
    // A swipe side (data-clip-from-pct / -to-pct, as its CSS clip): only its part of the canvas.
    const from = Number(canvas.dataset['clipFromPct'] ?? 0) / 100;
    const to = Number(canvas.dataset['clipToPct'] ?? 100) / 100;
    if (!(to > from)) continue;
    ctx.drawImage(
      canvas,
      canvas.width * from,
      0,
      canvas.width * (to - from),
      canvas.height,
      rect.left - base.left + rect.width * from,
      top + rect.top - base.top,
      rect.width * (to - from),
      rect.height,
    );
  }
  swipeDivider(p, mapElement, top, heightPx);
  scaleBar(p, mapElement, top, heightPx);
  if (frame.illustrative !== null) badge(p, frame.illustrative, p.width - PAD, top + PAD, 11);
  ctx.restore();
  ctx.strokeStyle = LINE;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, top + 0.5, p.width - 1, heightPx - 1);
  return top + heightPx;
}

/** Items laid left to right, wrapping; each is a mark of `markPx` and a label. Returns the y below. */
function flowItems<T>(
  p: Painter,
  items: readonly T[],
  y0: number,
  label: (item: T) => string,
  mark: (item: T, x: number, y: number) => void,
  markPx: number,
): number {
  font(p, 12);
  const rowHeight = 18;
  let x = PAD;
  let y = y0;
  for (const item of items) {
    const text = label(item);
    const width = markPx + 5 + p.ctx.measureText(text).width;
    if (x > PAD && x + width > p.width - PAD) {
      x = PAD;
      y += rowHeight;
    }
    if (p.draw) {
      mark(item, x, y + (rowHeight - markPx) / 2 - 2);
      p.ctx.fillStyle = INK;
      p.ctx.textBaseline = 'middle';
      font(p, 12);
      p.ctx.fillText(text, x + markPx + 5, y + rowHeight / 2 - 2);
    }
    x += width + 16;
  }
  return items.length > 0 ? y + rowHeight : y;
}

function legend(p: Painter, frame: ViewFrame, y0: number): number {
  const { ctx } = p;
  let y = paragraph(p, `${frame.flowsNote}. ${frame.modesNote}`, y0, 12, MUTED, 3) + 4;
  if (frame.routes.length > 0) {
    y = paragraph(p, frame.routesTitle, y, 12, INK, 1) + 2;
    y = flowItems(
      p,
      frame.routes,
      y,
      (route) => route.name,
      (route, x, top) => {
        ctx.fillStyle = `rgb(${route.rgb[0]}, ${route.rgb[1]}, ${route.rgb[2]})`;
        ctx.fillRect(x, top + 4, 18, 5);
      },
      18,
    );
  }
  y = paragraph(p, frame.symbolsNote, y + 2, 12, MUTED, 2) + 2;
  return flowItems(
    p,
    frame.outcomes,
    y,
    (item) => item.label,
    (item, x, top) => {
      const shape = OUTCOME_SHAPES[item.outcome] ?? 'circle';
      const [r, g, b] = OUTCOME_COLORS[item.outcome] ?? [0, 0, 0];
      traceShape(ctx, shape, x, top, 14);
      ctx.fillStyle = `rgba(${r}, ${g}, ${b}, 0.9)`;
      ctx.fill();
      ctx.lineWidth = 1;
      ctx.strokeStyle = 'rgba(29, 39, 49, 0.6)';
      ctx.stroke();
    },
    14,
  );
}

function footer(p: Painter, frame: ViewFrame, y0: number): number {
  let y = y0;
  frame.footer.forEach((line, i) => {
    y = paragraph(p, line, y, i === 0 ? 12 : 11, i === 0 ? INK : MUTED, i === 0 ? MAX_SOURCE_LINES : 3) + 2;
  });
  return y;
}

function layout(p: Painter, mapElement: HTMLElement, frame: ViewFrame, withHeader: boolean): number {
  let y = withHeader ? header(p, frame, PAD) : 0;
  y = mapImage(p, mapElement, y, frame);
  y = legend(p, frame, y + PAD);
  y = footer(p, frame, y + PAD / 2);
  return Math.ceil(y + PAD);
}

/** The swipe's divider and its two labels ("A · 2012", "B · 2013") as on screen, when the map is split. */
function swipeDivider(p: Painter, mapElement: HTMLElement, top: number, heightPx: number): void {
  const divider = mapElement.querySelector<HTMLElement>('[data-testid="swipe-divider"]');
  if (divider === null) return;
  const base = mapElement.getBoundingClientRect();
  const x = Math.round(divider.getBoundingClientRect().left + divider.offsetWidth / 2 - base.left);
  const { ctx } = p;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x - 2, top, 4, heightPx);
  ctx.fillStyle = LINE;
  ctx.fillRect(x - 0.5, top, 1, heightPx);
  const labelA = mapElement.querySelector('[data-testid="swipe-label-a"]')?.textContent ?? '';
  const labelB = mapElement.querySelector('[data-testid="swipe-label-b"]')?.textContent ?? '';
  font(p, 12, 600);
  ctx.textBaseline = 'top';
  for (const [text, right] of [
    [labelA, true],
    [labelB, false],
  ] as const) {
    if (text === '') continue;
    const widthPx = ctx.measureText(text).width + 12;
    const left = right ? x - 8 - widthPx : x + 8;
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.fillRect(left, top + 8, widthPx, 20);
    ctx.fillStyle = '#1b2430';
    ctx.fillText(text, left + 6, top + 12);
  }
}

/** The view composed on a new canvas, `scale` × the map's CSS width wide. */
export function composeViewCanvas(
  mapElement: HTMLElement,
  frame: ViewFrame,
  options: ComposeOptions,
): HTMLCanvasElement {
  const width = Math.round(mapElement.getBoundingClientRect().width);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (ctx === null || width === 0) throw new Error('no 2D canvas or an empty map');
  // First pass measures the height (text wraps with the width), the second draws.
  const heightPx = layout(
    { ctx, draw: false, width, family: options.fontFamily },
    mapElement,
    frame,
    options.header,
  );
  canvas.width = width * options.scale;
  canvas.height = heightPx * options.scale;
  ctx.scale(options.scale, options.scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, heightPx);
  layout({ ctx, draw: true, width, family: options.fontFamily }, mapElement, frame, options.header);
  return canvas;
}

/** PNG bytes of a canvas. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))),
      'image/png',
    );
  });
}
