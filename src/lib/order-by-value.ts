// Indices of values, largest value first, ties by a rank (the index unless told): the order of the map's
// symbols and of the Filters tab's long lists, sorted again on every filter step.

/** Composite keys stay exact below 2^53: values below 2^31 and ranks below 2^22. */
const RANK_SPAN = 2 ** 22;
const MAX_PACKED_VALUE = 2 ** 31;

/** True when `rank` holds each of 0…n-1 once. */
function isPermutation(rank: ArrayLike<number>, n: number): boolean {
  if (rank.length !== n) return false;
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = rank[i] ?? -1;
    if (!Number.isInteger(r) || r < 0 || r >= n || seen[r] === 1) return false;
    seen[r] = 1;
  }
  return true;
}

/**
 * Indices 0…n-1 of `values`, largest value first, ties by `tieRank` (a permutation of 0…n-1; the index
 * when absent). When every value is a whole number in [0, 2^31) — every count — and n < 2^22, this is one
 * native Float64Array sort of `rank − value·2^22`, with no comparator: a comparator call per comparison
 * (about 200,000 at 15,800 symbols) boxes doubles in code that is not optimised yet, and that garbage cost
 * more than the sort. Anything else is sorted with a comparator.
 */
export function orderByValueDescending(values: ArrayLike<number>, tieRank?: ArrayLike<number>): Uint32Array {
  const n = values.length;
  const rankOf = (i: number): number => (tieRank ? (tieRank[i] ?? 0) : i);
  const order = new Uint32Array(n);
  let packable = n < RANK_SPAN && (tieRank === undefined || isPermutation(tieRank, n));
  for (let i = 0; i < n && packable; i++) {
    const v = values[i] ?? 0;
    packable = Number.isInteger(v) && v >= 0 && v < MAX_PACKED_VALUE;
  }
  if (packable) {
    // Index by rank, to read an index back from a key's rank.
    const indexOfRank = new Uint32Array(n);
    for (let i = 0; i < n; i++) indexOfRank[rankOf(i)] = i;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = rankOf(i) - (values[i] ?? 0) * RANK_SPAN;
    keys.sort();
    for (let j = 0; j < n; j++) {
      // key = rank − v·2^22 with 0 ≤ rank < 2^22: the rank is the key modulo 2^22.
      const rank = (((keys[j] ?? 0) % RANK_SPAN) + RANK_SPAN) % RANK_SPAN;
      order[j] = indexOfRank[rank] ?? 0;
    }
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  // Small integers out of the comparator (see above); NaN last.
  order.sort((a, b) => {
    const va = values[a] ?? 0;
    const vb = values[b] ?? 0;
    if (va > vb) return -1;
    if (va < vb) return 1;
    if (va === vb || (Number.isNaN(va) && Number.isNaN(vb))) return rankOf(a) - rankOf(b);
    return Number.isNaN(va) ? 1 : -1;
  });
  return order;
}
