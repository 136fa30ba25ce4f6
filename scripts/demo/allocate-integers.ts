// Splits an integer total into whole parts proportional to weights, within per-part bounds (exact sum).
// Used for people per boat, crew per boat and people per nationality.

/**
 * Returns `weights.length` integers in [min, max] that add up to `total`, as close to proportional to
 * `weights` as the bounds allow (largest remainder for the fractions; ties go to the lower index).
 * Throws when the bounds make the total impossible.
 */
export function allocateIntegers(
  total: number,
  weights: readonly number[],
  min: number,
  max: number,
): number[] {
  const n = weights.length;
  if (!Number.isInteger(total) || total < n * min || total > n * max) {
    throw new Error(`allocateIntegers: cannot split ${total} into ${n} parts within [${min}, ${max}]`);
  }
  const values = new Array<number>(n).fill(min);
  let remaining = total - n * min;
  const active = new Set<number>();
  for (let i = 0; i < n; i++) if (max > min) active.add(i);
  while (remaining > 0) {
    let weightSum = 0;
    for (const i of active) weightSum += Math.max(weights[i] ?? 0, 0);
    const useEqual = !(weightSum > 0);
    const shares = new Map<number, number>();
    let capped = false;
    for (const i of active) {
      const w = useEqual ? 1 : Math.max(weights[i] ?? 0, 0);
      const share = (remaining * w) / (useEqual ? active.size : weightSum);
      const room = max - (values[i] ?? min);
      if (share >= room) {
        values[i] = max;
        remaining -= room;
        active.delete(i);
        capped = true;
      } else {
        shares.set(i, share);
      }
    }
    if (capped) continue; // re-share what is left among the parts that still have room
    const fractions: { index: number; fraction: number }[] = [];
    let given = 0;
    for (const [i, share] of shares) {
      const whole = Math.floor(share);
      values[i] = (values[i] ?? min) + whole;
      given += whole;
      fractions.push({ index: i, fraction: share - whole });
    }
    remaining -= given;
    fractions.sort((a, b) => b.fraction - a.fraction || a.index - b.index);
    for (const { index } of fractions) {
      if (remaining === 0) break;
      values[index] = (values[index] ?? min) + 1;
      remaining--;
    }
  }
  return values;
}
