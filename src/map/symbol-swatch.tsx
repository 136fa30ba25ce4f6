// A legend swatch drawn with the same shape code as the map's icon atlas, so the two cannot drift apart.
import { useEffect, useRef } from 'react';
import { OUTCOME_COLORS } from '@/theme/palette';
import { OUTCOME_SHAPES, traceShape } from './symbol-shapes';

export function SymbolSwatch({
  outcome,
  sizePx = 18,
}: {
  readonly outcome: number;
  readonly sizePx?: number;
}): React.JSX.Element {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    const shape = OUTCOME_SHAPES[outcome];
    if (!ctx || !shape) return;
    const scale = window.devicePixelRatio || 1;
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.clearRect(0, 0, sizePx, sizePx);
    const [r, g, b] = OUTCOME_COLORS[outcome] ?? [0, 0, 0];
    traceShape(ctx, shape, 0, 0, sizePx);
    ctx.fillStyle = `rgb(${r} ${g} ${b})`;
    ctx.fill();
  }, [outcome, sizePx]);
  const scale = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <canvas
      ref={ref}
      width={sizePx * scale}
      height={sizePx * scale}
      style={{ width: sizePx, height: sizePx }}
      aria-hidden="true"
      className="symbol-swatch"
    />
  );
}
