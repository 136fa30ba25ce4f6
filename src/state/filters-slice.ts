// Filters slice: what the person has chosen to look at (serializable values only), and the selected
// route or site, which narrows every view on top of the filters.
import type { StateCreator } from 'zustand';
import { NO_FILTERS, type DayRange, type EventFilters } from '@/domain/event-filters';
import type { AppState } from './app-state';

export interface Selection {
  readonly kind: 'route' | 'site';
  /** Route id or site name. */
  readonly id: string;
}

export interface FiltersSlice {
  readonly filters: EventFilters;
  readonly selection: Selection | null;
  setTimeRange: (range: DayRange | null) => void;
  /** Selects, or clears when the same thing is selected again. */
  toggleSelection: (selection: Selection) => void;
  clearSelection: () => void;
  resetFilters: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  selection: null,
  setTimeRange: (range) => set((state) => ({ filters: { ...state.filters, timeRange: range } })),
  toggleSelection: (selection) =>
    set((state) =>
      state.selection?.kind === selection.kind && state.selection.id === selection.id
        ? { selection: null }
        : { selection: { kind: selection.kind, id: selection.id } },
    ),
  clearSelection: () => set({ selection: null }),
  resetFilters: () => set({ filters: NO_FILTERS, selection: null }),
});
