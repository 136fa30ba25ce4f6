// Event point attributes with their positions moved to grid-cell centres when small-count protection is
// on (docs/analysis.md): the per-event layer is the only drawing of exact event locations.
import { coarsenPositions, PROTECTED_POINT_CELL_DEG } from '@/domain/analysis/coarsen-positions';
import type { EventPointAttributes } from './event-point-attributes';

export function coarsenPointAttributes(
  attributes: EventPointAttributes,
  coarse: boolean,
): EventPointAttributes {
  if (!coarse) return attributes;
  return { ...attributes, positions: coarsenPositions(attributes.positions, PROTECTED_POINT_CELL_DEG) };
}
