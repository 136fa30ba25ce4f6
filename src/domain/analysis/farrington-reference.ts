// The reference data of the Farrington test for one month: which earlier months enter the fit, their
// seasonal factor level and their time, as in R's surveillance:::blocks and algo.farrington.data.glm.
//
// For the tested month t and each of the `years` previous years i, the window t − 12i ± w gets level
// noPeriods (the level predicted for t). With noPeriods > 1, the 12 − (2w + 1) months between two
// consecutive windows are cut into noPeriods − 1 blocks of near-equal length (the first blocks take the
// remainder), levels 1 .. noPeriods − 1 in time order. The current year contributes t − w .. t at the
// window level, of which the last pastMonthsExcluded + 1 months (t included) are left out.
import { makeFloat64Carver } from './float64-views';

export interface FarringtonReference {
  /** Indices into the series, ascending. */
  readonly index: Int32Array;
  /** Seasonal level of each reference month, 1 .. noPeriods (noPeriods = the windows). */
  readonly level: Int32Array;
  /** Time relative to the tested month, in years (≤ 0). */
  readonly timeYears: Float64Array;
  readonly response: Float64Array;
}

/** True when a value in a count series is usable (finite and ≥ 0); anything else counts as missing. */
export function isObservedCount(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value >= 0;
}

/** Months between two consecutive reference windows. */
export function gapMonths(w: number): number {
  return 12 - (2 * w + 1);
}

/** Level of each month of the gap (0-based position → level 1 .. noPeriods − 1). */
function gapLevels(w: number, noPeriods: number): Int32Array {
  const gap = gapMonths(w);
  const blocks = noPeriods - 1;
  const levels = new Int32Array(gap);
  if (blocks <= 0) return levels;
  const base = Math.floor(gap / blocks);
  const rest = gap % blocks;
  let position = 0;
  for (let block = 0; block < blocks; block++) {
    const length = base + (block < rest ? 1 : 0);
    for (let i = 0; i < length; i++) levels[position++] = block + 1;
  }
  return levels;
}

/**
 * Reference months for month index t using `years` past years (the series must reach back to
 * t − 12·years − w). Missing counts are left out.
 */
export function buildFarringtonReference(
  counts: ArrayLike<number>,
  t: number,
  years: number,
  w: number,
  noPeriods: number,
  pastMonthsExcluded: number,
): FarringtonReference {
  const first = t - 12 * years - w;
  if (first < 0)
    throw new RangeError(`buildFarringtonReference: month ${t} has fewer than ${years} years before it`);
  const levelsInGap = gapLevels(w, noPeriods);
  const index: number[] = [];
  const level: number[] = [];
  for (let j = first; j <= t; j++) {
    const offset = t - j; // months back from t
    if (offset <= pastMonthsExcluded) continue;
    // Position relative to the nearest window centre at or after j: offset = 12i + r, r in (−12, 12).
    const i = Math.round(offset / 12);
    const r = offset - 12 * i;
    let lvl: number;
    if (Math.abs(r) <= w && i <= years) {
      lvl = noPeriods;
    } else {
      if (noPeriods === 1) continue;
      // Between window i_old = ceil(offset / 12) (older) and i_old − 1: position after the older window's end.
      const older = Math.ceil(offset / 12);
      const windowEnd = t - 12 * older + w;
      lvl = levelsInGap[j - windowEnd - 1] ?? 0;
    }
    if (!isObservedCount(counts[j])) continue;
    index.push(j);
    level.push(lvl);
  }
  const n = index.length;
  // One buffer for the two columns (see float64-views.ts: the detector builds this for every month).
  const take = makeFloat64Carver(2 * n);
  const response = take(n);
  const timeYears = take(n);
  const integers = new Int32Array(2 * n);
  const indexColumn = integers.subarray(0, n);
  const levelColumn = integers.subarray(n);
  for (let i = 0; i < n; i++) {
    const j = index[i] ?? 0;
    response[i] = counts[j] ?? 0;
    timeYears[i] = (j - t) / 12;
    indexColumn[i] = j;
    levelColumn[i] = level[i] ?? 0;
  }
  return { index: indexColumn, level: levelColumn, timeYears, response };
}
