/**
 * An SVG path `d` through the finite values at (x(i), y(value)), each coordinate written by `formatPx`;
 * a non-finite value (NaN: past a period's end, or hidden by small-count protection) lifts the pen.
 */
export function makeLinePath(
  values: readonly number[],
  x: (i: number) => number,
  y: (v: number) => number,
  formatPx: (value: number) => string,
): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${formatPx(x(i))} ${formatPx(y(v))}`;
    pen = true;
  });
  return d;
}
