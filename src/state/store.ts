// One bound zustand store made of slices (zustand's slices pattern).
import { create } from 'zustand';
import { createAnalysisSlice } from './analysis-slice';
import type { AppState } from './app-state';
import { createBriefingSlice } from './briefing-slice';
import { createDatasetSlice } from './dataset-slice';
import { createFiltersSlice } from './filters-slice';
import { createTimelineSlice } from './timeline-slice';
import { createUiSlice } from './ui-slice';
import { createViewSlice } from './view-slice';

export const useAppStore = create<AppState>()((...a) => ({
  ...createAnalysisSlice(...a),
  ...createBriefingSlice(...a),
  ...createDatasetSlice(...a),
  ...createFiltersSlice(...a),
  ...createTimelineSlice(...a),
  ...createUiSlice(...a),
  ...createViewSlice(...a),
}));
