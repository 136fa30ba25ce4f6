// Timeline markers for the flags: one per histogram bin (month, quarter or year) that holds at least one
// flagged month, with the flags it holds (in the list's order). Pure.
import type { EpochMonth } from '@/domain/epoch-day';
import type { FlaggedMonth } from './flags-in-window';

export interface BinSpan {
  /** First month of the bin, 0 = the table's first month, and its length in months. */
  readonly startMonth: number;
  readonly months: number;
}

export interface FlagMarker extends BinSpan {
  readonly flagged: readonly FlaggedMonth[];
}

export function makeFlagMarkers(
  flagged: readonly FlaggedMonth[],
  bins: readonly BinSpan[],
  firstMonth: EpochMonth,
): FlagMarker[] {
  const markers: FlagMarker[] = [];
  for (const bin of bins) {
    const from = firstMonth + bin.startMonth;
    const to = from + bin.months;
    const inBin = flagged.filter((f) => f.flag.month >= from && f.flag.month < to);
    if (inBin.length > 0) markers.push({ startMonth: bin.startMonth, months: bin.months, flagged: inBin });
  }
  return markers;
}
