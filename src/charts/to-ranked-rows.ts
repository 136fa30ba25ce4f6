// Adapter: per-key totals → the top entries, largest first, with the rest rolled up into "other".

export interface RankedEntry {
  /** Filter value of the entry (nationality code, site name). */
  readonly key: string;
  /** Dictionary code of the key (for its colour). */
  readonly code: number;
  readonly value: number;
}

export interface RankedRow {
  /** Null for "other". */
  readonly key: string | null;
  /** -1 for "other". */
  readonly code: number;
  readonly value: number;
  /** value / total of all entries, 0…1. */
  readonly share: number;
  /** How many entries "other" holds; 1 for a real entry. */
  readonly members: number;
}

export interface RankedRows {
  readonly rows: readonly RankedRow[];
  readonly total: number;
}

/**
 * The `limit` largest entries (ties by key), then "other" when two or more entries are left; entries
 * with no value are left out.
 */
export function toRankedRows(entries: readonly RankedEntry[], limit = 8): RankedRows {
  const ranked = entries
    .filter((e) => e.value > 0)
    .sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const total = ranked.reduce((sum, e) => sum + e.value, 0);
  const share = (value: number): number => (total > 0 ? value / total : 0);
  const kept = ranked.length > limit + 1 ? ranked.slice(0, limit) : ranked;
  const rows: RankedRow[] = kept.map((e) => ({
    key: e.key,
    code: e.code,
    value: e.value,
    share: share(e.value),
    members: 1,
  }));
  const rest = ranked.slice(kept.length);
  if (rest.length > 0) {
    const value = rest.reduce((sum, e) => sum + e.value, 0);
    rows.push({ key: null, code: -1, value, share: share(value), members: rest.length });
  }
  return { rows, total };
}
