// Choices of how the data are shown, shared by the map, the charts, exports and links.
import type { SeriesSplit } from './aggregates';

/** What flow widths, symbol areas and chart bars measure. */
export type MapMeasure = 'people' | 'boats';
/** How the time-series chart is stacked. */
export type ChartSplit = Exclude<SeriesSplit, 'kind'>;
