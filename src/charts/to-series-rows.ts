// Adapter: a bucketed series → a few stacks and one small row per bucket, the shape recharts reads.
import type { ViewMeasure } from '@/domain/aggregates';
import type { EpochMonth } from '@/domain/epoch-day';
import type { BucketedSeries } from '@/domain/time-buckets';

/** Recharts reads values by data key; keys are `s0`, `s1`, … so ids with dots are never read as paths. */
export type StackDataKey = `s${number}`;

export interface SeriesStack {
  readonly dataKey: StackDataKey;
  /** The split key (route id, nationality code, outcome), or null for "other" (the smaller keys). */
  readonly key: string | null;
  /** Index of the key in the series' keys (its code); -1 for "other". */
  readonly code: number;
  readonly total: number;
  /** Keys rolled up into "other"; empty for a real key. */
  readonly members: readonly string[];
}

export interface SeriesRow {
  /** First month of the calendar bucket. */
  readonly startMonth: EpochMonth;
  readonly total: number;
  readonly [dataKey: StackDataKey]: number;
}

export interface StackedSeriesRows {
  /** Largest first (the bottom of the stack); "other" last. */
  readonly stacks: readonly SeriesStack[];
  readonly rows: readonly SeriesRow[];
  readonly total: number;
}

/**
 * Keeps the `maxStacks` largest keys (by total over the series) and rolls the rest up into "other" (only
 * when that rolls up two or more keys); keys with no value are left out. Keys `grouped` says are grouped
 * already (routes past the palette's colours) always go to "other".
 */
export function toSeriesRows(
  series: BucketedSeries,
  measure: ViewMeasure,
  maxStacks = 6,
  grouped: (code: number) => boolean = () => false,
): StackedSeriesRows {
  const values = series[measure];
  const n = series.starts.length;
  const totals = series.keys.map((key, code) => {
    let total = 0;
    for (let b = 0; b < n; b++) total += values[code * n + b] ?? 0;
    return { key, code, total };
  });
  const ranked = totals.filter((k) => k.total > 0).sort((a, b) => b.total - a.total || a.code - b.code);
  const own = ranked.filter((k) => !grouped(k.code));
  const forced = ranked.filter((k) => grouped(k.code));
  const kept = own.length + forced.length > maxStacks + 1 ? own.slice(0, maxStacks) : own;
  const rest = [...own.slice(kept.length), ...forced];

  const stacks: SeriesStack[] = kept.map((k, i) => ({
    dataKey: `s${i}`,
    key: k.key,
    code: k.code,
    total: k.total,
    members: [],
  }));
  if (rest.length > 0) {
    stacks.push({
      dataKey: `s${kept.length}`,
      key: null,
      code: -1,
      total: rest.reduce((sum, k) => sum + k.total, 0),
      members: rest.map((k) => k.key),
    });
  }

  // Plain index loops and data keys made once: this runs per bucket and key on every step, and iterators
  // or template strings there were most of its garbage.
  const keptCodes = kept.map((k) => k.code);
  const restCodes = rest.map((k) => k.code);
  const dataKeys = stacks.map((s) => s.dataKey);
  const otherKey = dataKeys[kept.length];
  const rows = series.starts.map((startMonth, b): SeriesRow => {
    const row: { startMonth: EpochMonth; total: number; [dataKey: StackDataKey]: number } = {
      startMonth,
      total: 0,
    };
    let total = 0;
    for (let i = 0; i < keptCodes.length; i++) {
      const v = values[(keptCodes[i] ?? 0) * n + b] ?? 0;
      row[dataKeys[i] ?? `s${i}`] = v;
      total += v;
    }
    if (otherKey !== undefined && restCodes.length > 0) {
      let other = 0;
      for (let i = 0; i < restCodes.length; i++) other += values[(restCodes[i] ?? 0) * n + b] ?? 0;
      row[otherKey] = other;
      total += other;
    }
    row.total = total;
    return row;
  });
  return { stacks, rows, total: stacks.reduce((sum, s) => sum + s.total, 0) };
}
