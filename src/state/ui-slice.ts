// UI slice: language and panels. Hover state is component-local and never stored.
import type { StateCreator } from 'zustand';
import type { ChartSplit, MapMeasure } from '@/domain/view-options';
import type { Language } from '@/i18n/translate';
import type { AppState } from './app-state';

export type SideTab = 'overview' | 'filters' | 'map' | 'analysis';

export interface UiSlice {
  readonly language: Language;
  readonly sourcesOpen: boolean;
  readonly reportOpen: boolean;
  /** What flow widths and symbol areas show. */
  readonly measure: MapMeasure;
  /** False stops the flow animation (also forced off by prefers-reduced-motion). */
  readonly motion: boolean;
  /** Draw one point per event (time-filtered on the GPU) in addition to the site symbols. */
  readonly showEventPoints: boolean;
  /** Flow widths scaled to the current view (true) or held to the whole period's largest leg. */
  readonly flowScaleToView: boolean;
  readonly chartSplit: ChartSplit;
  readonly sideTab: SideTab;
  /** Embed mode and its options (URL parameters emb, etl, ech, efix, eorg; docs/embed-api.md). */
  readonly embed: boolean;
  readonly embedTimeline: boolean;
  readonly embedCharts: boolean;
  readonly embedFixed: boolean;
  readonly embedHosts: readonly string[];
  readonly shareOpen: boolean;
  /** The side panel folded to a narrow rail so the map takes the width (wide screens only). */
  readonly panelCollapsed: boolean;
  setLanguage: (language: Language) => void;
  setSourcesOpen: (open: boolean) => void;
  setReportOpen: (open: boolean) => void;
  setMeasure: (measure: MapMeasure) => void;
  setMotion: (motion: boolean) => void;
  setShowEventPoints: (show: boolean) => void;
  setFlowScaleToView: (toView: boolean) => void;
  setChartSplit: (split: ChartSplit) => void;
  setSideTab: (tab: SideTab) => void;
  setShareOpen: (open: boolean) => void;
  setPanelCollapsed: (collapsed: boolean) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  language: 'en',
  sourcesOpen: false,
  reportOpen: false,
  measure: 'people',
  motion: true,
  showEventPoints: false,
  flowScaleToView: false,
  chartSplit: 'route',
  sideTab: 'overview',
  embed: false,
  embedTimeline: true,
  embedCharts: true,
  embedFixed: false,
  embedHosts: [],
  shareOpen: false,
  panelCollapsed: false,
  setLanguage: (language) => set({ language }),
  setSourcesOpen: (sourcesOpen) => set({ sourcesOpen }),
  setReportOpen: (reportOpen) => set({ reportOpen }),
  setMeasure: (measure) => set({ measure }),
  setMotion: (motion) => set({ motion }),
  setShowEventPoints: (showEventPoints) => set({ showEventPoints }),
  setFlowScaleToView: (flowScaleToView) => set({ flowScaleToView }),
  setChartSplit: (chartSplit) => set({ chartSplit }),
  setSideTab: (sideTab) => set({ sideTab }),
  setShareOpen: (shareOpen) => set({ shareOpen }),
  setPanelCollapsed: (panelCollapsed) => set({ panelCollapsed }),
});
