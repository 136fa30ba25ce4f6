// The whole store's type: the union of its slices.
import type { AnalysisSlice } from './analysis-slice';
import type { BriefingSlice } from './briefing-slice';
import type { DatasetSlice } from './dataset-slice';
import type { FiltersSlice } from './filters-slice';
import type { TimelineSlice } from './timeline-slice';
import type { UiSlice } from './ui-slice';
import type { ViewSlice } from './view-slice';

export type AppState = AnalysisSlice &
  BriefingSlice &
  DatasetSlice &
  FiltersSlice &
  TimelineSlice &
  UiSlice &
  ViewSlice;
