// Adapter: route flows → an ordered stage table per route (how many set out, how many reached each stage).
import { segmentValuesOf, type RouteFlow, type ViewMeasure } from '@/domain/aggregates';
import type { RouteInfo } from '@/domain/event-table';
import type { StageRole } from '@/domain/vocabulary';

export interface FlowStageRow {
  /** Stage name from the routes file; null for the implicit stages of a route without a corridor. */
  readonly name: string | null;
  readonly role: StageRole;
  /** People (or boats) who reached this stage or went beyond it. */
  readonly value: number;
  /** value / the route's total, 0…1. */
  readonly share: number;
}

export interface RouteFlowTable {
  /** Index of the route (its code). */
  readonly code: number;
  readonly id: string;
  readonly name: string;
  readonly stages: readonly FlowStageRow[];
  /** Everyone on the route's interception records. */
  readonly total: number;
  /** Share of `total` that reached the destination (the last stage), 0…1. */
  readonly destinationShare: number;
}

const IMPLICIT_STAGES: readonly { name: null; role: StageRole }[] = [
  { name: null, role: 'embarkation' },
  { name: null, role: 'destination' },
];

/**
 * One table per route with a flow, largest first. Stage 0 holds the whole flow; stage i ≥ 1 holds the
 * leg into it (segment i − 1), which carries everyone who reached stage i or beyond.
 */
export function toFlowStages(
  routes: readonly RouteInfo[],
  flows: readonly RouteFlow[],
  measure: ViewMeasure,
): RouteFlowTable[] {
  const tables: RouteFlowTable[] = [];
  routes.forEach((route, code) => {
    const flow = flows[code];
    if (!flow) return;
    const total = flow[measure];
    if (total <= 0) return;
    const segments = segmentValuesOf(flow, measure);
    const stages = route.hasCorridor ? route.stages : IMPLICIT_STAGES;
    const rows = stages.map((stage, i) => {
      const value = i === 0 ? total : (segments[i - 1] ?? 0);
      return { name: stage.name, role: stage.role, value, share: value / total };
    });
    tables.push({
      code,
      id: route.id,
      name: route.name,
      stages: rows,
      total,
      destinationShare: rows[rows.length - 1]?.share ?? 0,
    });
  });
  return tables.sort((a, b) => b.total - a.total || a.code - b.code);
}
