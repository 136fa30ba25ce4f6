// Comparing two periods: a key figure in A and in B, their difference and percent change (with "new" and
// "gone" instead of a division by zero), and per-key totals ranked by what appeared, disappeared and
// changed most. A is the reference (earlier) period, B the one compared with it: difference = B − A.

/**
 * up / down / same: present in both periods; new: 0 in A, more in B; gone: more in A, 0 in B;
 * none: 0 in both.
 */
export type ChangeKind = 'up' | 'down' | 'same' | 'new' | 'gone' | 'none';

export interface FigureComparison {
  readonly a: number;
  readonly b: number;
  /** b − a. */
  readonly difference: number;
  /** 100 (b − a) / a; null when a is 0 (the change is "new" or "none", not a percentage). */
  readonly percentChange: number | null;
  readonly change: ChangeKind;
}

export interface KeyComparison extends FigureComparison {
  readonly key: string;
}

export interface PeriodComparison {
  /** Every key of either period, in key order. */
  readonly rows: readonly KeyComparison[];
  /** Keys with 0 in A and more in B, largest B first. */
  readonly appeared: readonly KeyComparison[];
  /** Keys with more in A and 0 in B, largest A first. */
  readonly disappeared: readonly KeyComparison[];
  /** Keys present in both, by |difference|, largest first. */
  readonly largestAbsolute: readonly KeyComparison[];
  /** Keys present in both with a ≥ minBase, by |percent change|, largest first. */
  readonly largestRelative: readonly KeyComparison[];
}

export type KeyTotals = ReadonlyMap<string, number> | Iterable<readonly [key: string, value: number]>;

export interface CompareOptions {
  /** Length of each ranked list (default 10). */
  readonly limit: number;
  /** Smallest A value a relative change is ranked on, so 1 → 3 (+200 %) does not top the list (default 1). */
  readonly minBase: number;
}

const DEFAULTS: CompareOptions = { limit: 10, minBase: 1 };

function checkValue(value: number, where: string): void {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`comparePeriods: ${where} must be a finite count ≥ 0, got ${value}`);
}

/** Compares one figure between the two periods. */
export function compareFigures(a: number, b: number): FigureComparison {
  checkValue(a, 'A');
  checkValue(b, 'B');
  const difference = b - a;
  if (a === 0) return { a, b, difference, percentChange: null, change: b === 0 ? 'none' : 'new' };
  const percentChange = (100 * difference) / a;
  const change: ChangeKind = b === 0 ? 'gone' : difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
  return { a, b, difference, percentChange, change };
}

/** Sums the values per key (a key given twice is added up). */
function toTotals(totals: KeyTotals, period: 'A' | 'B'): Map<string, number> {
  const map = new Map<string, number>();
  for (const [key, value] of totals) {
    checkValue(value, `${period} value of "${key}"`);
    map.set(key, (map.get(key) ?? 0) + value);
  }
  return map;
}

const byKey = (x: KeyComparison, y: KeyComparison): number => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);

/** Ranks rows by a score, largest first; ties in key order so the lists are stable. */
function rank(
  rows: readonly KeyComparison[],
  score: (row: KeyComparison) => number,
  limit: number,
): KeyComparison[] {
  return rows
    .slice()
    .sort((x, y) => score(y) - score(x) || byKey(x, y))
    .slice(0, limit);
}

/** Compares per-key totals (flows per route leg, sites, nationalities…) between periods A and B. */
export function comparePeriods(
  a: KeyTotals,
  b: KeyTotals,
  options: Partial<CompareOptions> = {},
): PeriodComparison {
  const { limit, minBase } = { ...DEFAULTS, ...options };
  const totalsA = toTotals(a, 'A');
  const totalsB = toTotals(b, 'B');
  const keys = new Set([...totalsA.keys(), ...totalsB.keys()]);
  const rows: KeyComparison[] = [...keys].map((key) => ({
    key,
    ...compareFigures(totalsA.get(key) ?? 0, totalsB.get(key) ?? 0),
  }));
  rows.sort(byKey);
  const inBoth = rows.filter((r) => r.a > 0 && r.b > 0);
  return {
    rows,
    appeared: rank(
      rows.filter((r) => r.change === 'new'),
      (r) => r.b,
      limit,
    ),
    disappeared: rank(
      rows.filter((r) => r.change === 'gone'),
      (r) => r.a,
      limit,
    ),
    largestAbsolute: rank(
      inBoth.filter((r) => r.difference !== 0),
      (r) => Math.abs(r.difference),
      limit,
    ),
    largestRelative: rank(
      inBoth.filter((r) => r.a >= minBase && r.difference !== 0),
      (r) => Math.abs(r.percentChange ?? 0),
      limit,
    ),
  };
}
