// Filters slice: what the person has chosen to look at (serializable values only).
import type { StateCreator } from 'zustand';
import { NO_FILTERS, type DayRange, type EventFilters } from '@/domain/event-filters';
import type { AppState } from './app-state';

export interface FiltersSlice {
  readonly filters: EventFilters;
  setTimeRange: (range: DayRange | null) => void;
  resetFilters: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  setTimeRange: (range) => set((state) => ({ filters: { ...state.filters, timeRange: range } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
});
