// Primary and secondary (complementary) cell suppression for a two-way table published with its row and
// column totals, so that no hidden count can be worked out from the numbers that are shown.
//
// Why it works: add the totals as an extra row and column and flip their signs; then every row and every
// column of this (m + 1) × (n + 1) table sums to zero. Hidden cells are edges of a bipartite graph between
// its rows and columns, and the values that are consistent with what is shown differ by adding ±δ
// around a cycle of hidden cells. A hidden cell is therefore pinned down exactly (by subtraction or by
// any linear algebra) if and only if it lies on no cycle: it is a bridge of the graph. The procedure:
//  1. primary: every count from 1 to k − 1, totals included, is hidden (zeros are shown);
//  2. while some hidden cell is a bridge, hide the cheapest shown cell that closes a cycle through it
//     (one whose row and column lie on the two sides of the bridge); when none exists, hide the
//     smallest shown cell in the bridge's row or column (the classic "next-smallest in the row or
//     column" rule) and look again. Cheapest = smallest positive count; zeros only as a last resort,
//     because a 0 beside a hidden cell only protects it in one direction.
// Every step hides one more cell, and with all cells hidden no bridge is left, so the loop ends.
import { isSmallCount } from './protect-count';

export type CellProtection = 'shown' | 'primary' | 'secondary';

export interface ProtectedTable {
  readonly k: number;
  readonly cells: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly grandTotal: number;
  readonly cellState: readonly (readonly CellProtection[])[];
  readonly rowTotalState: readonly CellProtection[];
  readonly columnTotalState: readonly CellProtection[];
  readonly grandTotalState: CellProtection;
  readonly primaryCount: number;
  readonly secondaryCount: number;
}

interface Extended {
  readonly rows: number;
  readonly columns: number;
  readonly value: Float64Array;
  readonly state: Uint8Array; // 0 shown, 1 primary, 2 secondary
}

const SHOWN = 0;
const PRIMARY = 1;
const SECONDARY = 2;

/** Bridges among the hidden cells (Tarjan's low-link on the bipartite row/column graph). */
function findBridge(t: Extended): number {
  const vertexCount = t.rows + t.columns;
  const adjacency: number[][] = Array.from({ length: vertexCount }, () => []);
  for (let i = 0; i < t.rows; i++) {
    for (let j = 0; j < t.columns; j++) {
      const cell = i * t.columns + j;
      if (t.state[cell] === SHOWN) continue;
      adjacency[i]?.push(cell);
      adjacency[t.rows + j]?.push(cell);
    }
  }
  const order = new Int32Array(vertexCount).fill(-1);
  const low = new Int32Array(vertexCount);
  let counter = 0;
  let bridge = -1;
  const other = (cell: number, vertex: number): number => {
    const i = Math.floor(cell / t.columns);
    const j = cell - i * t.columns;
    return vertex === i ? t.rows + j : i;
  };
  // Iterative DFS (tables can have thousands of rows); frames: [vertex, parent edge, next neighbour index].
  for (let root = 0; root < vertexCount; root++) {
    if (order[root] !== -1 || (adjacency[root]?.length ?? 0) === 0) continue;
    const stack: [number, number, number][] = [[root, -1, 0]];
    order[root] = low[root] = counter++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) break;
      const [v, parentEdge, next] = frame;
      const edges = adjacency[v] ?? [];
      if (next < edges.length) {
        frame[2]++;
        const edge = edges[next] ?? -1;
        if (edge === parentEdge) continue;
        const u = other(edge, v);
        if (order[u] === -1) {
          order[u] = low[u] = counter++;
          stack.push([u, edge, 0]);
        } else {
          low[v] = Math.min(low[v] ?? 0, order[u] ?? 0);
        }
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent !== undefined) {
          const p = parent[0];
          low[p] = Math.min(low[p] ?? 0, low[v] ?? 0);
          if ((low[v] ?? 0) > (order[p] ?? 0) && (bridge === -1 || parentEdge < bridge)) bridge = parentEdge;
        }
      }
    }
  }
  return bridge;
}

/** Vertices reachable from `start` over hidden cells, without crossing `skip`. */
function sideOf(t: Extended, start: number, skip: number): Uint8Array {
  const seen = new Uint8Array(t.rows + t.columns);
  const queue = [start];
  seen[start] = 1;
  while (queue.length > 0) {
    const v = queue.pop() ?? 0;
    const isRow = v < t.rows;
    const count = isRow ? t.columns : t.rows;
    for (let x = 0; x < count; x++) {
      const cell = isRow ? v * t.columns + x : x * t.columns + (v - t.rows);
      if (cell === skip || t.state[cell] === SHOWN) continue;
      const u = isRow ? t.rows + x : x;
      if (seen[u] === 0) {
        seen[u] = 1;
        queue.push(u);
      }
    }
  }
  return seen;
}

/** Cost of hiding a cell: its count; zeros last. */
function costOf(value: number): number {
  return value > 0 ? value : Number.MAX_VALUE;
}

function cheapest(t: Extended, accept: (i: number, j: number) => boolean): number {
  let best = -1;
  let bestCost = Infinity;
  for (let i = 0; i < t.rows; i++) {
    for (let j = 0; j < t.columns; j++) {
      const cell = i * t.columns + j;
      if (t.state[cell] !== SHOWN || !accept(i, j)) continue;
      const cost = costOf(t.value[cell] ?? 0);
      if (cost < bestCost) {
        best = cell;
        bestCost = cost;
      }
    }
  }
  return best;
}

function checkCells(cells: readonly (readonly number[])[], k: number): void {
  if (!(Number.isInteger(k) && k >= 1))
    throw new RangeError(`suppressTable: k must be an integer ≥ 1, got ${k}`);
  const width = cells[0]?.length ?? 0;
  if (cells.length === 0 || width === 0) throw new RangeError('suppressTable: the table has no cells');
  cells.forEach((row, i) => {
    if (row.length !== width)
      throw new RangeError(`suppressTable: row ${i + 1} has ${row.length} cells, row 1 has ${width}`);
    row.forEach((v, j) => {
      if (!(Number.isFinite(v) && v >= 0)) {
        throw new RangeError(
          `suppressTable: cell at row ${i + 1}, column ${j + 1} must be a count ≥ 0, got ${v}`,
        );
      }
    });
  });
}

/** Suppresses small counts in `cells` (rows × columns) and their totals under threshold k. */
export function suppressTable(cells: readonly (readonly number[])[], k: number): ProtectedTable {
  checkCells(cells, k);
  const m = cells.length;
  const n = cells[0]?.length ?? 0;
  const rows = m + 1;
  const columns = n + 1;
  const value = new Float64Array(rows * columns);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const v = cells[i]?.[j] ?? 0;
      value[i * columns + j] = v;
      value[i * columns + n] = (value[i * columns + n] ?? 0) + v;
      value[m * columns + j] = (value[m * columns + j] ?? 0) + v;
      value[m * columns + n] = (value[m * columns + n] ?? 0) + v;
    }
  }
  const state = new Uint8Array(rows * columns);
  let primaryCount = 0;
  value.forEach((v, cell) => {
    if (isSmallCount(v, k)) {
      state[cell] = PRIMARY;
      primaryCount++;
    }
  });
  const t: Extended = { rows, columns, value, state };
  let secondaryCount = 0;
  for (let bridge = findBridge(t); bridge !== -1; bridge = findBridge(t)) {
    const r = Math.floor(bridge / columns);
    const c = bridge - r * columns;
    const rowSide = sideOf(t, r, bridge);
    const columnSide = sideOf(t, rows + c, bridge);
    // A shown cell joining the two sides closes a cycle through the bridge.
    let pick = cheapest(
      t,
      (i, j) =>
        (rowSide[i] === 1 && columnSide[rows + j] === 1) || (columnSide[i] === 1 && rowSide[rows + j] === 1),
    );
    if (pick === -1) pick = cheapest(t, (i, j) => i === r || j === c);
    if (pick === -1) break; // unreachable: a bridge's row or column always has a shown cell left
    state[pick] = SECONDARY;
    secondaryCount++;
  }
  const name = (s: number | undefined): CellProtection =>
    s === PRIMARY ? 'primary' : s === SECONDARY ? 'secondary' : 'shown';
  const at = (i: number, j: number): number => i * columns + j;
  return {
    k,
    cells,
    rowTotals: Array.from({ length: m }, (_, i) => value[at(i, n)] ?? 0),
    columnTotals: Array.from({ length: n }, (_, j) => value[at(m, j)] ?? 0),
    grandTotal: value[at(m, n)] ?? 0,
    cellState: Array.from({ length: m }, (_, i) =>
      Array.from({ length: n }, (_, j) => name(state[at(i, j)])),
    ),
    rowTotalState: Array.from({ length: m }, (_, i) => name(state[at(i, n)])),
    columnTotalState: Array.from({ length: n }, (_, j) => name(state[at(m, j)])),
    grandTotalState: name(state[at(m, n)]),
    primaryCount,
    secondaryCount,
  };
}
