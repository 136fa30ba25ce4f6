// Choices of how the data are shown, shared by the map, the charts, exports and links.
import type { SeriesSplit, ViewMeasure } from './aggregates';

/** What flow widths, symbol areas and chart bars measure: people, boats, dead and missing, or records. */
export type MapMeasure = ViewMeasure;
/** How the time-series chart is stacked. */
export type ChartSplit = Exclude<SeriesSplit, 'kind'>;
