// What an export reads, taken from the store at the moment of the click (no subscription), and the
// page elements it reads pixels and text from.
import type { WindowAggregates } from '@/domain/aggregates';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { Formatters } from '@/i18n/translate';
import { selectAggregates } from '@/state/select-aggregates';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';

export interface ExportSnapshot {
  readonly table: EventTable;
  /** Effective filters: the person's filters narrowed by the map selection (what every view shows). */
  readonly filters: EventFilters;
  readonly aggregates: WindowAggregates;
  readonly measure: 'people' | 'boats';
  readonly f: Formatters;
  readonly exportedAtMs: number;
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
    f,
    exportedAtMs: Date.now(),
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

/** Resolves true once `test` holds (checked every frame), false after `timeoutMs`. */
export function waitFor(test: () => boolean, timeoutMs: number): Promise<boolean> {
  const start = performance.now();
  return new Promise((resolve) => {
    const check = (): void => {
      if (test()) resolve(true);
      else if (performance.now() - start > timeoutMs) resolve(false);
      else window.setTimeout(check, 50);
    };
    check();
  });
}
