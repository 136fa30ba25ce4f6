// What an export reads, taken from the store at the moment of the click (no subscription), and the
// page elements it reads pixels and text from (the map only: charts are drawn from view-models).
import type { ViewMeasure } from '@/domain/aggregates';
import type { WindowAggregates } from '@/domain/aggregates';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { Granularity } from '@/domain/time-buckets';
import type { ChartSplit } from '@/domain/view-options';
import type { Formatters } from '@/i18n/translate';
import { resolveComparePeriods, type ComparePeriodsPair } from '@/charts/compare-view';
import { selectAggregates } from '@/state/select-aggregates';
import { selectSmallCountK } from '@/state/select-protection';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';

export interface ExportSnapshot {
  readonly table: EventTable;
  /** Effective filters: the person's filters narrowed by the map selection (what every view shows). */
  readonly filters: EventFilters;
  readonly aggregates: WindowAggregates;
  readonly measure: ViewMeasure;
  /** How the series chart is stacked and bucketed (as the Overview shows it). */
  readonly split: ChartSplit;
  readonly granularity: Granularity;
  readonly f: Formatters;
  readonly exportedAtMs: number;
  /** Small-count threshold in effect (0 or absent: protection off). */
  readonly smallCountK?: number;
  /** The Analysis tab's two periods, when compared (its tab is open or the link sets both). */
  readonly comparePeriods?: ComparePeriodsPair | null;
}

export function takeSnapshot(f: Formatters): ExportSnapshot | null {
  const state = useAppStore.getState();
  const table = state.table;
  if (table === null) return null;
  const filters = selectEffectiveFilters(state.filters, state.selection);
  return {
    table,
    filters,
    aggregates: selectAggregates(table, filters),
    measure: state.measure,
    split: state.chartSplit,
    granularity: state.granularity,
    f,
    exportedAtMs: Date.now(),
    smallCountK: selectSmallCountK(state),
    comparePeriods:
      state.sideTab === 'analysis' || (state.compareA !== null && state.compareB !== null)
        ? resolveComparePeriods(state.compareA, state.compareB, state.filters.timeRange, table)
        : null,
  };
}

/** The map's container (MapLibre's canvas and deck.gl's canvas live inside it). */
export function findMapElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="map"]');
}

/** The basemap attribution as MapLibre shows it ('' when hidden). */
export function mapAttribution(mapElement: HTMLElement): string {
  const text = mapElement.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** The page's font stack, for canvas and SVG text that looks like the dashboard. */
export function pageFontFamily(): string {
  return getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
}
