// How far people got along each route, as a view-model: per route its ordered stages with the value
// reaching each and the share reaching the destination. Interception records only, each voyage once. Pure.
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { MapMeasure } from '@/domain/view-options';
import { selectAggregatesBy } from '@/state/select-aggregates';
import { toFlowStages, type RouteFlowTable } from './to-flow-stages';

export function makeFlowBreakdownView(
  table: EventTable,
  filters: EventFilters,
  measure: MapMeasure,
): readonly RouteFlowTable[] {
  return toFlowStages(table.routes, selectAggregatesBy(table, filters, 'route').flows, measure);
}
