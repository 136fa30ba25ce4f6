// Event positions coarsened to grid-cell centres, for the per-event points layer when small-count
// protection is on: interleaved [lon, lat, lon, lat, …] degrees in, a new array of cell centres out.
import { snapToGrid } from './coarsen-position';

/** Grid used for event points under protection: half a degree (about 55 km north–south). */
export const PROTECTED_POINT_CELL_DEG = 0.5;

export function coarsenPositions(positions: Float32Array, cellDeg: number): Float32Array {
  const out = new Float32Array(positions.length);
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const [lon, lat] = snapToGrid(positions[i] ?? 0, positions[i + 1] ?? 0, cellDeg);
    out[i] = lon;
    out[i + 1] = lat;
  }
  return out;
}
