import { describe, expect, it } from 'vitest';
import { protectCount } from './protect-count';
import { suppressTable, type ProtectedTable } from './suppress-table';
import { createRng } from './synthetic-counts';

/** What a reader sees: the table with its totals as an extended grid, hidden cells as null. */
function published(p: ProtectedTable): (number | null)[][] {
  const m = p.cells.length;
  const grid: (number | null)[][] = p.cells.map((row, i) => [
    ...row.map((v, j) => (p.cellState[i]?.[j] === 'shown' ? v : null)),
    p.rowTotalState[i] === 'shown' ? (p.rowTotals[i] ?? 0) : null,
  ]);
  grid[m] = [
    ...p.columnTotals.map((v, j) => (p.columnTotalState[j] === 'shown' ? v : null)),
    p.grandTotalState === 'shown' ? p.grandTotal : null,
  ];
  return grid;
}

/**
 * Attack 1, subtraction: any row or column (totals included) with exactly one hidden cell gives it away;
 * repeat until nothing more comes out. Returns the cells recovered.
 */
function recoverBySubtraction(grid: (number | null)[][]): [number, number][] {
  const g = grid.map((row) => row.slice());
  const rows = g.length;
  const columns = g[0]?.length ?? 0;
  const recovered: [number, number][] = [];
  let progress = true;
  while (progress) {
    progress = false;
    // Rows: interior cells sum to the last column.
    for (let i = 0; i < rows; i++) {
      const row = g[i] ?? [];
      const hidden = row.flatMap((v, j) => (v === null ? [j] : []));
      if (hidden.length !== 1) continue;
      const j = hidden[0] ?? 0;
      const known = row.reduce<number>(
        (s, v, jj) => (jj === j || v === null ? s : jj === columns - 1 ? s : s + v),
        0,
      );
      row[j] = j === columns - 1 ? known : (row[columns - 1] ?? 0) - known;
      recovered.push([i, j]);
      progress = true;
    }
    for (let j = 0; j < columns; j++) {
      const hidden = g.flatMap((row, i) => (row[j] === null ? [i] : []));
      if (hidden.length !== 1) continue;
      const i = hidden[0] ?? 0;
      let known = 0;
      for (let ii = 0; ii < rows - 1; ii++) if (ii !== i) known += g[ii]?.[j] ?? 0;
      const row = g[i] ?? [];
      row[j] = i === rows - 1 ? known : (g[rows - 1]?.[j] ?? 0) - known;
      recovered.push([i, j]);
      progress = true;
    }
  }
  return recovered;
}

/**
 * Attack 2, linear algebra: a hidden cell is determined iff its unit vector lies in the row space of
 * the equations restricted to the hidden cells (Gaussian elimination; coefficients are 0 and ±1).
 */
function determinedCells(grid: (number | null)[][]): [number, number][] {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const unknowns: [number, number][] = [];
  grid.forEach((row, i) => row.forEach((v, j) => v === null && unknowns.push([i, j])));
  const index = new Map(unknowns.map(([i, j], u) => [i * columns + j, u]));
  // Equation per extended row and column: interior cells minus the total.
  const equations: number[][] = [];
  const add = (cells: [number, number, number][]): void => {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (const [i, j, sign] of cells) {
      const u = index.get(i * columns + j);
      if (u !== undefined) eq[u] = (eq[u] ?? 0) + sign;
    }
    if (eq.some((x) => x !== 0)) equations.push(eq);
  };
  for (let i = 0; i < rows; i++)
    add(Array.from({ length: columns }, (_, j) => [i, j, j === columns - 1 ? -1 : 1]));
  for (let j = 0; j < columns; j++)
    add(Array.from({ length: rows }, (_, i) => [i, j, i === rows - 1 ? -1 : 1]));
  const rank = (matrix: number[][]): number => {
    const a = matrix.map((r) => r.slice());
    let r = 0;
    for (let c = 0; c < unknowns.length && r < a.length; c++) {
      let pivot = -1;
      for (let i = r; i < a.length; i++) if (Math.abs(a[i]?.[c] ?? 0) > 1e-9) pivot = i;
      if (pivot === -1) continue;
      [a[r], a[pivot]] = [a[pivot] ?? [], a[r] ?? []];
      for (let i = 0; i < a.length; i++) {
        if (i === r) continue;
        const f = (a[i]?.[c] ?? 0) / (a[r]?.[c] ?? 1);
        if (f !== 0) a[i] = (a[i] ?? []).map((x, cc) => x - f * (a[r]?.[cc] ?? 0));
      }
      r++;
    }
    return r;
  };
  const base = rank(equations);
  return unknowns.filter((_, u) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[u] = 1;
    return rank([...equations, unit]) === base;
  });
}

describe('primary suppression', () => {
  it('hides 1 .. k − 1 as "< k", shows 0 and counts from k', () => {
    expect(protectCount(0, 3)).toEqual({ suppressed: false, value: 0 });
    expect(protectCount(1, 3)).toEqual({ suppressed: true, below: 3 });
    expect(protectCount(2, 3)).toEqual({ suppressed: true, below: 3 });
    expect(protectCount(3, 3)).toEqual({ suppressed: false, value: 3 });
    expect(protectCount(2, 1)).toEqual({ suppressed: false, value: 2 }); // k = 1: protection off
  });
});

describe('secondary suppression', () => {
  it('completes a hidden 2 into a rectangle of four cells (worked by hand)', () => {
    //          c0  c1  c2 | total
    //   r0      2  10  20 |  32
    //   r1     15  12  30 |  57
    //   r2     25   8  40 |  73
    // k = 3 hides the 2. Row r0 and column c0 would give it away; the smallest cell of that row or
    // column is 10 (r0, c1), then 15 (r1, c0); then 12 (r1, c1) closes the cycle r0–c0–r1–c1.
    const p = suppressTable(
      [
        [2, 10, 20],
        [15, 12, 30],
        [25, 8, 40],
      ],
      3,
    );
    expect(p.cellState).toEqual([
      ['primary', 'secondary', 'shown'],
      ['secondary', 'secondary', 'shown'],
      ['shown', 'shown', 'shown'],
    ]);
    expect(p.rowTotals).toEqual([32, 57, 73]);
    expect(p.grandTotal).toBe(162);
    expect([p.primaryCount, p.secondaryCount]).toEqual([1, 3]);
    expect(recoverBySubtraction(published(p))).toEqual([]);
    expect(determinedCells(published(p))).toEqual([]);
  });

  it('hides a small total too, and protects it', () => {
    const p = suppressTable(
      [
        [1, 0, 1],
        [20, 30, 40],
        [25, 35, 45],
      ],
      3,
    );
    expect(p.rowTotalState[0]).toBe('primary'); // row total 2
    expect(determinedCells(published(p))).toEqual([]);
  });

  it('leaves a table without small counts untouched', () => {
    const p = suppressTable(
      [
        [0, 10],
        [5, 7],
      ],
      5,
    );
    expect(p.primaryCount + p.secondaryCount).toBe(0);
  });

  it('withstands recovery by subtraction and by linear algebra on random tables', () => {
    const rng = createRng(42);
    let secondary = 0;
    let leaksWithoutSecondary = 0;
    for (let trial = 0; trial < 60; trial++) {
      const m = 1 + Math.floor(rng() * 6);
      const n = 1 + Math.floor(rng() * 5);
      const cells = Array.from({ length: m }, () =>
        Array.from({ length: n }, () => (rng() < 0.3 ? Math.floor(rng() * 4) : Math.floor(rng() * 60))),
      );
      const k = 2 + Math.floor(rng() * 4);
      const p = suppressTable(cells, k);
      const grid = published(p);
      // Every small count is hidden…
      cells.forEach((row, i) =>
        row.forEach((v, j) => v > 0 && v < k && expect(p.cellState[i]?.[j]).toBe('primary')),
      );
      // …and none of the hidden ones can be worked out.
      expect(recoverBySubtraction(grid)).toEqual([]);
      expect(determinedCells(grid)).toEqual([]);
      // The same table with the primary cells hidden only: the attacks must find something there.
      const primaryOnly = published({
        ...p,
        cellState: p.cellState.map((row) => row.map((s) => (s === 'primary' ? s : 'shown'))),
        rowTotalState: p.rowTotalState.map((s) => (s === 'primary' ? s : 'shown')),
        columnTotalState: p.columnTotalState.map((s) => (s === 'primary' ? s : 'shown')),
        grandTotalState: p.grandTotalState === 'primary' ? 'primary' : 'shown',
      });
      if (determinedCells(primaryOnly).length > 0) leaksWithoutSecondary++;
      secondary += p.secondaryCount;
    }
    expect(secondary).toBeGreaterThan(50);
    expect(leaksWithoutSecondary).toBeGreaterThan(20);
  });

  it('shows that primary suppression alone is not enough (the attack works)', () => {
    const p = suppressTable([[2, 10]], 1); // k = 1: nothing hidden
    const grid = published(p);
    grid[0] = [null, 10, 12];
    expect(recoverBySubtraction(grid)).toEqual([[0, 0]]);
    expect(determinedCells(grid)).toEqual([[0, 0]]);
  });

  it('rejects malformed tables with the cell named', () => {
    expect(() => suppressTable([[1, 2], [3]], 3)).toThrow(/row 2 has 1 cells/);
    expect(() => suppressTable([[1, -2]], 3)).toThrow(/row 1, column 2/);
    expect(() => suppressTable([], 3)).toThrow(/no cells/);
  });
});
