// The rows the Farrington fits use, from the reference months of one tested month: seasonal levels whose
// counts are all 0 left out with their months (their maximum-likelihood mean is exactly 0 and they carry
// no information on the other coefficients), the kept levels numbered in design order. Pure.
import { makeFloat64Carver } from './float64-views';
import type { FarringtonReference } from './farrington-reference';

/** The reference months the fits use: all-zero seasonal levels left out, levels numbered in design order. */
export interface ModelRows {
  readonly response: Float64Array;
  readonly time: Float64Array;
  /** 0 for the windows (the intercept), 1 … levels − 1 for the other kept levels in ascending order. */
  readonly levelColumn: Int32Array;
  readonly levels: number;
  /** Reference months and levels left out because every count of their level is 0. */
  readonly zeroRows: number;
  readonly zeroLevels: number;
  /** All reference months, the left-out ones included. */
  readonly referenceRows: number;
}

export function modelRowsOf(reference: FarringtonReference, noPeriods: number): ModelRows {
  const n = reference.response.length;
  // Levels are 1 … noPeriods; the window level noPeriods is the intercept's (column 0).
  const levelSums = new Float64Array(noPeriods + 1);
  const levelSeen = new Uint8Array(noPeriods + 1);
  for (let i = 0; i < n; i++) {
    const level = reference.level[i] ?? 0;
    levelSums[level] = (levelSums[level] ?? 0) + (reference.response[i] ?? 0);
    levelSeen[level] = 1;
  }
  // Column of each kept level in design order (ascending level), −1 for an all-zero level.
  const columnOfLevel = new Int32Array(noPeriods + 1).fill(-1);
  columnOfLevel[noPeriods] = 0;
  let levels = 1;
  let zeroLevels = 0;
  for (let level = 0; level < noPeriods; level++) {
    if (levelSeen[level] !== 1) continue;
    if ((levelSums[level] ?? 0) > 0) columnOfLevel[level] = levels++;
    else zeroLevels++;
  }
  let kept = 0;
  for (let i = 0; i < n; i++) if ((columnOfLevel[reference.level[i] ?? 0] ?? -1) >= 0) kept++;
  const take = makeFloat64Carver(2 * kept);
  const response = take(kept);
  const time = take(kept);
  const levelColumn = new Int32Array(kept);
  for (let i = 0, r = 0; i < n; i++) {
    const column = columnOfLevel[reference.level[i] ?? 0] ?? -1;
    if (column < 0) continue;
    response[r] = reference.response[i] ?? 0;
    time[r] = reference.timeYears[i] ?? 0;
    levelColumn[r] = column;
    r++;
  }
  return { response, time, levelColumn, levels, zeroRows: n - kept, zeroLevels, referenceRows: n };
}
