// Round gridline values for a value axis that starts at zero: steps of 1, 2 or 5 × 10^k, whole numbers
// only (the charts count people and boats). Pure.

export interface ValueTicks {
  /** 0, step, 2 × step, … up to and including `top`. */
  readonly ticks: readonly number[];
  /** The axis maximum (the last tick, ≥ the largest value): what a full-height bar stands for. */
  readonly top: number;
}

/** About `targetCount` intervals between 0 and a top at or above `maxValue`. */
export function makeValueTicks(maxValue: number, targetCount = 4): ValueTicks {
  const max = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 1;
  const raw = max / Math.max(1, targetCount);
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 5, 10].find((f) => f * power >= raw) ?? 10;
  const step = Math.max(1, Math.round(factor * power));
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return { ticks, top };
}
