// Notices points whose longitude and latitude look swapped, judged against the dataset itself (or the
// bbox its metadata gives), never against a fixed region: data from any part of the world loads quietly.

/** Cell size of the density grid, degrees. */
const CELL_DEG = 5;
const COLS = 360 / CELL_DEG;
const ROWS = 180 / CELL_DEG;
/** A swapped position must land among at least this share of the points (and MIN_CROWD points)… */
const CROWD_SHARE = 0.01;
const MIN_CROWD = 5;
/** …and the point must have at least this many times fewer points around it where it is. */
const LONELINESS = 20;

export interface PositionSource {
  readonly length: number;
  lonAt(row: number): number;
  latAt(row: number): number;
}

type Bbox = readonly [west: number, south: number, east: number, north: number];

function inBbox(bbox: Bbox, lon: number, lat: number): boolean {
  const [west, south, east, north] = bbox;
  if (lat < south || lat > north) return false;
  // west > east: the box crosses the antimeridian.
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}

function cellOf(lon: number, lat: number): number {
  const col = Math.min(COLS - 1, Math.max(0, Math.floor((lon + 180) / CELL_DEG)));
  const row = Math.min(ROWS - 1, Math.max(0, Math.floor((lat + 90) / CELL_DEG)));
  return row * COLS + col;
}

/** For each cell, the points in it and its eight neighbours (longitude wraps around). */
function neighbourhoodSums(grid: Uint32Array): Uint32Array {
  const sums = new Uint32Array(grid.length);
  for (let row = 0; row < ROWS; row++) {
    for (let col = 0; col < COLS; col++) {
      let sum = 0;
      for (let dr = -1; dr <= 1; dr++) {
        const r = row + dr;
        if (r < 0 || r >= ROWS) continue;
        for (let dc = -1; dc <= 1; dc++) sum += grid[r * COLS + ((col + dc + COLS) % COLS)] ?? 0;
      }
      sums[row * COLS + col] = sum;
    }
  }
  return sums;
}

/**
 * Rows whose [lon, lat] look swapped. With a bbox: the point is outside it and inside it when swapped.
 * Without: swapped, the point would land among many of the file's points (the 15° × 15° around it hold
 * at least 1 % of them, and at least 5) while where it is there are at least 20 times fewer.
 * Swapping needs |lon| ≤ 90 to give a valid latitude. O(rows).
 */
export function findSwappedCoordinates(points: PositionSource, bbox: Bbox | null): number[] {
  const flagged: number[] = [];
  const n = points.length;
  if (bbox !== null) {
    for (let r = 0; r < n; r++) {
      const lon = points.lonAt(r);
      const lat = points.latAt(r);
      if (Math.abs(lon) <= 90 && !inBbox(bbox, lon, lat) && inBbox(bbox, lat, lon)) flagged.push(r);
    }
    return flagged;
  }
  const grid = new Uint32Array(COLS * ROWS);
  for (let r = 0; r < n; r++) {
    const cell = cellOf(points.lonAt(r), points.latAt(r));
    grid[cell] = (grid[cell] ?? 0) + 1;
  }
  const around = neighbourhoodSums(grid);
  const crowd = Math.max(MIN_CROWD, n * CROWD_SHARE);
  for (let r = 0; r < n; r++) {
    const lon = points.lonAt(r);
    if (lon > 90 || lon < -90) continue;
    const lat = points.latAt(r);
    const there = around[cellOf(lat, lon)] ?? 0;
    if (there >= crowd && (around[cellOf(lon, lat)] ?? 0) * LONELINESS <= there) flagged.push(r);
  }
  return flagged;
}
