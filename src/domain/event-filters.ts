// What a person can filter on, as plain serializable values, and its resolution into per-table masks.
import type { EpochDay } from './epoch-day';
import type { EventTable } from './event-table';
import { EVENT_KINDS, OUTCOMES, type EventKind, type Outcome } from './vocabulary';

/** Half-open range of UTC days: startDay included, endDay excluded. */
export interface DayRange {
  readonly startDay: EpochDay;
  readonly endDay: EpochDay;
}

/** Every list empty means "no constraint" on that dimension. */
export interface EventFilters {
  readonly timeRange: DayRange | null;
  readonly kinds: readonly EventKind[];
  readonly routes: readonly string[];
  readonly nationalities: readonly string[];
  readonly outcomes: readonly Outcome[];
  readonly sites: readonly string[];
}

export const NO_FILTERS: EventFilters = Object.freeze({
  timeRange: null,
  kinds: [],
  routes: [],
  nationalities: [],
  outcomes: [],
  sites: [],
});

/** Filters resolved against one table: 1 = passes, per dictionary code; row bounds of the time range. */
export interface FilterMasks {
  readonly kind: Uint8Array;
  readonly outcome: Uint8Array;
  readonly route: Uint8Array;
  readonly site: Uint8Array;
  /** Null when nationalities are not filtered (every row passes, all people count). */
  readonly nationality: Uint8Array | null;
  /** Day offsets (relative to table.baseDay) of the time range, half-open. */
  readonly startOffset: number;
  readonly endOffset: number;
  /** Rows [startRow, endRow) lie in the time range (rows are sorted by day). */
  readonly startRow: number;
  readonly endRow: number;
}

function maskOf(names: readonly string[], selected: readonly string[]): Uint8Array {
  const mask = new Uint8Array(names.length);
  if (selected.length === 0) return mask.fill(1);
  const wanted = new Set(selected);
  names.forEach((name, i) => {
    if (wanted.has(name)) mask[i] = 1;
  });
  return mask;
}

/** First row whose day offset is >= `offset` (binary search over the sorted day column). */
export function lowerBoundDay(day: Uint16Array, offset: number): number {
  let lo = 0;
  let hi = day.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((day[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Resolves filters into masks for `table`. Cost: O(dictionary sizes + log rows). */
export function resolveFilterMasks(table: EventTable, filters: EventFilters): FilterMasks {
  const range = filters.timeRange;
  const startOffset = range ? Math.max(0, range.startDay - table.baseDay) : 0;
  const endOffset = range ? Math.max(startOffset, range.endDay - table.baseDay) : Number.MAX_SAFE_INTEGER;
  return {
    kind: maskOf(EVENT_KINDS, filters.kinds),
    outcome:
      filters.outcomes.length === 0
        ? new Uint8Array(OUTCOMES.length).fill(1)
        : maskOf(OUTCOMES, filters.outcomes),
    route: maskOf(
      table.routes.map((r) => r.id),
      filters.routes,
    ),
    site: maskOf(
      table.sites.map((s) => s.name),
      filters.sites,
    ),
    nationality:
      filters.nationalities.length === 0 ? null : maskOf(table.nationalityNames, filters.nationalities),
    startOffset,
    endOffset,
    startRow: range ? lowerBoundDay(table.day, startOffset) : 0,
    endRow: range ? lowerBoundDay(table.day, endOffset) : table.length,
  };
}
