// One bound zustand store made of slices (zustand's slices pattern).
import { create } from 'zustand';
import type { AppState } from './app-state';
import { createDatasetSlice } from './dataset-slice';
import { createFiltersSlice } from './filters-slice';
import { createTimelineSlice } from './timeline-slice';
import { createUiSlice } from './ui-slice';
import { createViewSlice } from './view-slice';

export const useAppStore = create<AppState>()((...a) => ({
  ...createDatasetSlice(...a),
  ...createFiltersSlice(...a),
  ...createTimelineSlice(...a),
  ...createUiSlice(...a),
  ...createViewSlice(...a),
}));
