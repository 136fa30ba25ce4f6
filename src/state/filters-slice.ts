// Filters slice: what the person has chosen to look at (serializable values only), and the selected
// route or site, which narrows every view on top of the filters.
import type { StateCreator } from 'zustand';
import { NO_FILTERS, type DayRange, type EventFilters } from '@/domain/event-filters';
import type { FilterDimension, FilterLists } from '@/domain/filter-dimensions';
import type { Selection } from '@/domain/selection';
import type { AppState } from './app-state';

export interface FiltersSlice {
  readonly filters: EventFilters;
  readonly selection: Selection | null;
  setTimeRange: (range: DayRange | null) => void;
  /** Adds the value to a dimension's list, or removes it when present (cross-filter clicks, chips). */
  toggleFilterValue: <D extends FilterDimension>(dimension: D, value: FilterLists[D]) => void;
  setFilterValues: <D extends FilterDimension>(dimension: D, values: readonly FilterLists[D][]) => void;
  /** Selects, or clears when the same thing is selected again. */
  toggleSelection: (selection: Selection) => void;
  clearSelection: () => void;
  /** Replaces filters and selection at once (URL restore, briefing steps). */
  applyFilters: (filters: EventFilters, selection: Selection | null) => void;
  resetFilters: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  selection: null,
  setTimeRange: (range) => set((state) => ({ filters: { ...state.filters, timeRange: range } })),
  toggleFilterValue: (dimension, value) =>
    set((state) => {
      const current = state.filters[dimension] as readonly string[];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { filters: { ...state.filters, [dimension]: next } };
    }),
  setFilterValues: (dimension, values) =>
    set((state) => ({ filters: { ...state.filters, [dimension]: [...new Set(values)] } })),
  toggleSelection: (selection) =>
    set((state) =>
      state.selection?.kind === selection.kind && state.selection.id === selection.id
        ? { selection: null }
        : { selection: { kind: selection.kind, id: selection.id } },
    ),
  clearSelection: () => set({ selection: null }),
  applyFilters: (filters, selection) => set({ filters, selection }),
  resetFilters: () => set({ filters: NO_FILTERS, selection: null }),
});
