// Shapes of the outcome symbols, so outcomes differ by shape as well as colour (never colour alone).
// Drawn on a canvas at run time: an icon atlas with no download.
import { OUTCOME_COLORS } from '@/theme/palette';

/** Shape per outcome index (OUTCOMES order: none = departure, landed, turned back, disrupted, rescued, lost). */
export const OUTCOME_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'plus', 'cross'] as const;
export type SymbolShape = (typeof OUTCOME_SHAPES)[number];

/** Pixels per atlas cell; icons are drawn at this size and scaled by the layer. */
export const SYMBOL_CELL_PX = 64;

/** Traces `shape` centred in a cell of `size` pixels at (x, y). */
export function traceShape(
  ctx: CanvasRenderingContext2D,
  shape: SymbolShape,
  x: number,
  y: number,
  size: number,
): void {
  const c = size / 2;
  const r = size * 0.42;
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(x + c, y + c, r, 0, Math.PI * 2);
      break;
    case 'square':
      ctx.rect(x + c - r * 0.85, y + c - r * 0.85, r * 1.7, r * 1.7);
      break;
    case 'triangle':
      ctx.moveTo(x + c, y + c - r);
      ctx.lineTo(x + c + r, y + c + r * 0.8);
      ctx.lineTo(x + c - r, y + c + r * 0.8);
      ctx.closePath();
      break;
    case 'diamond':
      ctx.moveTo(x + c, y + c - r);
      ctx.lineTo(x + c + r, y + c);
      ctx.lineTo(x + c, y + c + r);
      ctx.lineTo(x + c - r, y + c);
      ctx.closePath();
      break;
    case 'plus': {
      const w = r * 0.38;
      ctx.moveTo(x + c - w, y + c - r);
      ctx.lineTo(x + c + w, y + c - r);
      ctx.lineTo(x + c + w, y + c - w);
      ctx.lineTo(x + c + r, y + c - w);
      ctx.lineTo(x + c + r, y + c + w);
      ctx.lineTo(x + c + w, y + c + w);
      ctx.lineTo(x + c + w, y + c + r);
      ctx.lineTo(x + c - w, y + c + r);
      ctx.lineTo(x + c - w, y + c + w);
      ctx.lineTo(x + c - r, y + c + w);
      ctx.lineTo(x + c - r, y + c - w);
      ctx.lineTo(x + c - w, y + c - w);
      ctx.closePath();
      break;
    }
    case 'cross': {
      const w = r * 0.3;
      const pts: [number, number][] = [
        [-w, -r - w],
        [0, -w * 1.4],
        [w, -r - w],
        [r + w, -w],
        [w * 1.4, 0],
        [r + w, w],
        [w, r + w],
        [0, w * 1.4],
        [-w, r + w],
        [-r - w, w],
        [-w * 1.4, 0],
        [-r - w, -w],
      ];
      pts.forEach(([dx, dy], i) => {
        // Rotate the plus outline by 45° into an X.
        const rx = (dx - dy) * Math.SQRT1_2 * 0.85;
        const ry = (dx + dy) * Math.SQRT1_2 * 0.85;
        if (i === 0) ctx.moveTo(x + c + rx, y + c + ry);
        else ctx.lineTo(x + c + rx, y + c + ry);
      });
      ctx.closePath();
      break;
    }
  }
}

export interface SymbolAtlas {
  readonly canvas: HTMLCanvasElement;
  readonly mapping: Record<string, { x: number; y: number; width: number; height: number; anchorY: number }>;
}

/** A one-row atlas with one coloured, white-outlined icon per outcome. Browser only. */
export function drawSymbolAtlas(): SymbolAtlas {
  const canvas = document.createElement('canvas');
  canvas.width = SYMBOL_CELL_PX * OUTCOME_SHAPES.length;
  canvas.height = SYMBOL_CELL_PX;
  const ctx = canvas.getContext('2d');
  const mapping: SymbolAtlas['mapping'] = {};
  OUTCOME_SHAPES.forEach((shape, i) => {
    const x = i * SYMBOL_CELL_PX;
    mapping[String(i)] = {
      x,
      y: 0,
      width: SYMBOL_CELL_PX,
      height: SYMBOL_CELL_PX,
      anchorY: SYMBOL_CELL_PX / 2,
    };
    if (!ctx) return;
    const [r, g, b] = OUTCOME_COLORS[i] ?? [0, 0, 0];
    traceShape(ctx, shape, x, 0, SYMBOL_CELL_PX);
    ctx.fillStyle = `rgba(${r}, ${g}, ${b}, 0.85)`;
    ctx.fill();
    ctx.lineWidth = 4;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.95)';
    ctx.stroke();
  });
  return { canvas, mapping };
}
