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

/** True when `a` ranks before `b`: larger value, ties by key. */
const ranksBefore = (a: RankedEntry, b: RankedEntry): boolean =>
  a.value > b.value || (a.value === b.value && a.key < b.key);

/**
 * The `limit` largest entries (ties by key, then by list order), then "other" when two or more entries are
 * left; entries with no value are left out. Keeps only the leaders while reading (no sort of every entry:
 * 4,000 sites per step at real cardinality).
 */
export function toRankedRows(entries: readonly RankedEntry[], limit = 8): RankedRows {
  // The limit + 1 largest so far, in rank order: enough to tell whether "other" holds two or more.
  const leaders: RankedEntry[] = [];
  let positive = 0;
  let total = 0;
  for (const e of entries) {
    if (!(e.value > 0)) continue;
    positive++;
    total += e.value;
    const last = leaders[leaders.length - 1];
    if (leaders.length > limit && last !== undefined && !ranksBefore(e, last)) continue;
    let at = leaders.length;
    while (at > 0 && ranksBefore(e, leaders[at - 1] as RankedEntry)) at--;
    leaders.splice(at, 0, e);
    if (leaders.length > limit + 1) leaders.pop();
  }
  const share = (value: number): number => (total > 0 ? value / total : 0);
  const kept = positive > limit + 1 ? leaders.slice(0, limit) : leaders;
  const rows: RankedRow[] = kept.map((e) => ({
    key: e.key,
    code: e.code,
    value: e.value,
    share: share(e.value),
    members: 1,
  }));
  if (positive > kept.length) {
    const shown = new Set(kept);
    let value = 0;
    for (const e of entries) if (e.value > 0 && !shown.has(e)) value += e.value;
    rows.push({ key: null, code: -1, value, share: share(value), members: positive - kept.length });
  }
  return { rows, total };
}
